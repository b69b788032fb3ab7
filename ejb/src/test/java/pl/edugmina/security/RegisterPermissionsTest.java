package pl.edugmina.security;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what with repair requests (and, later, the registers): decided by {@link Actor} alone. */
class RegisterPermissionsTest {

    private static final long SCHOOL = 11L;
    private static final long OTHER = 20L;

    private static Actor unit(Role role) {
        return new Actor("u", EnumSet.of(role), SCHOOL, Set.of(SCHOOL));
    }

    private static Actor department(Role role) {
        return new Actor("d", EnumSet.of(role), null, Set.of());
    }

    @Test
    void aUnitsDirectorAndSecretariatAskForTheirOwnUnitOnly() {
        for (Role r : new Role[] {Role.UNIT_DIRECTOR, Role.UNIT_SECRETARY}) {
            assertThat(unit(r).canRequestRepairsFor(SCHOOL)).isTrue();
            assertThat(unit(r).canRequestRepairsFor(OTHER)).isFalse();
            assertThat(unit(r).canViewRepairsOf(OTHER)).isFalse();
        }
        assertThat(unit(Role.UNIT_ACCOUNTANT).canRequestRepairsFor(SCHOOL)).isFalse();
        assertThat(unit(Role.UNIT_ACCOUNTANT).canViewRepairsOf(SCHOOL)).isTrue();
    }

    @Test
    void onlyTheDirectorAcceptsTheWork() {
        assertThat(unit(Role.UNIT_DIRECTOR).canAcceptRepairsOf(SCHOOL)).isTrue();
        assertThat(unit(Role.UNIT_SECRETARY).canAcceptRepairsOf(SCHOOL)).isFalse();
        assertThat(unit(Role.UNIT_DIRECTOR).canAcceptRepairsOf(OTHER)).isFalse();
        assertThat(department(Role.DEPT_DIRECTOR).canAcceptRepairsOf(SCHOOL)).isFalse();
    }

    @Test
    void theDepartmentHandlesAndOnlyItsHeadAndDirectorDecideMoney() {
        assertThat(department(Role.DEPT_OFFICER).canHandleRepairs()).isTrue();
        assertThat(department(Role.DEPT_OFFICER).canAllocateRepairFunds()).isFalse();
        assertThat(department(Role.DEPT_HEAD).canAllocateRepairFunds()).isTrue();
        assertThat(department(Role.DEPT_DIRECTOR).canAllocateRepairFunds()).isTrue();
        assertThat(department(Role.ADMIN).canViewRepairsOf(OTHER)).isTrue();
        assertThat(department(Role.ADMIN).canHandleRepairs()).as("the administrator is technical, not an official").isFalse();
        assertThat(department(Role.DEPT_OFFICER).canRequestRepairsFor(SCHOOL)).isFalse();
        assertThat(unit(Role.UNIT_DIRECTOR).canHandleRepairs()).isFalse();
        assertThat(new Actor("c", EnumSet.of(Role.CITIZEN), null, Set.of()).canViewRepairs()).isFalse();
    }

    @Test
    void anOpenJobOfferIsCorrectedByItsUnitsKeepersAndTheDepartmentsOfficials() {
        for (Role r : new Role[] {Role.UNIT_DIRECTOR, Role.UNIT_SECRETARY}) {
            assertThat(unit(r).canCorrectJobOffersOf(SCHOOL)).isTrue();
            assertThat(unit(r).canCorrectJobOffersOf(OTHER)).isFalse();
        }
        assertThat(unit(Role.UNIT_ACCOUNTANT).canCorrectJobOffersOf(SCHOOL)).isFalse();
        for (Role r : new Role[] {Role.DEPT_OFFICER, Role.DEPT_HEAD, Role.DEPT_DIRECTOR}) {
            assertThat(department(r).canCorrectJobOffersOf(SCHOOL)).isTrue();
            assertThat(department(r).canKeepRegistersOf(SCHOOL)).as("the department corrects offers, it does not publish them").isFalse();
        }
        assertThat(department(Role.ADMIN).canCorrectJobOffersOf(SCHOOL)).as("the administrator is technical, not an official").isFalse();
        assertThat(new Actor("c", EnumSet.of(Role.CITIZEN), null, Set.of()).canCorrectJobOffersOf(SCHOOL)).isFalse();
    }
}
