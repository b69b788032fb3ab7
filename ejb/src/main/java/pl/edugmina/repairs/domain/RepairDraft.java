package pl.edugmina.repairs.domain;

import pl.edugmina.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a unit writes in a repair request; {@link #problems()} names every field that is wrong. */
public record RepairDraft(String title, String description, String location, String categoryCode, String priorityCode,
                          BigDecimal estimatedCost) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_LOCATION = 300;

    /** A field that is wrong: its name, a message key and the key's arguments. */
    public record Problem(String field, String messageKey, List<Object> arguments) {
        Problem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        text(p, "title", title, MAX_TITLE, true);
        text(p, "description", description, MAX_DESCRIPTION, true);
        text(p, "location", location, MAX_LOCATION, false);
        if (blank(categoryCode)) {
            p.add(new Problem("category", "validation.required"));
        }
        if (blank(priorityCode)) {
            p.add(new Problem("priority", "validation.required"));
        }
        if (estimatedCost == null) {
            p.add(new Problem("estimatedCost", "validation.required"));
        } else if (!Money.isPositive(estimatedCost)) {
            p.add(new Problem("estimatedCost", "repair.amount.invalid"));
        }
        return p;
    }

    /** The same draft with texts stripped and blanks as null. */
    public RepairDraft normalised() {
        return new RepairDraft(strip(title), strip(description), strip(location), strip(categoryCode), strip(priorityCode),
                estimatedCost == null ? null : Money.exact(estimatedCost).orElse(estimatedCost));
    }

    private static void text(List<Problem> p, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                p.add(new Problem(field, "validation.required"));
            }
        } else if (value.strip().length() > max) {
            p.add(new Problem(field, "validation.tooLong", max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
