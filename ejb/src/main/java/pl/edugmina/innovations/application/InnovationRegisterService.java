package pl.edugmina.innovations.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.innovations.domain.Innovation;
import pl.edugmina.innovations.domain.InnovationDraft;
import pl.edugmina.innovations.domain.InnovationKind;
import pl.edugmina.innovations.domain.InnovationStatus;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static pl.edugmina.platform.SqlValues.date;
import static pl.edugmina.platform.SqlValues.instant;

/**
 * The register of pedagogical innovations: units keep their own entries, the department searches the whole city.
 * A unit's users never see another unit's entries. Every change is audited.
 */
@Stateless
public class InnovationRegisterService {

    public static final int MAX_ROWS = 5000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    /** Filters; null or blank means any. {@code year}: innovations running at some time in that year. */
    public record Filter(Long unitId, InnovationKind kind, InnovationStatus status, Integer year, String q) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public record Row(long id, long unitId, String unitName, String title, Set<InnovationKind> kinds, String subjectArea, String classes,
                      LocalDate dateFrom, LocalDate dateTo, String authors, InnovationStatus status, String description, Instant updatedAt,
                      int version) {
    }

    public long create(long unitId, InnovationDraft draft) {
        Actor me = actors.current();
        requireKeeper(me, unitId);
        InnovationDraft d = valid(draft);
        Innovation i = new Innovation(unitId, d, me.login(), Instant.now());
        em.persist(i);
        em.flush();
        audit.recordChange(me.login(), AuditAction.CREATE, "Innovation", i.id(), "Innowacja: " + i.title(), Map.of(), snapshot(i));
        return i.id();
    }

    public void update(long id, int version, InnovationDraft draft) {
        Actor me = actors.current();
        Innovation i = visible(me, id);
        requireKeeper(me, i.unitId());
        if (i.version() != version) {
            throw new ConflictException("error.concurrentChange");
        }
        InnovationDraft d = valid(draft);
        Map<String, String> before = snapshot(i);
        i.change(d, Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.concurrentChange");
        }
        audit.recordChange(me.login(), AuditAction.UPDATE, "Innovation", id, "Zmiana innowacji", before, snapshot(i));
    }

    public void delete(long id) {
        Actor me = actors.current();
        Innovation i = visible(me, id);
        requireKeeper(me, i.unitId());
        Map<String, String> before = snapshot(i);
        em.remove(i);
        audit.recordChange(me.login(), AuditAction.DELETE, "Innovation", id, "Usunięto innowację z rejestru", before, Map.of());
    }

    public List<Row> list(Filter f) {
        Actor me = actors.current();
        if (!me.canViewRegisters()) {
            throw new AccessDeniedException();
        }
        return rows(me, f == null ? Filter.none() : f, null);
    }

    public Row get(long id) {
        Actor me = actors.current();
        visible(me, id);
        return rows(me, Filter.none(), id).get(0);
    }

    private List<Row> rows(Actor me, Filter f, Long id) {
        StringBuilder sql = new StringBuilder("""
                select i.id, i.unit_id, u.name, i.title, i.kinds, i.subject_area, i.classes, i.date_from, i.date_to, i.authors, i.status,
                       i.description, i.updated_at, i.version
                from innovation i join unit u on u.id = i.unit_id where 1 = 1""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!me.seesAllUnits()) {
            sql.append(" and i.unit_id = any(cast(:scope as bigint[]))");
            params.put("scope", me.unitScope().toArray(new Long[0]));
        }
        if (id != null) {
            sql.append(" and i.id = :id");
            params.put("id", id);
        }
        if (f.unitId() != null) {
            sql.append(" and i.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.kind() != null) {
            sql.append(" and position(:kind in i.kinds) > 0");
            params.put("kind", f.kind().name());
        }
        if (f.status() != null) {
            sql.append(" and i.status = :status");
            params.put("status", f.status().name());
        }
        if (f.year() != null) {
            sql.append(" and i.date_from <= :yearEnd and (i.date_to is null or i.date_to >= :yearStart)");
            params.put("yearStart", LocalDate.of(f.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (i.title ilike :q or i.authors ilike :q or i.subject_area ilike :q or i.description ilike :q or u.name ilike :q)");
            params.put("q", "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" order by i.date_from desc, i.id desc");
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        q.setMaxResults(MAX_ROWS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Row> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], Innovation.decode((String) r[4]),
                    (String) r[5], (String) r[6], date(r[7]), date(r[8]), (String) r[9], InnovationStatus.valueOf((String) r[10]), (String) r[11],
                    instant(r[12]), ((Number) r[13]).intValue()));
        }
        return out;
    }

    private static InnovationDraft valid(InnovationDraft draft) {
        InnovationDraft d = draft.normalised();
        ValidationException.throwIfAny(ValidationException.Violation.allOf(d.problems()));
        return d;
    }

    private Innovation visible(Actor me, long id) {
        Innovation i = em.find(Innovation.class, id);
        if (i == null || !me.canViewRegistersOf(i.unitId())) {
            throw new NotFoundException("innovation", id);
        }
        return i;
    }

    private static void requireKeeper(Actor me, long unitId) {
        if (!me.canKeepRegistersOf(unitId)) {
            throw me.isUnitUser() && !me.canViewRegistersOf(unitId) ? new NotFoundException("unit", unitId) : new AccessDeniedException();
        }
    }

    private static Map<String, String> snapshot(Innovation i) {
        Map<String, String> m = new TreeMap<>();
        m.put("title", i.title());
        m.put("kinds", Innovation.encode(i.kinds()));
        if (i.subjectArea() != null) {
            m.put("subjectArea", i.subjectArea());
        }
        m.put("classes", i.classes());
        m.put("dateFrom", i.dateFrom().toString());
        if (i.dateTo() != null) {
            m.put("dateTo", i.dateTo().toString());
        }
        m.put("authors", i.authors());
        m.put("status", i.status().name());
        return m;
    }
}
