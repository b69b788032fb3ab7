package pl.edugmina.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a draft, field by field, with the rules the drafts share: a required value, a text no
 * longer than its limit (counted without the surrounding white space), a date within the years the registers accept
 * ({@value #MIN_YEAR}–{@value #MAX_YEAR}) and an end not before its start. Each problem is made as the draft's own
 * problem type, in the order the checks run; a rule of one draft alone is added with {@link #add}.
 *
 * @param <P> the draft's problem type
 */
public final class FieldChecks<P extends FieldProblem> {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** How the draft makes one of its problems (its record's canonical constructor). */
    @FunctionalInterface
    public interface ProblemType<P> {
        P of(String field, String messageKey, List<Object> arguments);
    }

    private final ProblemType<P> type;
    private final List<P> problems = new ArrayList<>();

    public FieldChecks(ProblemType<P> type) {
        this.type = type;
    }

    public void add(String field, String messageKey, Object... arguments) {
        problems.add(type.of(field, messageKey, List.of(arguments)));
    }

    /** {@code validation.required} when the value is missing (null, or text that is blank); tells whether it is there. */
    public boolean required(String field, Object value) {
        boolean present = value instanceof String s ? !s.isBlank() : value != null;
        if (!present) {
            add(field, "validation.required");
        }
        return present;
    }

    /** Required text of at most {@code max} characters. */
    public void requiredText(String field, String value, int max) {
        if (required(field, value)) {
            notLongerThan(field, value, max);
        }
    }

    /** Text that may be left out but, when given, has at most {@code max} characters. */
    public void optionalText(String field, String value, int max) {
        if (value != null && !value.isBlank()) {
            notLongerThan(field, value, max);
        }
    }

    /** A required date within {@value #MIN_YEAR}–{@value #MAX_YEAR} ({@code contract.date.range} otherwise). */
    public void requiredDate(String field, LocalDate date) {
        if (required(field, date) && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            add(field, "contract.date.range");
        }
    }

    /**
     * {@code contract.dateTo.beforeFrom} on {@code field} when both dates are given and {@code end} is before {@code start}
     * (the same day is fine); tells whether the end is fine.
     */
    public boolean endNotBeforeStart(String field, LocalDate start, LocalDate end) {
        boolean before = end != null && start != null && end.isBefore(start);
        if (before) {
            add(field, "contract.dateTo.beforeFrom");
        }
        return !before;
    }

    /** The problems found so far, in order (a list the draft may still add to). */
    public List<P> list() {
        return problems;
    }

    /** Text without the surrounding white space; null when there is none. */
    public static String stripToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void notLongerThan(String field, String value, int max) {
        if (value.strip().length() > max) {
            add(field, "validation.tooLong", max);
        }
    }
}
