package pl.edugmina.jobs.domain;

import pl.edugmina.common.FieldChecks;
import pl.edugmina.common.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static pl.edugmina.common.FieldChecks.stripToNull;

/** A job offer as a unit writes it: the position or subject, hours per week, from when, until when candidates may apply. */
public record JobOfferDraft(String position, BigDecimal hoursPerWeek, LocalDate employmentFrom, LocalDate deadline, String description) {

    public static final BigDecimal MAX_HOURS = new BigDecimal("60");

    public record Problem(String field, String messageKey, List<Object> arguments) implements FieldProblem {
    }

    public JobOfferDraft normalised() {
        return new JobOfferDraft(stripToNull(position), hoursPerWeek, employmentFrom, deadline, stripToNull(description));
    }

    /** Every wrong field; the deadline may not be in the past ({@code today}) nor after the start of employment. */
    public List<Problem> problems(LocalDate today) {
        FieldChecks<Problem> p = new FieldChecks<>(Problem::new);
        p.requiredText("position", position, 300);
        if (p.required("hoursPerWeek", hoursPerWeek)
                && (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(MAX_HOURS) > 0 || hoursPerWeek.stripTrailingZeros().scale() > 2)) {
            p.add("hoursPerWeek", "job.hours.invalid");
        }
        if (p.required("employmentFrom", employmentFrom) && employmentFrom.getYear() > FieldChecks.MAX_YEAR) {
            p.add("employmentFrom", "contract.date.range");
        }
        if (p.required("deadline", deadline)) {
            if (deadline.isBefore(today)) {
                p.add("deadline", "job.deadline.past");
            } else if (employmentFrom != null && deadline.isAfter(employmentFrom)) {
                p.add("deadline", "job.deadline.afterStart");
            }
        }
        p.optionalText("description", description, 5000);
        return p.list();
    }
}
