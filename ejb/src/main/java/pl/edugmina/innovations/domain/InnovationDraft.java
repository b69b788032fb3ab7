package pl.edugmina.innovations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An innovation as a unit enters it; {@link #problems()} names every wrong field. */
public record InnovationDraft(String title, Set<InnovationKind> kinds, String subjectArea, String classes, LocalDate dateFrom,
                              LocalDate dateTo, String authors, InnovationStatus status, String description) {

    public record Problem(String field, String messageKey, List<Object> arguments) {
        Problem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    public InnovationDraft normalised() {
        return new InnovationDraft(strip(title), kinds == null ? EnumSet.noneOf(InnovationKind.class) : EnumSet.copyOf(
                kinds.isEmpty() ? EnumSet.noneOf(InnovationKind.class) : kinds), strip(subjectArea), strip(classes), dateFrom, dateTo,
                strip(authors), status, strip(description));
    }

    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        text(p, "title", title, 300, true);
        if (kinds == null || kinds.isEmpty()) {
            p.add(new Problem("kinds", "innovation.kinds.required"));
        }
        text(p, "subjectArea", subjectArea, 300, false);
        text(p, "classes", classes, 300, true);
        if (dateFrom == null) {
            p.add(new Problem("dateFrom", "validation.required"));
        } else if (dateFrom.getYear() < 2000 || dateFrom.getYear() > 2100) {
            p.add(new Problem("dateFrom", "contract.date.range"));
        }
        if (dateTo != null && dateFrom != null && dateTo.isBefore(dateFrom)) {
            p.add(new Problem("dateTo", "contract.dateTo.beforeFrom"));
        }
        text(p, "authors", authors, 1000, true);
        if (status == null) {
            p.add(new Problem("status", "validation.required"));
        }
        text(p, "description", description, 5000, false);
        return p;
    }

    private static void text(List<Problem> p, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.add(new Problem(field, "validation.required"));
            }
        } else if (value.strip().length() > max) {
            p.add(new Problem(field, "validation.tooLong", max));
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
