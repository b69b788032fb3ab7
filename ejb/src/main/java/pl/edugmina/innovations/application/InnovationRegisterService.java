package pl.edugmina.innovations.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.common.ValidationException;
import pl.edugmina.innovations.domain.Innovation;
import pl.edugmina.innovations.domain.InnovationDraft;
import pl.edugmina.innovations.domain.InnovationKind;
import pl.edugmina.innovations.domain.InnovationStatus;
import pl.edugmina.registers.application.DeletableUnitRegisterService;
import pl.edugmina.registers.application.RegisterQuery;
import pl.edugmina.registers.application.UnitRegister;
import pl.edugmina.registers.application.UnitRegisterRow;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
@LocalBean
public class InnovationRegisterService implements DeletableUnitRegisterService<InnovationRegisterService.Row, InnovationDraft> {

    public static final int MAX_ROWS = 5000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    private UnitRegister<Innovation> register;

    @PostConstruct
    void init() {
        register = new UnitRegister<>(em, audit, Innovation.class, "Innovation", "innovation", InnovationRegisterService::snapshot);
    }

    /** Filters; null or blank means any. {@code year}: innovations running at some time in that year. */
    public record Filter(Long unitId, InnovationKind kind, InnovationStatus status, Integer year, String q) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public record Row(long id, long unitId, String unitName, String title, Set<InnovationKind> kinds, String subjectArea, String classes,
                      LocalDate dateFrom, LocalDate dateTo, String authors, InnovationStatus status, String description, Instant updatedAt,
                      int version) implements UnitRegisterRow {
    }

    @Override
    public long create(long unitId, InnovationDraft draft) {
        Actor me = actors.current();
        return register.create(me, unitId, () -> new Innovation(unitId, valid(draft), me.login(), Instant.now()), i -> "Innowacja: " + i.title());
    }

    @Override
    public void update(long id, int version, InnovationDraft draft) {
        register.update(actors.current(), id, version, i -> i.change(valid(draft), Instant.now()), "Zmiana innowacji");
    }

    @Override
    public void delete(long id) {
        register.delete(actors.current(), id, "Usunięto innowację z rejestru");
    }

    public List<Row> list(Filter f) {
        return UnitRegister.list(actors.current(), f == null ? Filter.none() : f, this::rows);
    }

    @Override
    public Row get(long id) {
        return register.line(actors.current(), id, Filter.none(), this::rows);
    }

    private List<Row> rows(Actor me, Filter f, Long id) {
        RegisterQuery query = RegisterQuery.scoped(me, """
                select i.id, i.unit_id, u.name, i.title, i.kinds, i.subject_area, i.classes, i.date_from, i.date_to, i.authors, i.status,
                       i.description, i.updated_at, i.version
                from innovation i join unit u on u.id = i.unit_id where 1 = 1""", "i").entry(id).unit(f.unitId());
        if (f.kind() != null) {
            query.and("position(:kind in i.kinds) > 0", "kind", f.kind().name());
        }
        if (f.status() != null) {
            query.and("i.status = :status", "status", f.status().name());
        }
        if (f.year() != null) {
            query.and("i.date_from <= :yearEnd and (i.date_to is null or i.date_to >= :yearStart)")
                    .bind("yearStart", LocalDate.of(f.year(), 1, 1)).bind("yearEnd", LocalDate.of(f.year(), 12, 31));
        }
        List<Object[]> rows = query
                .search(f.q(), "(i.title ilike :q or i.authors ilike :q or i.subject_area ilike :q or i.description ilike :q or u.name ilike :q)")
                .rows(em, "order by i.date_from desc, i.id desc", MAX_ROWS);
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
