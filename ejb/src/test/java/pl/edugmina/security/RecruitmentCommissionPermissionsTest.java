package pl.edugmina.security;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sits on a unit's recruitment commission and whose applications they verify. */
class RecruitmentCommissionPermissionsTest {

    private static final long SCHOOL = 11L;
    private static final long OTHER = 20L;

    private static Actor unit(Role role) {
        return new Actor("u", EnumSet.of(role), SCHOOL, Set.of(SCHOOL));
    }

    private static Actor department(Role role) {
        return new Actor("d", EnumSet.of(role), null, Set.of());
    }

    @Test
    void aUnitsDirectorAndSecretariatVerifyTheirOwnUnitsApplicationsOnly() {
        for (Role r : new Role[] {Role.UNIT_DIRECTOR, Role.UNIT_SECRETARY}) {
            assertThat(unit(r).sitsOnRecruitmentCommission()).isTrue();
            assertThat(unit(r).canVerifyRecruitmentApplicationsOf(SCHOOL)).isTrue();
            assertThat(unit(r).canVerifyRecruitmentApplicationsOf(OTHER)).isFalse();
        }
        assertThat(unit(Role.UNIT_ACCOUNTANT).sitsOnRecruitmentCommission()).isFalse();
        assertThat(unit(Role.UNIT_ACCOUNTANT).canVerifyRecruitmentApplicationsOf(SCHOOL)).isFalse();
    }

    @Test
    void theDepartmentsOfficialsMayVerifyAnyUnitsTheAdministratorAndParentsNone() {
        for (Role r : new Role[] {Role.DEPT_DIRECTOR, Role.DEPT_HEAD, Role.DEPT_OFFICER}) {
            assertThat(department(r).sitsOnRecruitmentCommission()).isTrue();
            assertThat(department(r).canVerifyRecruitmentApplicationsOf(OTHER)).isTrue();
        }
        assertThat(department(Role.ADMIN).sitsOnRecruitmentCommission()).isFalse();
        assertThat(department(Role.ADMIN).canVerifyRecruitmentApplicationsOf(SCHOOL)).isFalse();
        assertThat(department(Role.CITIZEN).sitsOnRecruitmentCommission()).isFalse();
        assertThat(department(Role.CITIZEN).canVerifyRecruitmentApplicationsOf(SCHOOL)).isFalse();
    }
}
