package pl.edugmina.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.accounts.domain.AppUser;
import pl.edugmina.accounts.domain.PasswordHasher;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.platform.Settings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks a login and password against the accounts table, applies the lockout rule and writes
 * the outcome (success or failure) to the audit log. Unknown logins cost as much time as wrong
 * passwords, so the answer does not reveal which accounts exist.
 */
@Stateless
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    public enum Outcome { SUCCESS, INVALID, LOCKED }

    public record Result(Outcome outcome, String login, Set<String> roles, boolean passwordChangeRequired) {
        static Result invalid() {
            return new Result(Outcome.INVALID, null, Set.of(), false);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private Settings settings;

    private final PasswordHasher hasher = new PasswordHasher();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result authenticate(String login, char[] password) {
        String normalized = login == null ? "" : login.strip().toLowerCase();
        List<AppUser> found = normalized.isEmpty() ? List.of()
                : em.createQuery("select u from AppUser u where u.login = :l", AppUser.class)
                    .setParameter("l", normalized).getResultList();
        if (found.isEmpty()) {
            hasher.burn(password);
            audit.record(shorten(normalized), AuditAction.LOGIN_FAILURE, "AppUser", null, "unknown login");
            LOG.info(() -> "EDU-SEC-001 login failed: unknown account");
            return Result.invalid();
        }
        AppUser user = found.get(0);
        Instant now = Instant.now();
        boolean matches = !user.isLocked(now) && user.enabled() && hasher.verify(password, user.passwordHash());
        AppUser.LoginOutcome outcome = user.attemptLogin(matches, now, settings.loginMaxAttempts(),
                Duration.ofMinutes(settings.loginLockMinutes()));
        switch (outcome) {
            case SUCCESS -> {
                audit.record(user.login(), AuditAction.LOGIN_SUCCESS, "AppUser", user.id(), null);
                LOG.info(() -> "EDU-SEC-002 login ok: " + user.login());
                return new Result(Outcome.SUCCESS, user.login(),
                        user.roles().stream().map(Enum::name).collect(Collectors.toSet()), user.passwordChangeRequired());
            }
            case LOCKED -> {
                audit.record(user.login(), AuditAction.LOGIN_LOCKED, "AppUser", user.id(), "account locked until " + user.lockedUntil());
                LOG.warning(() -> "EDU-SEC-003 login refused, account locked: " + user.login());
                return new Result(Outcome.LOCKED, null, Set.of(), false);
            }
            default -> {
                audit.record(user.login(), AuditAction.LOGIN_FAILURE, "AppUser", user.id(),
                        outcome == AppUser.LoginOutcome.DISABLED ? "account disabled" : "bad password");
                LOG.info(() -> "EDU-SEC-001 login failed: " + user.login());
                return Result.invalid();
            }
        }
    }

    private static String shorten(String s) {
        String t = s.isEmpty() ? "(empty)" : s;
        return t.length() > 64 ? t.substring(0, 64) : t;
    }
}
