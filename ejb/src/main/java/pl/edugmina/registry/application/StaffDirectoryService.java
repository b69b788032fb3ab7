package pl.edugmina.registry.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.platform.Page;
import pl.edugmina.registry.domain.StaffMember;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.registry.domain.validation.Email;
import pl.edugmina.registry.domain.validation.Phone;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff directory: department and unit employees with positions and contacts. Personal data:
 * each listing is recorded in the audit log; unit users see only their scope.
 */
@Stateless
public class StaffDirectoryService {

    public record StaffRow(long id, Long unitId, String unitName, String firstName, String lastName, String position,
                           String email, String phone, int version) {
    }

    /** @param unitId null = everyone in scope; {@code departmentOnly} = the department's own staff */
    public record StaffQuery(String text, Long unitId, boolean departmentOnly, int first, int pageSize) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @Inject
    private AuditService audit;

    public Page<StaffRow> search(StaffQuery q) {
        Actor me = actors.current();
        if (!me.canViewRegistry()) {
            throw new AccessDeniedException();
        }
        if (q.unitId() != null && !me.canViewUnit(q.unitId())) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "StaffMember", q.unitId(), "staff of another unit");
            throw new NotFoundException("Unit", q.unitId());
        }
        StringBuilder w = new StringBuilder(" where 1=1");
        Map<String, Object> p = new HashMap<>();
        if (!me.seesAllUnits()) {
            w.append(" and s.unit.id in :scope");
            p.put("scope", me.unitScope().isEmpty() ? Set.of(-1L) : me.unitScope());
        }
        if (q.departmentOnly()) {
            w.append(" and s.unit is null");
        } else if (q.unitId() != null) {
            w.append(" and s.unit.id = :unit");
            p.put("unit", q.unitId());
        }
        if (q.text() != null && !q.text().isBlank()) {
            w.append(" and (lower(s.lastName) like :t or lower(s.firstName) like :t or lower(s.position) like :t)");
            p.put("t", "%" + q.text().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(s) from StaffMember s" + w, Long.class);
        TypedQuery<StaffMember> list = em.createQuery("select s from StaffMember s left join fetch s.unit" + w
                + " order by lower(s.lastName), lower(s.firstName), s.id", StaffMember.class);
        p.forEach((k, v) -> {
            count.setParameter(k, v);
            list.setParameter(k, v);
        });
        list.setFirstResult(Math.max(0, q.first()));
        list.setMaxResults(Math.min(Math.max(1, q.pageSize()), 1000));
        List<StaffRow> rows = list.getResultList().stream().map(StaffDirectoryService::row).toList();
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "StaffMember",
                q.unitId() == null ? null : q.unitId(), "staff directory: " + rows.size() + " rows");
        return new Page<>(rows, count.getSingleResult());
    }

    private static StaffRow row(StaffMember s) {
        return new StaffRow(s.id(), s.unit() == null ? null : s.unit().id(), s.unit() == null ? null : s.unit().name(),
                s.firstName(), s.lastName(), s.position(), s.email(), s.phone(), s.version());
    }

    public long save(Long id, Long unitId, String firstName, String lastName, String position, String email, String phone) {
        Actor me = actors.current();
        Long targetUnit = unitId;
        StaffMember existing = null;
        if (id != null) {
            existing = em.find(StaffMember.class, id);
            if (existing == null) {
                throw new NotFoundException("StaffMember", id);
            }
            targetUnit = existing.unit() == null ? null : existing.unit().id();
        }
        if (!me.canEditStaffOf(targetUnit)) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "StaffMember", id, "edit staff");
            throw new AccessDeniedException();
        }
        List<Violation> v = new ArrayList<>();
        if (firstName == null || firstName.isBlank()) {
            v.add(new Violation("firstName", "validation.required"));
        }
        if (lastName == null || lastName.isBlank()) {
            v.add(new Violation("lastName", "validation.required"));
        }
        if (position == null || position.isBlank()) {
            v.add(new Violation("position", "validation.required"));
        }
        if (email != null && !email.isBlank() && !Email.isValid(email.strip())) {
            v.add(new Violation("email", "validation.email"));
        }
        if (phone != null && !phone.isBlank() && !Phone.isValid(phone.strip())) {
            v.add(new Violation("phone", "validation.phone"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        if (existing == null) {
            Unit unit = targetUnit == null ? null : em.find(Unit.class, targetUnit);
            if (targetUnit != null && unit == null) {
                throw new NotFoundException("Unit", targetUnit);
            }
            StaffMember s = new StaffMember(unit, firstName, lastName, position, email, phone);
            em.persist(s);
            em.flush();
            audit.recordChange(me.login(), AuditAction.CREATE, "StaffMember", s.id(), s.fullName(), Map.of(), snapshot(s));
            return s.id();
        }
        Map<String, String> before = snapshot(existing);
        existing.change(firstName, lastName, position, email, phone);
        em.flush();
        audit.recordChange(me.login(), AuditAction.UPDATE, "StaffMember", existing.id(), existing.fullName(), before, snapshot(existing));
        return existing.id();
    }

    public void delete(long id) {
        Actor me = actors.current();
        StaffMember s = em.find(StaffMember.class, id);
        if (s == null) {
            throw new NotFoundException("StaffMember", id);
        }
        if (!me.canEditStaffOf(s.unit() == null ? null : s.unit().id())) {
            throw new AccessDeniedException();
        }
        audit.recordChange(me.login(), AuditAction.DELETE, "StaffMember", id, s.fullName(), snapshot(s), Map.of());
        em.remove(s);
    }

    private static Map<String, String> snapshot(StaffMember s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unit", s.unit() == null ? null : String.valueOf(s.unit().rspoNumber()));
        m.put("firstName", s.firstName());
        m.put("lastName", s.lastName());
        m.put("position", s.position());
        m.put("email", s.email());
        m.put("phone", s.phone());
        return m;
    }
}
