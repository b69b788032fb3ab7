package pl.edugmina.simulator.rest;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.simulator.config.SigningKeys;
import pl.edugmina.simulator.docs.BatchGenerator;
import pl.edugmina.simulator.docs.DocumentKind;
import pl.edugmina.simulator.docs.LetterSpec;
import pl.edugmina.simulator.docs.Sender;
import pl.edugmina.simulator.docs.TestDocuments;
import pl.edugmina.simulator.docs.XadesSigner;
import pl.edugmina.simulator.pz.PersonForm;
import pl.edugmina.simulator.store.Addresses;
import pl.edugmina.simulator.store.InboxStore;
import pl.edugmina.simulator.store.NewInboxMessage;
import pl.edugmina.simulator.store.Party;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Generates test documents and enqueues them, in batches: numbers from a database sequence (every
 * document distinct), signing on all cores with one loaded key, one transaction per batch.
 */
@ApplicationScoped
public class GeneratorService {

    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(GeneratorService.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private InboxStore inbox;

    @Inject
    private SigningKeys keys;

    public record Request(Addresses.Address inbox, DocumentKind kind, int count, int attachments, int attachmentKb,
                          String title, Sender sender) {
    }

    public record Enqueued(List<Long> ids, List<String> skroty) {
    }

    public Enqueued generate(Request r) {
        boolean signed = r.kind() == DocumentKind.VALID || r.kind() == DocumentKind.BADLY_SIGNED || r.kind() == DocumentKind.UNTRUSTED;
        BatchGenerator generator = new BatchGenerator(new TestDocuments(signed ? signer() : null), executor,
                Runtime.getRuntime().availableProcessors());
        List<Long> ids = new ArrayList<>(r.count());
        List<String> skroty = new ArrayList<>(r.count());
        long t0 = System.nanoTime();
        for (int done = 0; done < r.count(); done += BATCH) {
            int n = Math.min(BATCH, r.count() - done);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<LetterSpec> specs = inbox.nextNumbers(n).stream()
                    .map(no -> new LetterSpec(no, r.title(), r.sender(), r.inbox().podmiot(), r.attachments(), r.attachmentKb(), now))
                    .toList();
            List<NewInboxMessage> messages = generator.generate(specs, r.kind()).stream()
                    .map(g -> message(r, g))
                    .toList();
            ids.addAll(inbox.insert(messages));
            messages.forEach(m -> skroty.add(m.skrot()));
        }
        LOG.info(String.format("ePUAP simulator: %d document(s) of kind %s put into %s in %.1f s", r.count(),
                r.kind().code(), r.inbox().adres(), (System.nanoTime() - t0) / 1e9));
        return new Enqueued(ids, skroty);
    }

    /** An uploaded document, enqueued as it is (kind raw), sent by the test citizen. */
    public long enqueueRaw(Addresses.Address to, String fileName, String type, byte[] content) {
        return inbox.insert(List.of(new NewInboxMessage(to.adres(), to.nazwa(), party(Sender.PERSON), Sender.UZYTKOWNIK, null,
                Sender.PERSON.adresOdpowiedzi(), false, null, fileName, type, content,
                pl.edugmina.simulator.docs.Skrot.of(content), DocumentKind.RAW.code()))).get(0);
    }

    /** Who signs an uploaded document: the test citizen, the untrusted stranger, or Profil Zaufany for {@code person}. */
    public enum SignAs { CITIZEN, STRANGER, PROFIL_ZAUFANY }

    /**
     * An uploaded XML document signed here with the test keys ({@link XadesSigner}) and enqueued as an e-form sent by the
     * signer: the test citizen (kind valid), the stranger (kind untrusted), or a citizen who signed with Profil Zaufany
     * ({@code person}, kind valid; the ePUAP sender is that person).
     */
    public Enqueued enqueueSigned(Addresses.Address to, String fileName, byte[] xml, SignAs as, TrustedProfileIdentity person) {
        byte[] signed = switch (as) {
            case CITIZEN -> signer().signAsCitizen(xml, fileName);
            case STRANGER -> signer().signAsStranger(xml, fileName);
            case PROFIL_ZAUFANY -> signer().signAsTrustedProfile(xml, fileName, person);
        };
        Party party = as == SignAs.PROFIL_ZAUFANY
                ? new Party(PersonForm.epuapAccount(person.givenName(), person.surname()), "F", person.givenName(), person.surname(),
                        person.pesel(), null, true)
                : party(Sender.PERSON);
        String user = as == SignAs.PROFIL_ZAUFANY ? party.identyfikator() : Sender.UZYTKOWNIK;
        String skrot = pl.edugmina.simulator.docs.Skrot.of(signed);
        List<Long> ids = inbox.insert(List.of(new NewInboxMessage(to.adres(), to.nazwa(), party, user, null, "/" + user + "/skrytka", false,
                null, fileName, "text/xml", signed, skrot, (as == SignAs.STRANGER ? DocumentKind.UNTRUSTED : DocumentKind.VALID).code())));
        return new Enqueued(ids, List.of(skrot));
    }

    private static NewInboxMessage message(Request r, TestDocuments.Generated g) {
        return new NewInboxMessage(r.inbox().adres(), r.inbox().nazwa(), party(r.sender()), Sender.UZYTKOWNIK, null,
                r.sender().adresOdpowiedzi(), false, null, g.fileName(), "text/xml", g.content(), g.skrot(), g.kind().code());
    }

    static Party party(Sender s) {
        return new Party(s.identyfikator(), s.typOsoby(), s.imie(), s.nazwiskoNazwa(), s.pesel(), s.regon(), true);
    }

    private XadesSigner signer() {
        return keys.signer();
    }
}
