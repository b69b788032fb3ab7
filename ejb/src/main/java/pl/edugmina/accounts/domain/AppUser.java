package pl.edugmina.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** An account that can log in. Unit roles require a unit; department roles must not have one. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String login;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected AppUser() {
    }

    public AppUser(String login, String displayName, String email, String passwordHash, Set<Role> roles, Unit unit) {
        this.login = login;
        this.createdAt = Instant.now();
        this.passwordHash = passwordHash;
        changeProfile(displayName, email);
        assign(roles, unit);
    }

    public void changeProfile(String displayName, String email) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("display name required");
        }
        this.displayName = displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    /** Assigns roles and the unit; the combination must make sense. */
    public void assign(Set<Role> newRoles, Unit newUnit) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("at least one role");
        }
        boolean unitRole = newRoles.stream().anyMatch(Role::isUnitRole);
        boolean deptRole = newRoles.stream().anyMatch(Role::isDepartmentRole);
        if (unitRole && deptRole) {
            throw new IllegalArgumentException("unit and department roles cannot be mixed");
        }
        if (unitRole && newUnit == null) {
            throw new IllegalArgumentException("unit roles need a unit");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.unit = unitRole ? newUnit : null;
    }

    /** Outcome of a password check, after the lockout rules. */
    public enum LoginOutcome { SUCCESS, BAD_PASSWORD, LOCKED, DISABLED }

    /**
     * Records a login attempt whose password check gave {@code passwordMatches}.
     * After {@code maxAttempts} consecutive failures the account locks for {@code lockFor}.
     */
    public LoginOutcome attemptLogin(boolean passwordMatches, Instant now, int maxAttempts, Duration lockFor) {
        if (!enabled) {
            return LoginOutcome.DISABLED;
        }
        if (isLocked(now)) {
            return LoginOutcome.LOCKED;
        }
        if (passwordMatches) {
            failedAttempts = 0;
            lockedUntil = null;
            lastLoginAt = now;
            return LoginOutcome.SUCCESS;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return LoginOutcome.LOCKED;
        }
        return LoginOutcome.BAD_PASSWORD;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void unlock() {
        lockedUntil = null;
        failedAttempts = 0;
    }

    /** An administrator sets a new password; the user must change it at next login. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = true;
        unlock();
    }

    /** The user sets their own password. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    public void enable() { enabled = true; }
    public void disable() { enabled = false; }

    public Long id() { return id; }
    public String login() { return login; }
    public String displayName() { return displayName; }
    public String email() { return email; }
    public String passwordHash() { return passwordHash; }
    public Unit unit() { return unit; }
    public Set<Role> roles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public boolean enabled() { return enabled; }
    public boolean passwordChangeRequired() { return passwordChangeRequired; }
    public int failedAttempts() { return failedAttempts; }
    public Instant lockedUntil() { return lockedUntil; }
    public Instant lastLoginAt() { return lastLoginAt; }
    public Instant createdAt() { return createdAt; }
    public int version() { return version; }
}
