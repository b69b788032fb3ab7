package pl.edugmina.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FieldChecksTest {

    record Problem(String field, String messageKey, List<Object> arguments) implements FieldProblem {
    }

    private final FieldChecks<Problem> checks = new FieldChecks<>(Problem::new);

    @Test
    void aMissingValueIsNamedAndBlankTextIsMissing() {
        assertThat(checks.required("a", null)).isFalse();
        assertThat(checks.required("b", "  ")).isFalse();
        assertThat(checks.required("c", "x")).isTrue();
        assertThat(checks.required("d", 0)).isTrue();
        assertThat(checks.list()).containsExactly(new Problem("a", "validation.required", List.of()),
                new Problem("b", "validation.required", List.of()));
    }

    @Test
    void textIsMeasuredWithoutTheSpacesAroundIt() {
        checks.requiredText("title", "  abc  ", 3);
        checks.requiredText("title", "abcd", 3);
        checks.requiredText("missing", null, 3);
        checks.optionalText("note", " ", 3);
        checks.optionalText("note", null, 3);
        checks.optionalText("note", "abcd", 3);
        assertThat(checks.list()).containsExactly(new Problem("title", "validation.tooLong", List.of(3)),
                new Problem("missing", "validation.required", List.of()), new Problem("note", "validation.tooLong", List.of(3)));
    }

    @Test
    void datesStayWithinTheYearsTheRegistersAccept() {
        checks.requiredDate("from", LocalDate.of(2000, 1, 1));
        checks.requiredDate("from", LocalDate.of(2100, 12, 31));
        checks.requiredDate("early", LocalDate.of(1999, 12, 31));
        checks.requiredDate("late", LocalDate.of(2101, 1, 1));
        checks.requiredDate("none", null);
        assertThat(checks.list()).extracting(Problem::field, Problem::messageKey).containsExactly(
                tuple("early", "contract.date.range"), tuple("late", "contract.date.range"),
                tuple("none", "validation.required"));
    }

    @Test
    void anEndMayBeTheStartDayButNotBeforeIt() {
        LocalDate day = LocalDate.of(2026, 5, 4);
        assertThat(checks.endNotBeforeStart("to", day, day)).isTrue();
        assertThat(checks.endNotBeforeStart("to", day, null)).isTrue();
        assertThat(checks.endNotBeforeStart("to", null, day)).isTrue();
        assertThat(checks.endNotBeforeStart("to", day, day.minusDays(1))).isFalse();
        assertThat(checks.list()).containsExactly(new Problem("to", "contract.dateTo.beforeFrom", List.of()));
    }

    @Test
    void problemsBecomeViolationsInTheirOrder() {
        checks.add("x", "k.one", 1);
        checks.add("y", "k.two");
        assertThat(ValidationException.Violation.allOf(checks.list())).containsExactly(
                new ValidationException.Violation("x", "k.one", 1), new ValidationException.Violation("y", "k.two"));
        ValidationException.throwIfAny(List.of());
        assertThatThrownBy(() -> ValidationException.throwIfAny(ValidationException.Violation.allOf(checks.list())))
                .isInstanceOf(ValidationException.class);
        assertThat(FieldChecks.stripToNull("  a b ")).isEqualTo("a b");
        assertThat(FieldChecks.stripToNull(" ")).isNull();
    }
}
