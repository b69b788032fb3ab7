package pl.edugmina.messaging.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups of people the department writes to (e.g. "Dyrektorzy szkół podstawowych", "Koordynatorzy ds.
 * bezpieczeństwa"): users of units, kept by the department. A message to a group reaches each member in
 * their unit, visible there to them alone.
 */
@Stateless
public class UserGroupService {

    public static final int MAX_NAME = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    /** A unit user who can be written to. */
    public record Person(long id, String login, String displayName, long unitId, String unitName) {
    }

    public record GroupRow(long id, String name, int members) {
    }

    public record Group(long id, String name, List<Person> members) {
    }

    /** Active users of open units, by unit and name. */
    public List<Person> people() {
        requireDepartment();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.login, a.display_name, u.id, u.name from app_user a join unit u on u.id = a.unit_id
                where a.enabled and (u.active_to is null or u.active_to >= current_date)
                order by u.name, a.display_name""").getResultList();
        return rows.stream().map(r -> new Person(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                (String) r[4])).toList();
    }

    public List<GroupRow> list() {
        requireDepartment();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select g.id, g.name, (select count(*) from user_group_member m where m.group_id = g.id) from user_group g order by lower(g.name)""")
                .getResultList();
        return rows.stream().map(r -> new GroupRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue())).toList();
    }

    public Group get(long id) {
        requireDepartment();
        Object name = em.createNativeQuery("select name from user_group where id = ?1").setParameter(1, id).getResultStream().findFirst()
                .orElse(null);
        if (name == null) {
            throw new NotFoundException("userGroup", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.login, a.display_name, u.id, u.name from user_group_member m join app_user a on a.id = m.user_id
                join unit u on u.id = a.unit_id where m.group_id = ?1 order by u.name, a.display_name""").setParameter(1, id).getResultList();
        return new Group(id, (String) name, rows.stream().map(r -> new Person(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), (String) r[4])).toList());
    }

    /** Creates ({@code id} null) or replaces a group; members must be users of units. Returns its id. Audited. */
    public long save(Long id, String name, Set<Long> memberIds) {
        Actor me = requireDepartment();
        List<ValidationException.Violation> errors = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            errors.add(new ValidationException.Violation("name", "validation.required"));
        } else if (n.length() > MAX_NAME) {
            errors.add(new ValidationException.Violation("name", "validation.tooLong", MAX_NAME));
        } else if (((Number) em.createNativeQuery("select count(*) from user_group where lower(name) = lower(?1) and id <> ?2")
                .setParameter(1, n).setParameter(2, id == null ? -1L : id).getSingleResult()).longValue() > 0) {
            errors.add(new ValidationException.Violation("name", "userGroup.name.taken"));
        }
        Set<Long> members = new LinkedHashSet<>(memberIds == null ? Set.of() : memberIds);
        long valid = ((Number) em.createNativeQuery("select count(*) from app_user where id = any(cast(?1 as bigint[])) and unit_id is not null")
                .setParameter(1, members.toArray(new Long[0])).getSingleResult()).longValue();
        if (members.isEmpty()) {
            errors.add(new ValidationException.Violation("members", "userGroup.members.none"));
        } else if (valid != members.size()) {
            errors.add(new ValidationException.Violation("members", "userGroup.members.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long groupId;
        if (id == null) {
            groupId = ((Number) em.createNativeQuery("select nextval('user_group_seq')").getSingleResult()).longValue();
            em.createNativeQuery("insert into user_group (id, name, created_by, created_at) values (?1, ?2, ?3, now())")
                    .setParameter(1, groupId).setParameter(2, n).setParameter(3, me.login()).executeUpdate();
        } else {
            groupId = id;
            if (em.createNativeQuery("update user_group set name = ?2 where id = ?1").setParameter(1, id).setParameter(2, n).executeUpdate() == 0) {
                throw new NotFoundException("userGroup", id);
            }
            em.createNativeQuery("delete from user_group_member where group_id = ?1").setParameter(1, id).executeUpdate();
        }
        em.createNativeQuery("insert into user_group_member (group_id, user_id) select ?1, u from unnest(cast(?2 as bigint[])) as u")
                .setParameter(1, groupId).setParameter(2, members.toArray(new Long[0])).executeUpdate();
        audit.record(me.login(), id == null ? AuditAction.CREATE : AuditAction.UPDATE, "UserGroup", groupId,
                "Grupa osób „" + n + "” (" + members.size() + " os.)");
        return groupId;
    }

    public void delete(long id) {
        Actor me = requireDepartment();
        if (em.createNativeQuery("delete from user_group where id = ?1").setParameter(1, id).executeUpdate() == 0) {
            throw new NotFoundException("userGroup", id);
        }
        audit.record(me.login(), AuditAction.DELETE, "UserGroup", id, "Usunięto grupę osób");
    }

    private Actor requireDepartment() {
        Actor me = actors.current();
        if (!me.canSendMessages()) {
            throw new AccessDeniedException();
        }
        return me;
    }
}
