package pl.edugmina.integration.epuap;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import pl.edugmina.common.ValidationException;
import pl.edugmina.correspondence.application.CorrespondenceService;
import pl.edugmina.correspondence.application.EpuapInboxes;
import pl.edugmina.correspondence.application.OutboundRegister;
import pl.edugmina.correspondence.domain.OutboundLetter;
import pl.edugmina.platform.Settings;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sending official letters through ePUAP, from any screen or module: the letter is built (XML,
 * PDF, seal) and queued with its register entry in the caller's transaction; the outbox relay
 * sends it ({@link OutboxRelay}). An answer to an inbound item goes to the sender's reply inbox
 * from the inbox the item came in through.
 */
@Stateless
public class OutboundService {

    static final Pattern EPUAP_ADDRESS = Pattern.compile("/[^/\\s]{1,100}/[^/\\s]{1,100}");

    @EJB
    private CorrespondenceService correspondence;

    @EJB
    private OutboundRegister outbound;

    @EJB
    private EpuapInboxes inboxes;

    @Inject
    private OutgoingDocuments documents;

    @Inject
    private ActorService actors;

    public record Reply(OutboundLetter.Channel channel, String recipientAddress, String recipientName, String subject, String body) {
    }

    /** A new letter, not an answer: to any ePUAP inbox, on behalf of the department or of one unit. */
    public record Letter(OutboundLetter.Channel channel, String recipientAddress, String recipientName, String subject,
                         String body, Long unitId) {
    }

    /**
     * Sends a new letter (for screens and for other modules). It goes out from the unit's own inbox
     * when {@code unitId} has one, otherwise from the city's; the caller must be allowed to act for
     * that unit (the department for any). Returns the register id of the outbound letter.
     */
    public long send(Letter l) {
        Actor me = actors.current();
        if (!me.canViewCorrespondenceOf(l.unitId())) {
            throw new pl.edugmina.common.AccessDeniedException();
        }
        validate(new Reply(l.channel(), l.recipientAddress(), l.recipientName(), l.subject(), l.body()),
                l.recipientAddress() == null ? null : l.recipientAddress().strip());
        List<EpuapInboxes.Status> active = inboxes.active();
        EpuapInboxes.Status from = active.stream().filter(i -> l.unitId() != null && l.unitId().equals(i.unitId())).findFirst()
                .orElseGet(() -> active.stream().filter(i -> i.unitId() == null).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no ePUAP inbox of the department is configured")));
        String name = l.recipientName() == null || l.recipientName().isBlank() ? null : l.recipientName().strip();
        return queue(null, l.channel(), from.podmiot(), from.adresSkrytki(), from.id(), l.recipientAddress().strip(), name,
                l.subject().strip(), l.body().strip(), l.unitId(), null);
    }

    /** Answers inbound item {@code inboundId}; returns the register id of the outbound letter. */
    public long reply(long inboundId, Reply r) {
        CorrespondenceService.ReplyContext ctx = correspondence.replyContext(inboundId);
        String address = r.recipientAddress() == null || r.recipientAddress().isBlank() ? ctx.replyAddress() : r.recipientAddress().strip();
        validate(r, address);
        String senderPodmiot = ctx.inboxPodmiot();
        String replyAddress = ctx.inboxAddress();
        Long inboxId = ctx.inboxId();
        if (senderPodmiot == null) {
            EpuapInboxes.Status city = inboxes.active().stream().filter(i -> i.unitId() == null).findFirst().orElseThrow();
            senderPodmiot = city.podmiot();
            replyAddress = city.adresSkrytki();
            inboxId = city.id();
        }
        String recipientName = r.recipientName() == null || r.recipientName().isBlank() ? ctx.senderName() : r.recipientName().strip();
        return queue(inboundId, r.channel(), senderPodmiot, replyAddress, inboxId, address, recipientName, r.subject().strip(),
                r.body().strip(), ctx.unitId(), ctx.registerNumber());
    }

    private long queue(Long inReplyTo, OutboundLetter.Channel channel, String senderPodmiot, String replyAddress, Long inboxId,
                       String recipientAddress, String recipientName, String subject, String body, Long unitId, String caseRef) {
        Actor me = actors.current();
        // one transaction: the number is reserved, the letter built with it, and queued with its register entry
        OutboundRegister.RegisterNumber number = outbound.reserveNumber();
        OutgoingDocuments.Built built = documents.build(new OutgoingDocuments.Letter(number.text(), officeName(), officeAddress(),
                recipientName, recipientAddress, subject, body, me.login(), caseRef));
        return outbound.queue(number, new OutboundRegister.NewLetter(inReplyTo, channel, senderPodmiot, replyAddress, inboxId,
                recipientAddress, recipientName, subject, body, unitId, built.fileName(), built.xml(), built.pdf()), me.login());
    }

    private static void validate(Reply r, String address) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        if (r.channel() == null) {
            errors.add(new ValidationException.Violation("channel", "outbound.channel.required"));
        }
        if (address == null || !EPUAP_ADDRESS.matcher(address).matches()) {
            errors.add(new ValidationException.Violation("recipientAddress", "outbound.address.invalid"));
        }
        if (r.subject() == null || r.subject().isBlank() || r.subject().length() > 500) {
            errors.add(new ValidationException.Violation("subject", "outbound.subject.required"));
        }
        if (r.body() == null || r.body().isBlank() || r.body().length() > 20_000) {
            errors.add(new ValidationException.Violation("body", "outbound.body.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static String officeName() {
        return Settings.value("edugmina.office.name", "EDUGMINA_OFFICE_NAME", "Urząd Miasta Lublin – Wydział Oświaty");
    }

    static String officeAddress() {
        return Settings.value("edugmina.office.address", "EDUGMINA_OFFICE_ADDRESS", "ul. Przykładowa 1, 20-001 Lublin");
    }
}
