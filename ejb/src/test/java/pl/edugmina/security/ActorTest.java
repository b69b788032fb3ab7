package pl.edugmina.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActorTest {

    /** A zespół (id 10) with two member units (11, 12); unit 20 is unrelated. */
    private static final long ZESPOL = 10L;
    private static final long MEMBER_A = 11L;
    private static final long MEMBER_B = 12L;
    private static final long OTHER = 20L;

    private static Actor departmentUser(Role role) {
        return new Actor("dept", EnumSet.of(role), null, Set.of());
    }

    private static Actor unitUser(Role role, long unit, Long... children) {
        Set<Long> scope = new java.util.HashSet<>(Set.of(children));
        scope.add(unit);
        return new Actor("unit", EnumSet.of(role), unit, scope);
    }

    @Nested
    class DepartmentRoles {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"ADMIN", "DEPT_DIRECTOR", "DEPT_HEAD", "DEPT_OFFICER"})
        void seeAndEditEveryUnitAndManageTheRegistry(Role role) {
            Actor a = departmentUser(role);

            assertThat(a.isAuthenticated()).isTrue();
            assertThat(a.seesAllUnits()).isTrue();
            assertThat(a.isUnitUser()).isFalse();
            assertThat(a.canViewRegistry()).isTrue();
            for (long id : new long[] {ZESPOL, MEMBER_A, OTHER, 999_999L}) {
                assertThat(a.canViewUnit(id)).as("view %d", id).isTrue();
                assertThat(a.canEditUnit(id)).as("edit %d", id).isTrue();
                assertThat(a.canEditStaffOf(id)).as("staff of %d", id).isTrue();
            }
            assertThat(a.canEditStaffOf(null)).as("department staff (no unit)").isTrue();
            assertThat(a.canManageRegistry()).isTrue();
            assertThat(a.canManageGroups()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"DEPT_DIRECTOR", "DEPT_HEAD", "DEPT_OFFICER"})
        void departmentStaffOtherThanAdminCannotAdministerUsersOrViewAudit(Role role) {
            Actor a = departmentUser(role);

            assertThat(a.canAdministerUsers()).isFalse();
            assertThat(a.canViewAudit()).isFalse();
            assertThat(a.canAdministerMail()).as("sent e-mails: addresses are personal data").isFalse();
        }

        @Test
        void onlyAdminAdministersUsersAndViewsAudit() {
            Actor admin = departmentUser(Role.ADMIN);

            assertThat(admin.canAdministerUsers()).isTrue();
            assertThat(admin.canViewAudit()).isTrue();
            assertThat(admin.canAdministerMail()).isTrue();
        }

        @Test
        void systemActorIsAnAdministrator() {
            Actor system = Actor.system();

            assertThat(system.isAuthenticated()).isTrue();
            assertThat(system.seesAllUnits()).isTrue();
            assertThat(system.canManageRegistry()).isTrue();
            assertThat(system.canAdministerUsers()).isTrue();
        }
    }

    @Nested
    class UnitRoles {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"UNIT_DIRECTOR", "UNIT_SECRETARY"})
        void directorAndSecretariatViewAndEditOnlyTheirOwnUnit(Role role) {
            Actor a = unitUser(role, OTHER);

            assertThat(a.isAuthenticated()).isTrue();
            assertThat(a.seesAllUnits()).isFalse();
            assertThat(a.isUnitUser()).isTrue();
            assertThat(a.canViewRegistry()).isTrue();
            assertThat(a.canViewUnit(OTHER)).isTrue();
            assertThat(a.canEditUnit(OTHER)).isTrue();
            assertThat(a.canEditStaffOf(OTHER)).isTrue();
            assertThat(a.canViewUnit(ZESPOL)).isFalse();
            assertThat(a.canEditUnit(ZESPOL)).isFalse();
            assertThat(a.canEditStaffOf(ZESPOL)).isFalse();
            assertThat(a.canEditStaffOf(null)).as("department staff").isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"UNIT_DIRECTOR", "UNIT_SECRETARY", "UNIT_ACCOUNTANT"})
        void unitRolesNeverManageTheRegistryUsersOrAudit(Role role) {
            Actor a = unitUser(role, ZESPOL, MEMBER_A, MEMBER_B);

            assertThat(a.canManageRegistry()).isFalse();
            assertThat(a.canManageGroups()).isFalse();
            assertThat(a.canAdministerUsers()).isFalse();
            assertThat(a.canViewAudit()).isFalse();
            assertThat(a.canAdministerMail()).isFalse();
        }

        @Test
        void accountantViewsOwnScopeButEditsNothing() {
            Actor a = unitUser(Role.UNIT_ACCOUNTANT, ZESPOL, MEMBER_A, MEMBER_B);

            assertThat(a.isUnitUser()).isTrue();
            assertThat(a.canViewRegistry()).isTrue();
            assertThat(a.canViewUnit(ZESPOL)).isTrue();
            assertThat(a.canViewUnit(MEMBER_A)).isTrue();
            assertThat(a.canViewUnit(OTHER)).isFalse();
            for (long id : new long[] {ZESPOL, MEMBER_A, MEMBER_B, OTHER}) {
                assertThat(a.canEditUnit(id)).as("edit %d", id).isFalse();
                assertThat(a.canEditStaffOf(id)).as("staff of %d", id).isFalse();
            }
        }

        @Test
        void accountantWhoIsAlsoSecretaryMayEdit() {
            Actor a = new Actor("both", EnumSet.of(Role.UNIT_ACCOUNTANT, Role.UNIT_SECRETARY), OTHER, Set.of(OTHER));

            assertThat(a.canEditUnit(OTHER)).isTrue();
        }

        @Test
        void zespolDirectorSeesAndEditsTheZespolAndItsMembersOnly() {
            Actor a = unitUser(Role.UNIT_DIRECTOR, ZESPOL, MEMBER_A, MEMBER_B);

            for (long id : new long[] {ZESPOL, MEMBER_A, MEMBER_B}) {
                assertThat(a.canViewUnit(id)).as("view %d", id).isTrue();
                assertThat(a.canEditUnit(id)).as("edit %d", id).isTrue();
                assertThat(a.canEditStaffOf(id)).as("staff of %d", id).isTrue();
            }
            assertThat(a.canViewUnit(OTHER)).isFalse();
            assertThat(a.canEditUnit(OTHER)).isFalse();
            assertThat(a.canEditStaffOf(OTHER)).isFalse();
        }

        @Test
        void memberUnitDirectorDoesNotSeeTheZespolOrSiblings() {
            Actor a = unitUser(Role.UNIT_DIRECTOR, MEMBER_A);

            assertThat(a.canViewUnit(MEMBER_A)).isTrue();
            assertThat(a.canEditUnit(MEMBER_A)).isTrue();
            assertThat(a.canViewUnit(ZESPOL)).isFalse();
            assertThat(a.canEditUnit(ZESPOL)).isFalse();
            assertThat(a.canViewUnit(MEMBER_B)).isFalse();
            assertThat(a.canEditUnit(MEMBER_B)).isFalse();
        }

        @Test
        void unitUserWithEmptyScopeSeesNothing() {
            Actor a = new Actor("nobody", EnumSet.of(Role.UNIT_DIRECTOR), null, Set.of());

            assertThat(a.canViewRegistry()).isTrue();
            assertThat(a.canViewUnit(OTHER)).isFalse();
            assertThat(a.canEditUnit(OTHER)).isFalse();
        }

        @Test
        void departmentRoleWinsOverUnitRole() {
            Actor a = new Actor("mixed", EnumSet.of(Role.DEPT_OFFICER, Role.UNIT_ACCOUNTANT), OTHER, Set.of(OTHER));

            assertThat(a.seesAllUnits()).isTrue();
            assertThat(a.isUnitUser()).isFalse();
            assertThat(a.canViewUnit(ZESPOL)).isTrue();
            assertThat(a.canEditUnit(ZESPOL)).isTrue();
        }
    }

    @Nested
    class NoAccess {

        @Test
        void citizenSeesNothingEvenWithAScope() {
            Actor a = new Actor("parent", EnumSet.of(Role.CITIZEN), OTHER, Set.of(OTHER));

            assertThat(a.isAuthenticated()).isTrue();
            assertNoRegistryAccess(a);
        }

        @Test
        void anonymousSeesNothing() {
            Actor a = Actor.anonymous();

            assertThat(a.isAuthenticated()).isFalse();
            assertThat(a.login()).isEqualTo(Actor.ANONYMOUS);
            assertNoRegistryAccess(a);
        }

        @Test
        void loginWithoutRolesIsNotAuthenticated() {
            Actor a = new Actor("jan", Set.of(), null, Set.of());

            assertThat(a.isAuthenticated()).isFalse();
            assertNoRegistryAccess(a);
        }

        private void assertNoRegistryAccess(Actor a) {
            assertThat(a.seesAllUnits()).isFalse();
            assertThat(a.isUnitUser()).isFalse();
            assertThat(a.canViewRegistry()).isFalse();
            for (long id : new long[] {ZESPOL, MEMBER_A, OTHER}) {
                assertThat(a.canViewUnit(id)).as("view %d", id).isFalse();
                assertThat(a.canEditUnit(id)).as("edit %d", id).isFalse();
                assertThat(a.canEditStaffOf(id)).as("staff of %d", id).isFalse();
            }
            assertThat(a.canEditStaffOf(null)).isFalse();
            assertThat(a.canManageRegistry()).isFalse();
            assertThat(a.canManageGroups()).isFalse();
            assertThat(a.canAdministerUsers()).isFalse();
            assertThat(a.canViewAudit()).isFalse();
        }
    }

    @Test
    void rolesAndScopeAreDefensiveCopies() {
        Set<Role> roles = EnumSet.of(Role.UNIT_ACCOUNTANT);
        Set<Long> scope = new java.util.HashSet<>(Set.of(OTHER));
        Actor a = new Actor("acc", roles, OTHER, scope);

        roles.add(Role.ADMIN);
        scope.add(ZESPOL);

        assertThat(a.has(Role.ADMIN)).isFalse();
        assertThat(a.canViewUnit(ZESPOL)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleIsEitherDepartmentUnitOrCitizen(Role role) {
        int categories = (role.isDepartmentRole() ? 1 : 0) + (role.isUnitRole() ? 1 : 0) + (role == Role.CITIZEN ? 1 : 0);
        assertThat(categories).as("exactly one category").isEqualTo(1);
        assertThat(role.messageKey()).isEqualTo("role." + role.name());
    }

    @Nested
    class Correspondence {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"ADMIN", "DEPT_DIRECTOR", "DEPT_HEAD", "DEPT_OFFICER"})
        void theDepartmentSeesEveryItemIncludingThoseOfNoUnit(Role role) {
            Actor a = departmentUser(role);
            assertThat(a.canUseCorrespondence()).isTrue();
            assertThat(a.canViewCorrespondenceOf(null)).isTrue();
            assertThat(a.canViewCorrespondenceOf(OTHER)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"UNIT_DIRECTOR", "UNIT_SECRETARY"})
        void aUnitsOfficeSeesItsOwnItemsOnly(Role role) {
            Actor a = unitUser(role, ZESPOL, MEMBER_A);
            assertThat(a.canUseCorrespondence()).isTrue();
            assertThat(a.canViewCorrespondenceOf(ZESPOL)).isTrue();
            assertThat(a.canViewCorrespondenceOf(MEMBER_A)).isTrue();
            assertThat(a.canViewCorrespondenceOf(OTHER)).isFalse();
            assertThat(a.canViewCorrespondenceOf(null)).as("the department's own mail").isFalse();
        }

        @Test
        void theAccountantAndCitizensHaveNoCorrespondence() {
            Actor accountant = unitUser(Role.UNIT_ACCOUNTANT, ZESPOL);
            assertThat(accountant.canUseCorrespondence()).isFalse();
            assertThat(accountant.canViewCorrespondenceOf(ZESPOL)).isFalse();
            Actor citizen = new Actor("rodzic", EnumSet.of(Role.CITIZEN), null, Set.of());
            assertThat(citizen.canUseCorrespondence()).isFalse();
            assertThat(citizen.canViewCorrespondenceOf(null)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void onlyCitizensWriteLettersOnThePortal(Role role) {
            Actor a = new Actor("x", EnumSet.of(role), null, Set.of());
            assertThat(a.canWritePortalLetters()).isEqualTo(role == Role.CITIZEN);
            assertThat(Actor.anonymous().canWritePortalLetters()).isFalse();
        }
    }

    @Nested
    class Applications {

        @Test
        void aCallIsRunByItsAuthorTheHeadTheDirectorAndTheAdministrator() {
            Actor author = new Actor("autor", EnumSet.of(Role.DEPT_OFFICER), null, Set.of());
            Actor otherOfficer = new Actor("inny", EnumSet.of(Role.DEPT_OFFICER), null, Set.of());
            assertThat(author.canManageApplicationCall("autor")).isTrue();
            assertThat(otherOfficer.canManageApplicationCall("autor")).as("sees it only as a committee member").isFalse();
            assertThat(otherOfficer.canCreateApplicationCalls()).isTrue();
            for (Role r : EnumSet.of(Role.ADMIN, Role.DEPT_DIRECTOR, Role.DEPT_HEAD)) {
                assertThat(departmentUser(r).canManageApplicationCall("autor")).as(r.name()).isTrue();
            }
            assertThat(departmentUser(Role.DEPT_DIRECTOR).canRecordApplicationDecision()).isTrue();
            assertThat(departmentUser(Role.DEPT_HEAD).canRecordApplicationDecision()).isFalse();
        }

        @Test
        void onlyAssignedDepartmentStaffScore() {
            assertThat(departmentUser(Role.DEPT_OFFICER).canScoreApplication(true)).isTrue();
            assertThat(departmentUser(Role.DEPT_OFFICER).canScoreApplication(false)).isFalse();
            assertThat(unitUser(Role.UNIT_DIRECTOR, OTHER).canScoreApplication(true)).as("a unit user never scores").isFalse();
            assertThat(unitUser(Role.UNIT_DIRECTOR, OTHER).canSitOnCommittee()).isFalse();
            assertThat(new Actor("rodzic", EnumSet.of(Role.CITIZEN), null, Set.of()).canSitOnCommittee()).isFalse();
        }

        @Test
        void aUnitAppliesForItselfAndItsZespolMembersOnly() {
            Actor director = unitUser(Role.UNIT_DIRECTOR, ZESPOL, MEMBER_A, MEMBER_B);
            assertThat(director.canApplyFor(MEMBER_A)).isTrue();
            assertThat(director.canApplyFor(OTHER)).isFalse();
            Actor accountant = unitUser(Role.UNIT_ACCOUNTANT, OTHER);
            assertThat(accountant.canApplyFor(OTHER)).as("the accountant follows, does not apply").isFalse();
            assertThat(accountant.canViewApplicationsOf(OTHER)).isTrue();
            assertThat(accountant.canViewApplicationsOf(ZESPOL)).isFalse();
            assertThat(departmentUser(Role.DEPT_DIRECTOR).canApplyFor(OTHER)).isFalse();
        }
    }
}
