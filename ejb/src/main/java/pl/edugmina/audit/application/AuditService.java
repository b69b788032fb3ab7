package pl.edugmina.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.audit.domain.AuditEvent;
import pl.edugmina.audit.domain.Changes;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.platform.Page;
import pl.edugmina.platform.RequestContext;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the audit log. Changes are recorded in the caller's transaction (no change
 * without its record); logins, failures and denials in their own (kept even when the caller rolls back).
 * There is no way to edit or delete an event.
 */
@Stateless
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Instance<RequestContext> request;

    @Inject
    private ActorService actors;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordChange(String actor, AuditAction action, String entityType, Object entityId, String summary,
                             Map<String, String> before, Map<String, String> after) {
        String json = Changes.toJson(Changes.diff(before, after));
        em.persist(new AuditEvent(Instant.now(), actor, action.name(), entityType, String.valueOf(entityId), summary, json, clientIp()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(String actor, AuditAction action, String entityType, Object entityId, String summary) {
        em.persist(new AuditEvent(Instant.now(), actor, action.name(), entityType,
                entityId == null ? null : String.valueOf(entityId), summary, null, clientIp()));
    }

    /** For events that must survive the caller's rollback: logins, failures, denials. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(String actor, AuditAction action, String entityType, Object entityId, String summary) {
        record(actor, action, entityType, entityId, summary);
    }

    private String clientIp() {
        try {
            return request.isResolvable() ? request.get().clientIp() : null;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** Filters of the audit screen; null means "any". */
    public record Query(String actor, String action, String entityType, String entityId, Instant from, Instant to,
                        int first, int pageSize) {
    }

    public record Row(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                      String summary, String changes, String clientIp) {
    }

    public Page<Row> search(Query q) {
        Actor me = actors.current();
        if (!me.canViewAudit()) {
            throw new AccessDeniedException();
        }
        StringBuilder where = new StringBuilder(" where 1=1");
        List<Object[]> params = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" and lower(e.actor) like :actor");
            params.add(new Object[] {"actor", "%" + q.actor().strip().toLowerCase() + "%"});
        }
        if (q.action() != null && !q.action().isBlank()) {
            where.append(" and e.action = :action");
            params.add(new Object[] {"action", q.action()});
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            where.append(" and e.entityType = :entityType");
            params.add(new Object[] {"entityType", q.entityType()});
        }
        if (q.entityId() != null && !q.entityId().isBlank()) {
            where.append(" and e.entityId = :entityId");
            params.add(new Object[] {"entityId", q.entityId().strip()});
        }
        if (q.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.add(new Object[] {"from", q.from()});
        }
        if (q.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.add(new Object[] {"to", q.to()});
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        TypedQuery<AuditEvent> list = em.createQuery("select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        for (Object[] p : params) {
            count.setParameter((String) p[0], p[1]);
            list.setParameter((String) p[0], p[1]);
        }
        list.setFirstResult(Math.max(0, q.first()));
        list.setMaxResults(Math.min(Math.max(1, q.pageSize()), 500));
        List<Row> rows = list.getResultList().stream()
                .map(e -> new Row(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.summary(), e.changes(), e.clientIp()))
                .toList();
        return new Page<>(rows, count.getSingleResult());
    }
}
