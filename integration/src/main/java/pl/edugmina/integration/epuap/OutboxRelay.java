package pl.edugmina.integration.epuap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.WebServiceException;
import pl.edugmina.correspondence.application.OutboundRegister;
import pl.edugmina.correspondence.domain.OutboundLetter;
import pl.gov.epuap.wsdl.obiekty.DokumentTyp;
import pl.gov.epuap.wsdl.obiekty.OdpowiedzDoreczycielaTyp;
import pl.gov.epuap.wsdl.obiekty.OdpowiedzSkrytkiTyp;
import pl.gov.epuap.ws.doreczyciel.DoreczFaultMsg;
import pl.gov.epuap.ws.skrytka.NadajFaultMsg;

import javax.xml.datatype.DatatypeFactory;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.logging.Logger;

/**
 * The outbox relay: claims due letters (SKIP LOCKED, so several nodes can run it), sends each with
 * WS-Skrytka {@code nadaj} (UPP in the answer) or WS-Doręczyciel {@code dorecz} (UPD later, through
 * the inbox), and records the outcome. A refusal by ePUAP fails the letter; a transport failure is
 * retried with exponential back-off ({@link OutboundLetter#attemptFailed}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    /** Days the addressee has to pick up a letter sent with WS-Doręczyciel (the KPA's 14 days). */
    static final int PICK_UP_DAYS = 14;

    @EJB
    private OutboundRegister outbound;

    @Inject
    private EpuapClients clients;

    /** Sends what is due; returns how many letters were handled. */
    public int run() {
        int handled = 0;
        for (long id : outbound.claimDue(20)) {
            OutboundRegister.Claimed letter = outbound.claimed(id);
            if (letter != null) {
                send(letter);
                handled++;
            }
        }
        return handled;
    }

    void send(OutboundRegister.Claimed l) {
        DokumentTyp doc = new DokumentTyp();
        doc.setNazwaPliku(l.fileName());
        doc.setTypPliku("text/xml");
        doc.setZawartosc(l.document());
        try {
            if (l.channel() == OutboundLetter.Channel.SKRYTKA) {
                OdpowiedzSkrytkiTyp r = clients.skrytka().nadaj(l.senderPodmiot(), l.recipientAddress(), l.replyAddress(), false, null, doc);
                if (r.getStatus() != null && r.getStatus().getKod() != 1) {
                    outbound.failed(l.id(), "ePUAP: " + r.getStatus().getKomunikat() + " (kod " + r.getStatus().getKod() + ")", true);
                    return;
                }
                DokumentTyp upp = r.getZalacznik();
                outbound.sent(l.id(), r.getIdentyfikatorDokumentu(), r.getIdentyfikatorUpp(), null,
                        upp == null ? null : upp.getNazwaPliku(), upp == null ? null : upp.getZawartosc());
            } else {
                GregorianCalendar due = GregorianCalendar.from(ZonedDateTime.now().plusDays(PICK_UP_DAYS));
                OdpowiedzDoreczycielaTyp r = clients.doreczyciel().dorecz(l.senderPodmiot(), l.recipientAddress(), l.replyAddress(),
                        DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar(due), false, "EDU-" + l.id(),
                        l.caseNumber(), null, null, doc);
                if (r.getStatus() != null && r.getStatus().getKod() != 1) {
                    outbound.failed(l.id(), "ePUAP: " + r.getStatus().getKomunikat() + " (kod " + r.getStatus().getKod() + ")", true);
                    return;
                }
                outbound.sent(l.id(), r.getIdentyfikatorDokumentu(), null, r.getIdentyfikatorZlecenia(), null, null);
            }
            LOG.info(() -> "EDU-BUS-060 letter " + l.caseNumber() + " sent by " + l.channel());
        } catch (NadajFaultMsg e) {
            outbound.failed(l.id(), refusal(e.getFaultInfo() == null ? null : e.getFaultInfo().getKod(),
                    e.getFaultInfo() == null ? e.getMessage() : e.getFaultInfo().getKomunikat()), true);
        } catch (DoreczFaultMsg e) {
            outbound.failed(l.id(), refusal(e.getFaultInfo() == null ? null : e.getFaultInfo().getKod(),
                    e.getFaultInfo() == null ? e.getMessage() : e.getFaultInfo().getKomunikat()), true);
        } catch (WebServiceException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            String reason = "Brak połączenia z ePUAP: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
            LOG.warning(() -> "EDU-BUS-061 letter " + l.caseNumber() + " not sent, will retry: " + reason);
            outbound.failed(l.id(), reason, false);
        }
    }

    private static String refusal(Integer code, String message) {
        return "ePUAP odmówił przyjęcia (kod " + code + "): " + message;
    }
}
