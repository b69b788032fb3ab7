package pl.edugmina.correspondence.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.correspondence.domain.Correspondence;
import pl.edugmina.correspondence.domain.CorrespondenceEvent;
import pl.edugmina.correspondence.domain.InboundDocument;

import java.time.Instant;
import java.util.List;

/**
 * What a module ({@link InboundFormHandler}) does with the register items handed to it, recorded in the item's
 * history: {@value #HANDLED} (the module took it; it stays handed over), {@value #NOT_HANDLED} (the module could not
 * take it: the item waits for an official again, with the reason), {@value #ERROR} (an unexpected error; tried again,
 * handed back after {@code maxAttempts}). An item has at most one outcome: each step locks the item's row and acts
 * only while it is still handed over without one, so a repeated delivery of {@link InboundItemRegistered} (after a
 * crash, or by the sweeper) changes nothing.
 */
@Stateless
public class HandedOverItems {

    public static final String HANDLED = "HANDLED";
    public static final String NOT_HANDLED = "NOT_HANDLED";
    public static final String ERROR = "HANDLING_ERROR";

    @PersistenceContext
    private EntityManager em;

    /** A handed-over item waiting for its module: the register entry, its stored document and the document as received. */
    public record Item(long id, long inboundDocumentId, String registerNumber, byte[] content) {
    }

    /** The item {@code id} if it is handed to {@code kind} and has no outcome yet; otherwise null. Reads without a lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Item waiting(long id, String kind) {
        Correspondence c = em.find(Correspondence.class, id);
        if (!waits(c, kind) || c.inboundDocumentId() == null) {
            return null;
        }
        InboundDocument d = em.find(InboundDocument.class, c.inboundDocumentId());
        return d == null ? null : new Item(c.id(), d.id(), c.registerNumber(), StoredDocuments.content(em, d.id()));
    }

    /**
     * Locks the item for the caller's transaction (in which the module does its work and records {@link #handled}); false
     * if it is no longer waiting (another delivery handled it, or it went back to an official).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean claim(long id, String kind) {
        return waits(em.find(Correspondence.class, id, LockModeType.PESSIMISTIC_WRITE), kind);
    }

    /** The module took the claimed item: recorded in its history, in the module's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void handled(long id, String kind, String detail) {
        Correspondence c = em.find(Correspondence.class, id);
        em.persist(new CorrespondenceEvent(id, c.inboundDocumentId(), Instant.now(), actor(kind), HANDLED, truncate(detail)));
    }

    /** The module cannot take the item: it waits for an official, with the reason in its history. False if it was not waiting. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean handBack(long id, String kind, String reason) {
        Correspondence c = em.find(Correspondence.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!waits(c, kind)) {
            return false;
        }
        c.handBack();
        em.persist(new CorrespondenceEvent(id, c.inboundDocumentId(), Instant.now(), actor(kind), NOT_HANDLED,
                truncate("Nie przyjęto automatycznie, czeka na pracownika: " + reason)));
        return true;
    }

    /** An unexpected error while the module handled the item: recorded; after {@code maxAttempts} the item is handed back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failedAttempt(long id, String kind, String error, int maxAttempts) {
        Correspondence c = em.find(Correspondence.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!waits(c, kind)) {
            return;
        }
        long before = em.createQuery("select count(e) from CorrespondenceEvent e where e.correspondenceId = :c and e.kind = :k", Long.class)
                .setParameter("c", id).setParameter("k", ERROR).getSingleResult();
        Instant now = Instant.now();
        em.persist(new CorrespondenceEvent(id, c.inboundDocumentId(), now, actor(kind), ERROR,
                truncate("Błąd przetwarzania (próba " + (before + 1) + "): " + error)));
        if (before + 1 >= maxAttempts) {
            c.handBack();
            em.persist(new CorrespondenceEvent(id, c.inboundDocumentId(), now, actor(kind), NOT_HANDLED,
                    truncate("Nie przyjęto automatycznie po " + maxAttempts + " próbach, czeka na pracownika: " + error)));
        }
    }

    /**
     * Items handed to {@code kind}, registered between {@code from} and {@code to}, still without an outcome (their event
     * was lost in a crash, or handling failed), oldest first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> unhandled(String kind, Instant from, Instant to, int max) {
        return em.createQuery("""
                        select c.id from Correspondence c where c.direction = :dir and c.registeredAt >= :from and c.registeredAt < :to
                        and c.status = :status and c.formKind = :kind
                        and not exists (select e.id from CorrespondenceEvent e where e.correspondenceId = c.id and e.kind in (:outcomes))
                        order by c.registeredAt, c.id""", Long.class)
                .setParameter("dir", Correspondence.Direction.IN).setParameter("from", from).setParameter("to", to)
                .setParameter("status", Correspondence.Status.HANDED_OVER.name()).setParameter("kind", kind)
                .setParameter("outcomes", List.of(HANDLED, NOT_HANDLED)).setMaxResults(max).getResultList();
    }

    private boolean waits(Correspondence c, String kind) {
        if (c == null || !Correspondence.Status.HANDED_OVER.name().equals(c.status()) || !kind.equals(c.formKind())) {
            return false;
        }
        return em.createQuery("select count(e) from CorrespondenceEvent e where e.correspondenceId = :c and e.kind in (:outcomes)", Long.class)
                .setParameter("c", c.id()).setParameter("outcomes", List.of(HANDLED, NOT_HANDLED)).getSingleResult() == 0;
    }

    private static String actor(String kind) {
        return kind.toLowerCase(java.util.Locale.ROOT);
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
