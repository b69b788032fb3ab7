package pl.edugmina.registers.application;

import org.junit.jupiter.api.Test;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.security.Actor;
import pl.edugmina.security.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads and who writes a unit's register ({@link UnitRegister}'s checks that need no database). */
class UnitRegisterRulesTest {

    private static final long SCHOOL = 11L;
    private static final long OTHER = 20L;

    private static Actor unit(Role role) {
        return new Actor("u", EnumSet.of(role), SCHOOL, Set.of(SCHOOL));
    }

    @Test
    void unitsAndTheDepartmentReadRegistersOthersDoNot() {
        assertThatCode(() -> UnitRegister.requireReader(unit(Role.UNIT_ACCOUNTANT))).doesNotThrowAnyException();
        assertThatCode(() -> UnitRegister.requireReader(new Actor("d", EnumSet.of(Role.DEPT_OFFICER), null, Set.of())))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> UnitRegister.requireReader(new Actor("c", EnumSet.of(Role.CITIZEN), null, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUnitsDirectorAndSecretariatKeepTheirOwnUnitsRegisterOnly() {
        for (Role r : new Role[] {Role.UNIT_DIRECTOR, Role.UNIT_SECRETARY}) {
            assertThatCode(() -> UnitRegister.requireKeeper(unit(r), SCHOOL)).doesNotThrowAnyException();
            assertThatThrownBy(() -> UnitRegister.requireKeeper(unit(r), OTHER)).as("another unit does not exist for them")
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> UnitRegister.requireKeeper(unit(Role.UNIT_ACCOUNTANT), SCHOOL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UnitRegister.requireKeeper(new Actor("d", EnumSet.of(Role.DEPT_DIRECTOR), null, Set.of()), SCHOOL))
                .as("the department reads, the units write").isInstanceOf(AccessDeniedException.class);
    }
}
