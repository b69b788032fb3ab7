package pl.edugmina.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import pl.edugmina.accounts.domain.AppUser.LoginOutcome;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.registry.domain.UnitData;
import pl.edugmina.security.Role;

class AppUserTest {

    private static final int MAX = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private static Unit unit() {
        UnitData d = new UnitData(73440, "Przedszkole nr 5 w Lublinie", "P 5", 1, true, "Gmina Lublin", null,
                "431551083", "9468283682", "Samsonowicza", "39", null, "20-761", "Lublin",
                "06", "0663", "0663011", "0950463", new BigDecimal("51.22983"), new BigDecimal("22.548784"),
                "81 469 27 54", "p5@edu.lublin.example", "https://p5.lublin.example", "/P5Lublin/SkrytkaESP",
                "Kamil Zawadzki", LocalDate.of(1955, 9, 1), null);
        return Unit.register(d, null, null);
    }

    private static AppUser officer() {
        return new AppUser("jan.kowalski", "Jan Kowalski", "jan@um.lublin.example", "hash", EnumSet.of(Role.DEPT_OFFICER), null);
    }

    private static LoginOutcome fail(AppUser u, Instant at) {
        return u.attemptLogin(false, at, MAX, LOCK);
    }

    private static LoginOutcome succeed(AppUser u, Instant at) {
        return u.attemptLogin(true, at, MAX, LOCK);
    }

    @Nested
    class Lockout {

        @Test
        void correctPasswordSucceedsAndRecordsTheLogin() {
            AppUser u = officer();

            assertThat(succeed(u, T0)).isEqualTo(LoginOutcome.SUCCESS);
            assertThat(u.lastLoginAt()).isEqualTo(T0);
            assertThat(u.failedAttempts()).isZero();
            assertThat(u.isLocked(T0)).isFalse();
        }

        @Test
        void failuresBelowTheLimitAreBadPassword() {
            AppUser u = officer();

            for (int i = 1; i < MAX; i++) {
                assertThat(fail(u, T0.plusSeconds(i))).as("attempt %d", i).isEqualTo(LoginOutcome.BAD_PASSWORD);
                assertThat(u.failedAttempts()).isEqualTo(i);
            }
            assertThat(u.isLocked(T0.plusSeconds(MAX))).isFalse();
            assertThat(u.lastLoginAt()).isNull();
        }

        @Test
        void theMaxthConsecutiveFailureLocksTheAccountForTheDuration() {
            AppUser u = officer();
            for (int i = 1; i < MAX; i++) {
                fail(u, T0);
            }

            assertThat(fail(u, T0)).isEqualTo(LoginOutcome.LOCKED);

            assertThat(u.lockedUntil()).isEqualTo(T0.plus(LOCK));
            assertThat(u.isLocked(T0)).isTrue();
            assertThat(u.isLocked(T0.plus(LOCK).minusMillis(1))).isTrue();
            assertThat(u.isLocked(T0.plus(LOCK))).isFalse();
        }

        @Test
        void correctPasswordDuringTheLockIsRefused() {
            AppUser u = lockedAt(T0);

            assertThat(succeed(u, T0.plus(Duration.ofMinutes(1)))).isEqualTo(LoginOutcome.LOCKED);
            assertThat(succeed(u, T0.plus(LOCK).minusSeconds(1))).isEqualTo(LoginOutcome.LOCKED);
            assertThat(u.lastLoginAt()).isNull();
        }

        @Test
        void failuresDuringTheLockDoNotExtendIt() {
            AppUser u = lockedAt(T0);

            assertThat(fail(u, T0.plusSeconds(60))).isEqualTo(LoginOutcome.LOCKED);
            assertThat(u.lockedUntil()).isEqualTo(T0.plus(LOCK));
        }

        @Test
        void loginWorksAfterTheLockExpires() {
            AppUser u = lockedAt(T0);
            Instant later = T0.plus(LOCK).plusSeconds(1);

            assertThat(succeed(u, later)).isEqualTo(LoginOutcome.SUCCESS);
            assertThat(u.lastLoginAt()).isEqualTo(later);
            assertThat(u.lockedUntil()).isNull();
            assertThat(u.failedAttempts()).isZero();
        }

        @Test
        void afterTheLockExpiresTheUserGetsAFullSetOfAttemptsAgain() {
            AppUser u = lockedAt(T0);
            Instant later = T0.plus(LOCK);

            for (int i = 1; i < MAX; i++) {
                assertThat(fail(u, later)).isEqualTo(LoginOutcome.BAD_PASSWORD);
            }
            assertThat(fail(u, later)).isEqualTo(LoginOutcome.LOCKED);
            assertThat(u.lockedUntil()).isEqualTo(later.plus(LOCK));
        }

        @Test
        void successResetsTheCounterSoFailuresMustBeConsecutive() {
            AppUser u = officer();
            for (int i = 1; i < MAX; i++) {
                fail(u, T0);
            }

            assertThat(succeed(u, T0)).isEqualTo(LoginOutcome.SUCCESS);
            assertThat(u.failedAttempts()).isZero();

            for (int i = 1; i < MAX; i++) {
                assertThat(fail(u, T0)).isEqualTo(LoginOutcome.BAD_PASSWORD);
            }
            assertThat(u.isLocked(T0)).isFalse();
        }

        @Test
        void disabledAccountIsRefusedWhateverThePassword() {
            AppUser u = officer();
            u.disable();

            assertThat(succeed(u, T0)).isEqualTo(LoginOutcome.DISABLED);
            assertThat(fail(u, T0)).isEqualTo(LoginOutcome.DISABLED);
            assertThat(u.failedAttempts()).isZero();
            assertThat(u.lastLoginAt()).isNull();
        }

        @Test
        void disabledWinsOverLocked() {
            AppUser u = lockedAt(T0);
            u.disable();

            assertThat(succeed(u, T0)).isEqualTo(LoginOutcome.DISABLED);
        }

        @Test
        void reEnabledAccountCanLogIn() {
            AppUser u = officer();
            u.disable();
            u.enable();

            assertThat(u.enabled()).isTrue();
            assertThat(succeed(u, T0)).isEqualTo(LoginOutcome.SUCCESS);
        }

        @Test
        void unlockLiftsTheLock() {
            AppUser u = lockedAt(T0);

            u.unlock();

            assertThat(u.isLocked(T0)).isFalse();
            assertThat(succeed(u, T0)).isEqualTo(LoginOutcome.SUCCESS);
        }

        private AppUser lockedAt(Instant at) {
            AppUser u = officer();
            for (int i = 0; i < MAX; i++) {
                fail(u, at);
            }
            assertThat(u.isLocked(at)).isTrue();
            return u;
        }
    }

    @Nested
    class Passwords {

        @Test
        void newAccountNeedsNoPasswordChange() {
            assertThat(officer().passwordChangeRequired()).isFalse();
        }

        @Test
        void resetPasswordRequiresAChangeAndUnlocks() {
            AppUser u = officer();
            for (int i = 0; i < MAX; i++) {
                fail(u, T0);
            }
            assertThat(u.isLocked(T0)).isTrue();

            u.resetPassword("new-hash");

            assertThat(u.passwordHash()).isEqualTo("new-hash");
            assertThat(u.passwordChangeRequired()).isTrue();
            assertThat(u.isLocked(T0)).isFalse();
            assertThat(u.lockedUntil()).isNull();
            assertThat(u.failedAttempts()).isZero();
            assertThat(succeed(u, T0)).isEqualTo(LoginOutcome.SUCCESS);
        }

        @Test
        void resetPasswordClearsPartialFailures() {
            AppUser u = officer();
            fail(u, T0);
            fail(u, T0);

            u.resetPassword("new-hash");

            assertThat(u.failedAttempts()).isZero();
        }

        @Test
        void changingOwnPasswordClearsTheRequirement() {
            AppUser u = officer();
            u.resetPassword("one-time");

            u.changePassword("own");

            assertThat(u.passwordHash()).isEqualTo("own");
            assertThat(u.passwordChangeRequired()).isFalse();
        }
    }

    @Nested
    class Assign {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"UNIT_DIRECTOR", "UNIT_SECRETARY", "UNIT_ACCOUNTANT"})
        void unitRoleNeedsAUnit(Role role) {
            AppUser u = officer();

            assertThatIllegalArgumentException().isThrownBy(() -> u.assign(EnumSet.of(role), null));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new AppUser("x", "X", null, "h", EnumSet.of(role), null));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"UNIT_DIRECTOR", "UNIT_SECRETARY", "UNIT_ACCOUNTANT"})
        void unitRoleWithAUnitIsAccepted(Role role) {
            Unit unit = unit();
            AppUser u = officer();

            u.assign(EnumSet.of(role), unit);

            assertThat(u.roles()).containsExactly(role);
            assertThat(u.unit()).isSameAs(unit);
        }

        @Test
        void unitAndDepartmentRolesCannotBeMixed() {
            AppUser u = officer();
            Unit unit = unit();

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> u.assign(EnumSet.of(Role.UNIT_DIRECTOR, Role.DEPT_OFFICER), unit));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> u.assign(EnumSet.of(Role.UNIT_ACCOUNTANT, Role.ADMIN), unit));
        }

        @Test
        void atLeastOneRoleIsRequired() {
            AppUser u = officer();

            assertThatIllegalArgumentException().isThrownBy(() -> u.assign(Set.of(), null));
            assertThatIllegalArgumentException().isThrownBy(() -> u.assign(null, null));
        }

        @Test
        void rejectedAssignmentLeavesRolesUnchanged() {
            AppUser u = officer();

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> u.assign(EnumSet.of(Role.UNIT_DIRECTOR, Role.DEPT_HEAD), unit()));

            assertThat(u.roles()).containsExactly(Role.DEPT_OFFICER);
            assertThat(u.unit()).isNull();
        }

        @Test
        void departmentRoleDropsTheUnit() {
            AppUser u = new AppUser("dyr", "Dyrektor", null, "h", EnumSet.of(Role.UNIT_DIRECTOR), unit());
            assertThat(u.unit()).isNotNull();

            u.assign(EnumSet.of(Role.DEPT_DIRECTOR), unit());

            assertThat(u.roles()).containsExactly(Role.DEPT_DIRECTOR);
            assertThat(u.unit()).isNull();
        }

        @Test
        void severalDepartmentRolesMayBeCombined() {
            AppUser u = officer();

            u.assign(EnumSet.of(Role.ADMIN, Role.DEPT_HEAD), null);

            assertThat(u.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.DEPT_HEAD);
        }

        @Test
        void rolesAreReturnedAsACopy() {
            AppUser u = officer();

            u.roles().add(Role.ADMIN);

            assertThat(u.roles()).containsExactly(Role.DEPT_OFFICER);
        }
    }

    @Nested
    class Profile {

        @Test
        void profileIsTrimmedAndBlankEmailBecomesNull() {
            AppUser u = new AppUser("a", "  Anna Nowak ", "   ", "h", EnumSet.of(Role.CITIZEN), null);

            assertThat(u.displayName()).isEqualTo("Anna Nowak");
            assertThat(u.email()).isNull();
            assertThat(u.enabled()).isTrue();
            assertThat(u.createdAt()).isNotNull();
        }

        @Test
        void displayNameIsRequired() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new AppUser("a", " ", null, "h", EnumSet.of(Role.CITIZEN), null));
        }
    }
}
