package pl.edugmina.integration.epuap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.WebServiceException;
import pl.edugmina.correspondence.application.EpuapInboxes;
import pl.edugmina.correspondence.application.InboundStore;
import pl.gov.epuap.wsdl.obiekty.DanePodmiotuTyp;
import pl.gov.epuap.wsdl.obiekty.OdpowiedzPullPobierzTyp;
import pl.gov.epuap.wsdl.obiekty.ZapytaniePullOczekujaceTyp;
import pl.gov.epuap.wsdl.obiekty.ZapytaniePullPobierzTyp;
import pl.gov.epuap.wsdl.obiekty.ZapytaniePullPotwierdzTyp;
import pl.gov.epuap.ws.pull.Pull;
import pl.gov.epuap.ws.pull.PullFaultMsg;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One poll of one inbox over WS-Pull: count waiting, then for each document fetch the head,
 * store it durably (its own transaction), and only then confirm it with its hash. A crash between
 * store and confirm makes ePUAP deliver the same document again: the store recognises it and it is
 * confirmed again, not registered twice. Fetched documents are handed on for processing by id.
 */
@ApplicationScoped
public class InboxPoller {

    private static final Logger LOG = Logger.getLogger(InboxPoller.class.getName());

    @Inject
    private EpuapClients clients;

    @Inject
    private EpuapSettings settings;

    @EJB
    private InboundStore store;

    @EJB
    private EpuapInboxes inboxes;

    public record Outcome(int waiting, int received, int redelivered) {
    }

    public Outcome poll(EpuapInboxes.Status inbox, LongConsumer process) {
        int received = 0;
        int redelivered = 0;
        long fetchNs = 0;
        long storeNs = 0;
        long confirmNs = 0;
        try {
            Pull pull = clients.pull();
            int waiting = pull.oczekujaceDokumenty(fill(new ZapytaniePullOczekujaceTyp(), inbox)).getOczekujace();
            int batch = Math.min(waiting, settings.batchSize());
            for (int i = 0; i < batch; i++) {
                OdpowiedzPullPobierzTyp r;
                long t0 = System.nanoTime();
                try {
                    r = pull.pobierzNastepny(fill(new ZapytaniePullPobierzTyp(), inbox));
                } catch (PullFaultMsg empty) {
                    break;
                }
                long t1 = System.nanoTime();
                if (r == null || r.getDokument() == null || r.getDokument().getZawartosc() == null) {
                    break;
                }
                byte[] content = r.getDokument().getZawartosc();
                String skrot = skrot(content);
                InboundStore.Stored stored = store.store(delivery(inbox, r, content, skrot));
                long t2 = System.nanoTime();
                ZapytaniePullPotwierdzTyp confirm = fill(new ZapytaniePullPotwierdzTyp(), inbox);
                confirm.setSkrot(skrot);
                pull.potwierdzOdebranie(confirm);
                fetchNs += t1 - t0;
                storeNs += t2 - t1;
                confirmNs += System.nanoTime() - t2;
                if (stored.duplicate()) {
                    redelivered++;
                    LOG.info(() -> "EDU-BUS-020 repeated delivery of inbound document " + stored.id() + " confirmed again");
                } else {
                    received++;
                }
                process.accept(stored.id());
            }
            int left = Math.max(0, waiting - received - redelivered);
            inboxes.recordPoll(inbox.id(), left, received, null);
            int n = received + redelivered;
            if (n > 0) {
                String stats = String.format("EDU-BUS-022 %s: %d fetched (%d repeated), %d waiting; per document fetch %.1f ms, "
                        + "store %.1f ms, confirm %.1f ms", inbox.adresSkrytki(), n, redelivered, left,
                        fetchNs / 1e6 / n, storeNs / 1e6 / n, confirmNs / 1e6 / n);
                LOG.info(stats);
            }
            return new Outcome(left, received, redelivered);
        } catch (PullFaultMsg e) {
            String reason = "ePUAP odmówił (kod " + (e.getFaultInfo() == null ? "?" : e.getFaultInfo().getKod()) + "): "
                    + (e.getFaultInfo() == null ? e.getMessage() : e.getFaultInfo().getKomunikat());
            return failed(inbox, reason, received, e);
        } catch (WebServiceException e) {
            return failed(inbox, "Brak połączenia z ePUAP lub błąd usługi: " + rootMessage(e), received, e);
        }
    }

    private Outcome failed(EpuapInboxes.Status inbox, String reason, int received, Exception e) {
        LOG.log(Level.WARNING, "EDU-BUS-021 polling " + inbox.adresSkrytki() + " failed: " + reason);
        LOG.log(Level.FINE, "EDU-BUS-021 detail", e);
        inboxes.recordPoll(inbox.id(), null, received, reason);
        return new Outcome(-1, received, 0);
    }

    private static InboundStore.Delivery delivery(EpuapInboxes.Status inbox, OdpowiedzPullPobierzTyp r, byte[] content, String skrot) {
        DanePodmiotuTyp p = r.getDanePodmiotu();
        String podmiotName = p == null ? null : join(p.getImieSkrot(), p.getNazwiskoNazwa());
        Instant sentAt = r.getDataNadania() == null ? Instant.EPOCH : r.getDataNadania().toGregorianCalendar().toInstant();
        return new InboundStore.Delivery(inbox.id(), sentAt, content, skrot,
                r.getDokument().getNazwaPliku(), r.getDokument().getTypPliku(),
                r.getDaneNadawcy() == null ? null : r.getDaneNadawcy().getUzytkownik(),
                r.getDaneNadawcy() == null ? null : r.getDaneNadawcy().getSystem(),
                p == null ? null : p.getIdentyfikator(), p == null ? null : p.getTypOsoby(), podmiotName,
                r.getAdresOdpowiedzi(), r.isCzyTestowe(), r.getDaneDodatkowe());
    }

    private static <T extends pl.gov.epuap.wsdl.obiekty.ZapytaniePullTyp> T fill(T q, EpuapInboxes.Status inbox) {
        q.setPodmiot(inbox.podmiot());
        q.setNazwaSkrytki(inbox.nazwaSkrytki());
        q.setAdresSkrytki(inbox.adresSkrytki());
        return q;
    }

    /** The hash ePUAP expects in potwierdzOdebranie: Base64 of the SHA-1 of the document's content. */
    public static String skrot(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
