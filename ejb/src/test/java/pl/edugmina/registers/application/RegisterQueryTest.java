package pl.edugmina.registers.application;

import org.junit.jupiter.api.Test;
import pl.edugmina.security.Actor;
import pl.edugmina.security.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterQueryTest {

    private static final String SELECT = "select e.id from entry e where 1 = 1";

    private static Actor unitUser() {
        return new Actor("u", EnumSet.of(Role.UNIT_DIRECTOR), 11L, Set.of(11L));
    }

    private static Actor department() {
        return new Actor("d", EnumSet.of(Role.DEPT_OFFICER), null, Set.of());
    }

    @Test
    void aUnitsUserReadsOnlyTheirUnitsEntries() {
        RegisterQuery q = RegisterQuery.scoped(unitUser(), SELECT, "e");
        assertThat(q.sql()).isEqualTo(SELECT + " and e.unit_id = any(cast(:scope as bigint[]))");
        assertThat(q.parameters()).containsOnlyKeys("scope");
        assertThat((Long[]) q.parameters().get("scope")).containsExactly(11L);
    }

    @Test
    void theDepartmentReadsTheCityAndNothingUnusedIsBound() {
        RegisterQuery q = RegisterQuery.scoped(department(), SELECT, "e").entry(null).unit(null).search("  ", "e.name ilike :q");
        assertThat(q.sql()).isEqualTo(SELECT);
        assertThat(q.parameters()).isEmpty();
    }

    @Test
    void filtersAddTheirConditionsWithTheirParameters() {
        RegisterQuery q = RegisterQuery.scoped(department(), SELECT, "e").entry(5L).unit(11L).and("e.kind = :kind", "kind", "A")
                .and("e.from <= :end and e.to >= :start").bind("start", 1).bind("end", 2).search(" 50%_a\\b ", "e.name ilike :q");
        assertThat(q.sql()).isEqualTo(SELECT + " and e.id = :id and e.unit_id = :unit and e.kind = :kind and e.from <= :end and e.to >= :start"
                + " and e.name ilike :q");
        assertThat(q.parameters()).containsOnlyKeys("id", "unit", "kind", "start", "end", "q").containsEntry("id", 5L).containsEntry("unit", 11L)
                .containsEntry("q", "%50\\%\\_a\\\\b%");
    }
}
