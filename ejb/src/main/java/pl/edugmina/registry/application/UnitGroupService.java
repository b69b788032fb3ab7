package pl.edugmina.registry.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.registry.domain.UnitGroup;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Unit groups: built-in ones by type (derived, always current) and user-defined ones kept by the
 * department. Everyone with registry access sees the groups; only the department changes them.
 */
@Stateless
public class UnitGroupService {

    public record GroupRow(Long id, Integer typeId, String name, String description, long memberCount, boolean builtIn) {
    }

    public record GroupDetail(long id, int version, String name, String description, Set<Long> memberIds) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @Inject
    private AuditService audit;

    public List<GroupRow> builtInGroups() {
        requireView();
        return em.createQuery("select t.id, t.namePl, count(u) from UnitType t left join Unit u on u.type = t "
                        + "group by t.id, t.namePl order by t.namePl", Object[].class)
                .getResultList().stream()
                .map(r -> new GroupRow(null, (Integer) r[0], (String) r[1], null, (Long) r[2], true))
                .toList();
    }

    public List<GroupRow> customGroups() {
        requireView();
        return em.createQuery("select g.id, g.name, g.description, size(g.members) from UnitGroup g order by g.name", Object[].class)
                .getResultList().stream()
                .map(r -> new GroupRow((Long) r[0], null, (String) r[1], (String) r[2], ((Number) r[3]).longValue(), false))
                .toList();
    }

    public GroupDetail get(long id) {
        requireView();
        UnitGroup g = find(id);
        return new GroupDetail(g.id(), g.version(), g.name(), g.description(),
                g.members().stream().map(Unit::id).collect(Collectors.toCollection(TreeSet::new)));
    }

    public long save(Long id, Integer expectedVersion, String name, String description, Set<Long> memberIds) {
        Actor me = actors.current();
        if (!me.canManageGroups()) {
            throw new AccessDeniedException();
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException(List.of(new Violation("name", "validation.required")));
        }
        List<Long> sameName = em.createQuery("select g.id from UnitGroup g where lower(g.name) = :n", Long.class)
                .setParameter("n", name.strip().toLowerCase()).getResultList();
        if (sameName.stream().anyMatch(x -> !x.equals(id))) {
            throw new ValidationException(List.of(new Violation("name", "group.name.duplicate")));
        }
        Set<Unit> units = new HashSet<>(memberIds.isEmpty() ? List.of()
                : em.createQuery("select u from Unit u where u.id in :ids", Unit.class).setParameter("ids", memberIds).getResultList());
        UnitGroup g;
        Map<String, String> before;
        if (id == null) {
            g = new UnitGroup(name, description);
            before = Map.of();
            g.replaceMembers(units);
            em.persist(g);
            em.flush();
        } else {
            g = find(id);
            if (expectedVersion != null && g.version() != expectedVersion) {
                throw new ConflictException("error.concurrentChange");
            }
            before = snapshot(g);
            g.rename(name, description);
            g.replaceMembers(units);
            em.flush();
        }
        audit.recordChange(me.login(), id == null ? AuditAction.CREATE : AuditAction.UPDATE, "UnitGroup", g.id(), g.name(), before, snapshot(g));
        return g.id();
    }

    public void delete(long id) {
        Actor me = actors.current();
        if (!me.canManageGroups()) {
            throw new AccessDeniedException();
        }
        UnitGroup g = find(id);
        audit.recordChange(me.login(), AuditAction.DELETE, "UnitGroup", id, g.name(), snapshot(g), Map.of());
        em.remove(g);
    }

    private static Map<String, String> snapshot(UnitGroup g) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("description", g.description());
        m.put("members", g.members().stream().map(u -> String.valueOf(u.rspoNumber())).sorted().collect(Collectors.joining(",")));
        return m;
    }

    private UnitGroup find(long id) {
        UnitGroup g = em.find(UnitGroup.class, id);
        if (g == null) {
            throw new NotFoundException("UnitGroup", id);
        }
        return g;
    }

    private void requireView() {
        if (!actors.current().canViewRegistry()) {
            throw new AccessDeniedException();
        }
    }
}
