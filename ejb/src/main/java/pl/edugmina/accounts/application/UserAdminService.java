package pl.edugmina.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.accounts.domain.AppUser;
import pl.edugmina.accounts.domain.PasswordHasher;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.registry.domain.validation.Email;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;
import pl.edugmina.security.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Administration of accounts: create, assign roles and unit, reset password, unlock, disable. */
@Stateless
public class UserAdminService {

    public record UserRow(long id, String login, String displayName, String email, Set<Role> roles, Long unitId,
                          String unitName, boolean enabled, boolean locked, Instant lastLoginAt, int version) {
    }

    public record UserForm(String login, String displayName, String email, Set<Role> roles, Long unitId) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @Inject
    private AuditService audit;

    private final PasswordHasher hasher = new PasswordHasher();

    public List<UserRow> list(String text) {
        requireAdmin();
        String t = text == null ? "" : text.strip().toLowerCase();
        Instant now = Instant.now();
        return em.createQuery("select u from AppUser u left join fetch u.unit where lower(u.login) like :t "
                        + "or lower(u.displayName) like :t order by u.login", AppUser.class)
                .setParameter("t", "%" + t + "%").setMaxResults(1000).getResultList().stream()
                .map(u -> new UserRow(u.id(), u.login(), u.displayName(), u.email(), u.roles(),
                        u.unit() == null ? null : u.unit().id(), u.unit() == null ? null : u.unit().name(),
                        u.enabled(), u.isLocked(now), u.lastLoginAt(), u.version()))
                .toList();
    }

    /** Creates an account with a generated one-time password, returned once to show the administrator. */
    public String create(UserForm form) {
        Actor me = requireAdmin();
        String login = form.login() == null ? "" : form.login().strip().toLowerCase();
        List<Violation> v = validate(form);
        if (!login.matches("[a-z0-9._-]{3,64}")) {
            v.add(new Violation("login", "user.login.invalid"));
        } else if (!em.createQuery("select u.id from AppUser u where u.login = :l", Long.class).setParameter("l", login).getResultList().isEmpty()) {
            v.add(new Violation("login", "user.login.duplicate"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        String password = PasswordHasher.oneTimePassword();
        AppUser u = new AppUser(login, form.displayName(), form.email(), hasher.hash(password.toCharArray()), form.roles(), unit(form.unitId()));
        u.resetPassword(u.passwordHash());
        em.persist(u);
        em.flush();
        audit.recordChange(me.login(), AuditAction.CREATE, "AppUser", u.id(), u.login(), Map.of(), snapshot(u));
        return password;
    }

    public void update(long id, UserForm form) {
        Actor me = requireAdmin();
        List<Violation> v = validate(form);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        AppUser u = find(id);
        Map<String, String> before = snapshot(u);
        u.changeProfile(form.displayName(), form.email());
        u.assign(form.roles(), unit(form.unitId()));
        em.flush();
        audit.recordChange(me.login(), AuditAction.UPDATE, "AppUser", id, u.login(), before, snapshot(u));
    }

    /** Sets a new one-time password (returned once) and unlocks the account. */
    public String resetPassword(long id) {
        Actor me = requireAdmin();
        AppUser u = find(id);
        String password = PasswordHasher.oneTimePassword();
        u.resetPassword(hasher.hash(password.toCharArray()));
        audit.record(me.login(), AuditAction.PASSWORD_RESET, "AppUser", id, u.login());
        return password;
    }

    public void setEnabled(long id, boolean enabled) {
        Actor me = requireAdmin();
        AppUser u = find(id);
        if (u.login().equals(me.login()) && !enabled) {
            throw new ValidationException(List.of(new Violation("enabled", "user.cannotDisableSelf")));
        }
        Map<String, String> before = snapshot(u);
        if (enabled) {
            u.enable();
            u.unlock();
        } else {
            u.disable();
        }
        audit.recordChange(me.login(), AuditAction.UPDATE, "AppUser", id, u.login(), before, snapshot(u));
    }

    /** The caller changes their own password. */
    public void changeOwnPassword(char[] current, char[] replacement) {
        Actor me = actors.current();
        if (!me.isAuthenticated()) {
            throw new AccessDeniedException();
        }
        AppUser u = em.createQuery("select u from AppUser u where u.login = :l", AppUser.class)
                .setParameter("l", me.login()).getSingleResult();
        if (!hasher.verify(current, u.passwordHash())) {
            throw new ValidationException(List.of(new Violation("currentPassword", "password.currentWrong")));
        }
        String policy = PasswordHasher.policyViolation(replacement);
        if (policy != null) {
            throw new ValidationException(List.of(new Violation("newPassword", policy)));
        }
        if (hasher.verify(replacement, u.passwordHash())) {
            throw new ValidationException(List.of(new Violation("newPassword", "password.sameAsOld")));
        }
        u.changePassword(hasher.hash(replacement));
        audit.record(me.login(), AuditAction.PASSWORD_CHANGE, "AppUser", u.id(), null);
    }

    /** Asked by the API on every request: one read, without a transaction of its own (nothing to commit). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public boolean passwordChangeRequired(String login) {
        return em.createQuery("select u.passwordChangeRequired from AppUser u where u.login = :l", Boolean.class)
                .setParameter("l", login).getResultStream().findFirst().orElse(false);
    }

    private List<Violation> validate(UserForm f) {
        List<Violation> v = new ArrayList<>();
        if (f.displayName() == null || f.displayName().isBlank()) {
            v.add(new Violation("displayName", "validation.required"));
        }
        if (f.email() != null && !f.email().isBlank() && !Email.isValid(f.email().strip())) {
            v.add(new Violation("email", "validation.email"));
        }
        if (f.roles() == null || f.roles().isEmpty()) {
            v.add(new Violation("roles", "user.roles.required"));
        } else {
            boolean unitRole = f.roles().stream().anyMatch(Role::isUnitRole);
            boolean deptRole = f.roles().stream().anyMatch(Role::isDepartmentRole);
            if (unitRole && deptRole) {
                v.add(new Violation("roles", "user.roles.mixed"));
            }
            if (unitRole && f.unitId() == null) {
                v.add(new Violation("unit", "user.unit.required"));
            }
        }
        return v;
    }

    private Unit unit(Long id) {
        if (id == null) {
            return null;
        }
        Unit u = em.find(Unit.class, id);
        if (u == null) {
            throw new NotFoundException("Unit", id);
        }
        return u;
    }

    private AppUser find(long id) {
        AppUser u = em.find(AppUser.class, id);
        if (u == null) {
            throw new NotFoundException("AppUser", id);
        }
        return u;
    }

    private static Map<String, String> snapshot(AppUser u) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("displayName", u.displayName());
        m.put("email", u.email());
        m.put("roles", u.roles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).toString());
        m.put("unit", u.unit() == null ? null : String.valueOf(u.unit().rspoNumber()));
        m.put("enabled", String.valueOf(u.enabled()));
        return m;
    }

    private Actor requireAdmin() {
        Actor me = actors.current();
        if (!me.canAdministerUsers()) {
            throw new AccessDeniedException();
        }
        return me;
    }
}
