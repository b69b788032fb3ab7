package pl.edugmina.registry.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.platform.Page;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.registry.domain.UnitData;
import pl.edugmina.registry.domain.UnitType;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The unit registry: search, detail, create and edit. Every method applies the caller's scope:
 * a unit user reaches only their unit (or their zespół's units), whatever they ask for.
 */
@Stateless
public class UnitRegistryService {

    private static final Logger LOG = Logger.getLogger(UnitRegistryService.class.getName());
    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(u.name)",
            "rspoNumber", "u.rspoNumber",
            "type", "u.type.namePl",
            "locality", "u.locality",
            "shortName", "u.shortName");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @Inject
    private AuditService audit;

    public Page<UnitRow> search(UnitQuery q) {
        Actor me = requireRegistryAccess();
        Map<String, Object> params = new HashMap<>();
        String where = where(q, me, params);
        TypedQuery<Long> count = em.createQuery("select count(u) from Unit u" + where, Long.class);
        String order = SORTS.getOrDefault(q.sortField() == null ? "name" : q.sortField(), "lower(u.name)");
        TypedQuery<Unit> list = em.createQuery("select u from Unit u join fetch u.type" + where
                + " order by " + order + (q.ascending() ? " asc" : " desc") + ", u.id", Unit.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            list.setParameter(k, v);
        });
        list.setFirstResult(Math.max(0, q.first()));
        list.setMaxResults(Math.min(Math.max(1, q.pageSize()), 10_000));
        LocalDate today = LocalDate.now();
        List<UnitRow> rows = list.getResultList().stream().map(u -> row(u, today)).toList();
        return new Page<>(rows, count.getSingleResult());
    }

    private static UnitRow row(Unit u, LocalDate today) {
        return new UnitRow(u.id(), u.rspoNumber(), u.name(), u.shortName(), u.type().id(), u.type().namePl(),
                u.publicUnit(), u.runningBody(), u.address(), u.locality(), u.phone(), u.email(), u.directorName(),
                u.regon(), u.nip(), u.activeFrom(), u.activeTo(), u.isActiveOn(today));
    }

    private String where(UnitQuery q, Actor me, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where 1=1");
        if (!me.seesAllUnits()) {
            w.append(" and u.id in :scope");
            params.put("scope", me.unitScope().isEmpty() ? Set.of(-1L) : me.unitScope());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String t = q.text().strip().toLowerCase(Locale.ROOT);
            if (t.matches("\\d{1,9}")) {
                w.append(" and (u.rspoNumber = :rspo or lower(u.name) like :text or lower(u.shortName) like :text)");
                params.put("rspo", Integer.parseInt(t));
            } else {
                w.append(" and (lower(u.name) like :text or lower(u.shortName) like :text)");
            }
            params.put("text", "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.typeId() != null) {
            w.append(" and u.type.id = :type");
            params.put("type", q.typeId());
        }
        if (q.publicUnit() != null) {
            w.append(" and u.publicUnit = :pub");
            params.put("pub", q.publicUnit());
        }
        if (q.locality() != null && !q.locality().isBlank()) {
            w.append(" and lower(u.locality) like :loc");
            params.put("loc", q.locality().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (q.groupId() != null) {
            w.append(" and u.id in (select m.id from UnitGroup g join g.members m where g.id = :group)");
            params.put("group", q.groupId());
        }
        if (q.activeOn() != null) {
            params.put("today", LocalDate.now());
            if (q.activeOn()) {
                w.append(" and (u.activeFrom is null or u.activeFrom <= :today) and (u.activeTo is null or u.activeTo >= :today)");
            } else {
                w.append(" and (u.activeFrom > :today or u.activeTo < :today)");
            }
        }
        return w.toString();
    }

    public UnitView get(long id) {
        Actor me = requireRegistryAccess();
        if (!me.canViewUnit(id)) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "Unit", id, "view");
            throw new NotFoundException("Unit", id);
        }
        Unit u = em.find(Unit.class, id);
        if (u == null) {
            throw new NotFoundException("Unit", id);
        }
        List<UnitView.Ref> children = em.createQuery("select c from Unit c where c.parent.id = :id order by c.name", Unit.class)
                .setParameter("id", id).getResultList().stream().map(c -> new UnitView.Ref(c.id(), c.name())).toList();
        List<UnitView.Ref> groups = em.createQuery(
                        "select g.id, g.name from UnitGroup g join g.members m where m.id = :id order by g.name", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new UnitView.Ref((Long) r[0], (String) r[1])).toList();
        return new UnitView(u.id(), u.version(), u.toData(), u.type().namePl(),
                u.parent() == null ? null : u.parent().name(), u.parent() == null ? null : u.parent().id(),
                children, groups, u.address(), u.isActiveOn(LocalDate.now()),
                me.canEditUnit(id), me.canManageRegistry(), u.updatedAt());
    }

    public long create(UnitData data) {
        Actor me = actors.current();
        if (!me.canManageRegistry()) {
            throw new AccessDeniedException();
        }
        validate(data, null);
        Unit u = Unit.register(data, type(data.typeId()), parent(data.parentRspoNumber(), null));
        em.persist(u);
        em.flush();
        audit.recordChange(me.login(), AuditAction.CREATE, "Unit", u.id(), u.name(), Map.of(), u.snapshot());
        LOG.info(() -> "EDU-REG-001 unit created rspo=" + u.rspoNumber() + " by " + me.login());
        return u.id();
    }

    /**
     * Saves the form. Department roles change everything; a unit's own director or secretariat
     * change only contact data (identity fields stay as they were).
     *
     * @param expectedVersion the version the user was editing; a newer one means someone else saved first
     */
    public void update(long id, int expectedVersion, UnitData data) {
        Actor me = actors.current();
        if (!me.canEditUnit(id)) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "Unit", id, "update");
            throw new AccessDeniedException();
        }
        Unit u = em.find(Unit.class, id);
        if (u == null) {
            throw new NotFoundException("Unit", id);
        }
        if (u.version() != expectedVersion) {
            throw new ConflictException("error.concurrentChange");
        }
        Map<String, String> before = u.snapshot();
        if (me.canManageRegistry()) {
            validate(data, id);
            u.update(data, type(data.typeId()), parent(data.parentRspoNumber(), u));
        } else {
            UnitData merged = mergeContact(u.toData(), data);
            validate(merged, id);
            u.updateContactData(merged);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.concurrentChange");
        }
        Map<String, String> after = u.snapshot();
        if (!before.equals(after)) {
            audit.recordChange(me.login(), AuditAction.UPDATE, "Unit", id, u.name(), before, after);
            LOG.info(() -> "EDU-REG-002 unit updated rspo=" + u.rspoNumber() + " by " + me.login());
        }
    }

    private static UnitData mergeContact(UnitData current, UnitData in) {
        return new UnitData(current.rspoNumber(), current.name(), in.shortName(), current.typeId(), current.publicUnit(),
                current.runningBody(), current.parentRspoNumber(), current.regon(), current.nip(), in.street(),
                in.buildingNo(), in.flatNo(), in.postalCode(), in.locality(), current.terytVoivodeship(),
                current.terytCounty(), current.terytCommune(), current.terytLocality(), current.latitude(),
                current.longitude(), in.phone(), in.email(), in.website(), in.epuapAddress(), in.directorName(),
                current.activeFrom(), current.activeTo());
    }

    void validate(UnitData data, Long selfId) {
        List<Violation> v = new ArrayList<>(data.validate());
        if (data.rspoNumber() != null) {
            List<Long> same = em.createQuery("select u.id from Unit u where u.rspoNumber = :r", Long.class)
                    .setParameter("r", data.rspoNumber()).getResultList();
            if (same.stream().anyMatch(x -> !x.equals(selfId))) {
                v.add(new Violation("rspoNumber", "unit.rspoNumber.duplicate", data.rspoNumber()));
            }
        }
        if (data.typeId() != null && em.find(UnitType.class, data.typeId()) == null) {
            v.add(new Violation("typeId", "unit.type.unknown", data.typeId()));
        }
        if (data.parentRspoNumber() != null) {
            List<Unit> p = em.createQuery("select u from Unit u where u.rspoNumber = :r", Unit.class)
                    .setParameter("r", data.parentRspoNumber()).getResultList();
            if (p.isEmpty()) {
                v.add(new Violation("parentRspoNumber", "unit.parent.unknown", data.parentRspoNumber()));
            } else if (p.get(0).id().equals(selfId)) {
                v.add(new Violation("parentRspoNumber", "unit.parent.self"));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private UnitType type(Integer id) {
        return em.find(UnitType.class, id);
    }

    private Unit parent(Integer rspo, Unit self) {
        if (rspo == null) {
            return null;
        }
        return em.createQuery("select u from Unit u where u.rspoNumber = :r", Unit.class)
                .setParameter("r", rspo).getResultStream().filter(p -> p != self).findFirst().orElse(null);
    }

    public List<UnitType> types() {
        return em.createQuery("select t from UnitType t order by t.namePl", UnitType.class).getResultList();
    }

    /** Units the caller may pick from (id, name), e.g. for assigning a user or filling a group. */
    /**
     * Units that are open today, by name, for anyone (a citizen choosing whom to write to): names of
     * public institutions are public information, nothing else is returned.
     */
    public List<UnitView.Ref> openUnits() {
        return em.createQuery("select u.id, u.name from Unit u where u.activeTo is null or u.activeTo >= :today order by u.name", Object[].class)
                .setParameter("today", java.time.LocalDate.now())
                .getResultList().stream().map(r -> new UnitView.Ref((Long) r[0], (String) r[1])).toList();
    }

    public List<UnitView.Ref> options() {
        Actor me = requireRegistryAccess();
        String jpql = "select u.id, u.name from Unit u" + (me.seesAllUnits() ? "" : " where u.id in :scope") + " order by u.name";
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        if (!me.seesAllUnits()) {
            q.setParameter("scope", me.unitScope().isEmpty() ? Set.of(-1L) : me.unitScope());
        }
        return q.getResultList().stream().map(r -> new UnitView.Ref((Long) r[0], (String) r[1])).toList();
    }

    private Actor requireRegistryAccess() {
        Actor me = actors.current();
        if (!me.canViewRegistry()) {
            throw new AccessDeniedException();
        }
        return me;
    }
}
