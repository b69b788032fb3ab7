package pl.edugmina.correspondence.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.correspondence.domain.Correspondence;
import pl.edugmina.correspondence.domain.CorrespondenceAttachment;
import pl.edugmina.correspondence.domain.CorrespondenceEvent;
import pl.edugmina.correspondence.domain.EpuapInbox;
import pl.edugmina.correspondence.domain.InboundDocument;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Registration of stored inbound documents in the correspondence register, called by the service
 * bus after parsing and signature verification. Exactly once: the stored document is locked and
 * must still be RECEIVED; the register's unique key on the document backs this up.
 */
@Stateless
public class CorrespondenceRegister {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<InboundFormHandler> handlers;

    @Inject
    private Event<InboundItemRegistered> registered;

    /** The raw document of a stored item still waiting for processing, or null if it was processed meanwhile. */
    public record Pending(long id, Long inboxId, byte[] content, String fileName) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Pending pending(long inboundId) {
        InboundDocument d = em.find(InboundDocument.class, inboundId);
        if (d == null || d.status() != InboundDocument.Status.RECEIVED) {
            return null;
        }
        return new Pending(d.id(), d.inboxId(), StoredDocuments.content(em, d.id()), d.fileName());
    }

    /** Stored documents not processed yet (after a crash, or when processing fell behind), oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> unprocessed(Instant receivedBefore, int max) {
        return em.createQuery("select d.id from InboundDocument d where d.status = :s and d.receivedAt < :t order by d.id", Long.class)
                .setParameter("s", InboundDocument.Status.RECEIVED)
                .setParameter("t", receivedBefore)
                .setMaxResults(max)
                .getResultList();
    }

    /** Registers the item and returns its register entry id; repeated calls return the same entry. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long registerInbound(long inboundId, InboundContent content, SignatureCheck signature) {
        InboundDocument doc = em.find(InboundDocument.class, inboundId, LockModeType.PESSIMISTIC_WRITE);
        if (doc == null) {
            throw new IllegalArgumentException("no inbound document " + inboundId);
        }
        if (doc.status() != InboundDocument.Status.RECEIVED) {
            return em.createQuery("select c.id from Correspondence c where c.inboundDocumentId = :d", Long.class)
                    .setParameter("d", inboundId).getResultStream().findFirst().orElse(-1L);
        }
        Long unitId = doc.unitId() != null || doc.inboxId() == null ? doc.unitId() : em.find(EpuapInbox.class, doc.inboxId()).unitId();
        Instant now = Instant.now();
        int year = now.atZone(OFFICE_ZONE).getYear();
        Correspondence c = Correspondence.inbound(year, nextNumber(Correspondence.Direction.IN, year), now, doc, unitId);
        InboundFormHandler handler = handlerFor(content.formNamespace(), content.formId());
        c.describe(content.senderKind(), content.senderName() != null ? content.senderName() : doc.podmiotName(), content.senderAddress(), content.addresseeName(),
                content.subject(), content.formNamespace(), content.formId(),
                handler == null || content.bodyText() == null ? content.bodyText() : handler.registerText(content.bodyText()));
        c.signature(signature.verdict(), signature.detail(), signature.signer(), signature.signedAt(), signature.level());
        if (handler != null) {
            c.handOver(handler.kind(), handler.jrwa());
        }
        em.persist(c);
        em.flush();
        int position = 0;
        for (InboundContent.Attachment a : content.attachments()) {
            em.persist(new CorrespondenceAttachment(c.id(), ++position, a.fileName(), a.mediaType(), a.content(),
                    InboundStore.sha256(a.content())));
        }
        doc.registered(now);
        em.persist(new CorrespondenceEvent(c.id(), inboundId, now, "epuap", "REGISTERED",
                "Zarejestrowano pod numerem " + c.registerNumber() + "; podpis: " + signature.verdict()
                        + (handler != null ? "; przekazano do modułu " + handler.kind() : "")));
        registered.fire(new InboundItemRegistered(c.id(), inboundId, handler == null ? null : handler.kind(),
                content.formNamespace(), content.formId(), c.unitId()));
        return c.id();
    }

    /** A stored document that is a receipt (UPD) for an outbound letter: recorded with that letter, not as new mail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void receiptFiled(long inboundId, long letterCorrespondenceId) {
        InboundDocument doc = em.find(InboundDocument.class, inboundId, LockModeType.PESSIMISTIC_WRITE);
        if (doc == null || doc.status() != InboundDocument.Status.RECEIVED) {
            return;
        }
        Instant now = Instant.now();
        doc.registered(now);
        em.persist(new CorrespondenceEvent(letterCorrespondenceId, inboundId, now, "epuap", "RECEIPT_FILED",
                "Poświadczenie pobrane ze skrytki dołączono do pisma"));
    }

    /** Marks a stored document that cannot be read (malformed, unsafe) as rejected, with the reason; it is kept. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void rejectInbound(long inboundId, String reason) {
        InboundDocument doc = em.find(InboundDocument.class, inboundId, LockModeType.PESSIMISTIC_WRITE);
        if (doc == null || doc.status() != InboundDocument.Status.RECEIVED) {
            return;
        }
        Instant now = Instant.now();
        doc.rejected(now, reason);
        em.persist(new CorrespondenceEvent(null, inboundId, now, "epuap", "REJECTED", reason));
    }

    /** Most processing attempts that end in an unexpected error before the document is set aside as rejected. */
    public static final int MAX_ATTEMPTS = 5;

    /** Records an unexpected processing error; after {@link #MAX_ATTEMPTS} the document is rejected for an official to look at. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void processingFailed(long inboundId, String error) {
        InboundDocument doc = em.find(InboundDocument.class, inboundId, LockModeType.PESSIMISTIC_WRITE);
        if (doc == null || doc.status() != InboundDocument.Status.RECEIVED) {
            return;
        }
        Instant now = Instant.now();
        doc.failedAttempt();
        em.persist(new CorrespondenceEvent(null, inboundId, now, "epuap", "ERROR", "Błąd przetwarzania (próba " + doc.attempts() + "): " + error));
        if (doc.attempts() >= MAX_ATTEMPTS) {
            doc.rejected(now, "Nie udało się przetworzyć po " + MAX_ATTEMPTS + " próbach: " + error);
        }
    }

    /** The number of the next entry in the register of one direction and year (a row lock serialises it). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int nextNumber(Correspondence.Direction direction, int year) {
        Number n = (Number) em.createNativeQuery("""
                INSERT INTO correspondence_counter (direction, reg_year, last_number) VALUES (?1, ?2, 1)
                ON CONFLICT (direction, reg_year) DO UPDATE SET last_number = correspondence_counter.last_number + 1
                RETURNING last_number
                """).setParameter(1, direction.name()).setParameter(2, year).getSingleResult();
        return n.intValue();
    }

    private InboundFormHandler handlerFor(String namespace, String formId) {
        for (InboundFormHandler h : handlers) {
            if (h.handles(namespace, formId)) {
                return h;
            }
        }
        return null;
    }
}
