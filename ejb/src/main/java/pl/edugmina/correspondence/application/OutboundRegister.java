package pl.edugmina.correspondence.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.correspondence.domain.Correspondence;
import pl.edugmina.correspondence.domain.CorrespondenceEvent;
import pl.edugmina.correspondence.domain.OutboundLetter;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.Instant;
import java.util.List;

/**
 * The outbound side of the register and its transactional outbox. A letter is queued in the
 * caller's transaction together with its register entry (nothing is sent inside it); the relay
 * claims due letters, sends them, and records the outcome here, each step in its own transaction.
 */
@Stateless
public class OutboundRegister {

    /** A letter held by the relay longer than this is considered abandoned (crash) and queued again. */
    static final long CLAIM_TIMEOUT_SECONDS = 300;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @Inject
    private AuditService audit;

    @Inject
    private CorrespondenceRegister register;

    public record NewLetter(Long inReplyTo, OutboundLetter.Channel channel, String senderPodmiot, String replyAddress,
                            Long inboxId, String recipientAddress, String recipientName, String subject, String bodyText,
                            Long unitId, String fileName, byte[] document, byte[] pdf) {
    }

    /** What the relay needs to send one letter. */
    public record Claimed(long id, long correspondenceId, OutboundLetter.Channel channel, String senderPodmiot,
                          String replyAddress, String recipientAddress, String fileName, byte[] document, String caseNumber) {
    }

    public record LetterView(long id, String channel, String status, int attempts, Instant nextAttemptAt, String lastError,
                             String recipientAddress, String epuapDocumentId, String uppId, String zlecenieId,
                             Instant sentAt, Instant receiptAt, String receiptName, Long inReplyTo, String fileName) {
    }

    /** A number in the outbound register, reserved in the caller's transaction (so the letter can carry it). */
    public record RegisterNumber(int year, int number) {
        public String text() {
            return number + "/" + year;
        }
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RegisterNumber reserveNumber() {
        int year = Instant.now().atZone(CorrespondenceRegister.OFFICE_ZONE).getYear();
        return new RegisterNumber(year, register.nextNumber(Correspondence.Direction.OUT, year));
    }

    /** Queues a letter in the caller's transaction under the reserved number; returns the id of its register entry. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long queue(RegisterNumber number, NewLetter l, String actor) {
        Instant now = Instant.now();
        Correspondence c = Correspondence.outbound(number.year(), number.number(), now,
                l.subject(), l.recipientName(), l.recipientAddress(), l.unitId(), l.inboxId(), l.bodyText());
        em.persist(c);
        em.flush();
        OutboundLetter letter = new OutboundLetter(c.id(), l.inReplyTo(), l.channel(), l.senderPodmiot(), l.replyAddress(),
                l.recipientAddress(), l.recipientName(), l.fileName(), l.document(), l.pdf(), actor, now);
        em.persist(letter);
        em.persist(new CorrespondenceEvent(c.id(), null, now, actor, "QUEUED",
                "Pismo " + c.registerNumber() + " w kolejce do wysłania (" + l.channel() + ") na " + l.recipientAddress()));
        if (l.inReplyTo() != null) {
            em.persist(new CorrespondenceEvent(l.inReplyTo(), null, now, actor, "ANSWERED", "Odpowiedź: pismo " + c.registerNumber()));
        }
        audit.record(actor, AuditAction.CREATE, "OutboundLetter", c.id(), "Pismo wychodzące " + c.registerNumber() + " do " + l.recipientAddress());
        return c.id();
    }

    /** Claims up to {@code max} due letters for sending (skipping ones another node holds); abandoned claims are released first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Long> claimDue(int max) {
        em.createNativeQuery("""
                UPDATE outbound_letter SET status = 'QUEUED', claimed_at = NULL, next_attempt_at = now()
                WHERE status = 'SENDING' AND claimed_at < now() - make_interval(secs => ?1)""")
                .setParameter(1, CLAIM_TIMEOUT_SECONDS).executeUpdate();
        List<Number> ids = em.createNativeQuery("""
                UPDATE outbound_letter SET status = 'SENDING', claimed_at = now(), version = version + 1
                WHERE id IN (SELECT id FROM outbound_letter WHERE status = 'QUEUED' AND next_attempt_at <= now()
                             ORDER BY next_attempt_at, id LIMIT ?1 FOR UPDATE SKIP LOCKED)
                RETURNING id""").setParameter(1, max).getResultList();
        return ids.stream().map(Number::longValue).sorted().toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Claimed claimed(long letterId) {
        OutboundLetter l = em.find(OutboundLetter.class, letterId);
        if (l == null || l.status() != OutboundLetter.Status.SENDING) {
            return null;
        }
        Correspondence c = em.find(Correspondence.class, l.correspondenceId());
        return new Claimed(l.id(), l.correspondenceId(), l.channel(), l.senderPodmiot(), l.replyAddress(), l.recipientAddress(),
                l.fileName(), l.document(), c.registerNumber());
    }

    /** ePUAP accepted the letter; with WS-Skrytka the UPP comes in the same answer. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long letterId, String documentId, String uppId, String zlecenieId, String receiptName, byte[] receipt) {
        OutboundLetter l = em.find(OutboundLetter.class, letterId, LockModeType.PESSIMISTIC_WRITE);
        Correspondence c = em.find(Correspondence.class, l.correspondenceId());
        Instant now = Instant.now();
        l.sent(now, documentId, uppId, zlecenieId);
        em.persist(new CorrespondenceEvent(c.id(), null, now, "epuap", "SENT", "Przyjęte przez ePUAP, identyfikator dokumentu "
                + documentId + (zlecenieId != null ? ", zlecenie doręczenia " + zlecenieId : "")));
        if (receipt != null && receipt.length > 0) {
            l.receipt(now, receiptName, receipt);
            em.persist(new CorrespondenceEvent(c.id(), null, now, "epuap", "UPP", "Urzędowe poświadczenie przedłożenia " + uppId));
        }
        c.letterStatus(l.status());
    }

    /** Sending failed: {@code permanent} when ePUAP refused the letter, else it is retried with back-off. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long letterId, String error, boolean permanent) {
        OutboundLetter l = em.find(OutboundLetter.class, letterId, LockModeType.PESSIMISTIC_WRITE);
        Correspondence c = em.find(Correspondence.class, l.correspondenceId());
        Instant now = Instant.now();
        if (permanent) {
            l.refused(now, error);
        } else {
            l.attemptFailed(now, error);
        }
        em.persist(new CorrespondenceEvent(c.id(), null, now, "epuap", l.status() == OutboundLetter.Status.FAILED ? "FAILED" : "RETRY",
                "Próba " + l.attempts() + ": " + error + (l.nextAttemptAt() != null ? "; ponowna próba " + l.nextAttemptAt() : "")));
        c.letterStatus(l.status());
    }

    /** A UPD (proof of delivery) came in: matched to the letter by the delivery order or document id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Long delivered(String zlecenieId, String documentId, String name, byte[] upd) {
        List<OutboundLetter> found = em.createQuery(
                        "select l from OutboundLetter l where (l.zlecenieId = :z and :z is not null) or (l.epuapDocumentId = :d and :d is not null)",
                        OutboundLetter.class)
                .setParameter("z", zlecenieId).setParameter("d", documentId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.size() != 1) {
            return null;
        }
        OutboundLetter l = found.get(0);
        Correspondence c = em.find(Correspondence.class, l.correspondenceId());
        Instant now = Instant.now();
        if (l.status() != OutboundLetter.Status.RECEIPT) {
            l.receipt(now, name, upd);
            c.letterStatus(l.status());
        }
        em.persist(new CorrespondenceEvent(c.id(), null, now, "epuap", "UPD", "Urzędowe poświadczenie doręczenia (zlecenie " + zlecenieId + ")"));
        return c.id();
    }

    /** An official sends a FAILED letter again. */
    public void requeue(long correspondenceId) {
        Actor me = actors.current();
        OutboundLetter l = letterOf(me, correspondenceId);
        if (l.status() != OutboundLetter.Status.FAILED) {
            throw new NotFoundException("failed letter", correspondenceId);
        }
        Instant now = Instant.now();
        l.requeue(now);
        Correspondence c = em.find(Correspondence.class, correspondenceId);
        c.letterStatus(l.status());
        em.persist(new CorrespondenceEvent(correspondenceId, null, now, me.login(), "QUEUED", "Ponowne wysłanie na żądanie"));
        audit.record(me.login(), AuditAction.RETRY, "OutboundLetter", correspondenceId, "Ponowne wysłanie pisma " + c.registerNumber());
    }

    public LetterView letter(long correspondenceId) {
        OutboundLetter l = letterOf(actors.current(), correspondenceId);
        return new LetterView(l.id(), l.channel().name(), l.status().name(), l.attempts(), l.nextAttemptAt(), l.lastError(),
                l.recipientAddress(), l.epuapDocumentId(), l.uppId(), l.zlecenieId(), l.sentAt(), l.receiptAt(), l.receiptName(),
                l.inReplyTo(), l.fileName());
    }

    public CorrespondenceService.File receipt(long correspondenceId) {
        OutboundLetter l = letterOf(actors.current(), correspondenceId);
        if (l.receipt() == null) {
            throw new NotFoundException("receipt", correspondenceId);
        }
        return new CorrespondenceService.File(l.receiptName() == null ? "poswiadczenie.xml" : l.receiptName(), "application/xml", l.receipt());
    }

    public CorrespondenceService.File pdf(long correspondenceId) {
        OutboundLetter l = letterOf(actors.current(), correspondenceId);
        return new CorrespondenceService.File(l.fileName().replaceAll("\\.xml$", "") + ".pdf", "application/pdf", l.pdf());
    }

    public CorrespondenceService.File document(long correspondenceId) {
        OutboundLetter l = letterOf(actors.current(), correspondenceId);
        return new CorrespondenceService.File(l.fileName(), "application/xml", l.document());
    }

    private OutboundLetter letterOf(Actor me, long correspondenceId) {
        if (!me.canUseCorrespondence()) {
            throw new AccessDeniedException();
        }
        Correspondence c = em.find(Correspondence.class, correspondenceId);
        if (c == null || c.direction() != Correspondence.Direction.OUT) {
            throw new NotFoundException("letter", correspondenceId);
        }
        if (!me.canViewCorrespondenceOf(c.unitId())) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select l from OutboundLetter l where l.correspondenceId = :c", OutboundLetter.class)
                .setParameter("c", correspondenceId).getSingleResult();
    }
}
