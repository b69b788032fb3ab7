package pl.edugmina.innovations.domain;

import pl.edugmina.common.FieldChecks;
import pl.edugmina.common.FieldProblem;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static pl.edugmina.common.FieldChecks.stripToNull;

/** An innovation as a unit enters it; {@link #problems()} names every wrong field. */
public record InnovationDraft(String title, Set<InnovationKind> kinds, String subjectArea, String classes, LocalDate dateFrom,
                              LocalDate dateTo, String authors, InnovationStatus status, String description) {

    public record Problem(String field, String messageKey, List<Object> arguments) implements FieldProblem {
    }

    public InnovationDraft normalised() {
        return new InnovationDraft(stripToNull(title), kinds == null ? EnumSet.noneOf(InnovationKind.class) : EnumSet.copyOf(
                kinds.isEmpty() ? EnumSet.noneOf(InnovationKind.class) : kinds), stripToNull(subjectArea), stripToNull(classes), dateFrom,
                dateTo, stripToNull(authors), status, stripToNull(description));
    }

    public List<Problem> problems() {
        FieldChecks<Problem> p = new FieldChecks<>(Problem::new);
        p.requiredText("title", title, 300);
        if (kinds == null || kinds.isEmpty()) {
            p.add("kinds", "innovation.kinds.required");
        }
        p.optionalText("subjectArea", subjectArea, 300);
        p.requiredText("classes", classes, 300);
        p.requiredDate("dateFrom", dateFrom);
        p.endNotBeforeStart("dateTo", dateFrom, dateTo);
        p.requiredText("authors", authors, 1000);
        p.required("status", status);
        p.optionalText("description", description, 5000);
        return p.list();
    }
}
