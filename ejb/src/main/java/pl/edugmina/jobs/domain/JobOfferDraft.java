package pl.edugmina.jobs.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A job offer as a unit writes it: the position or subject, hours per week, from when, until when candidates may apply. */
public record JobOfferDraft(String position, BigDecimal hoursPerWeek, LocalDate employmentFrom, LocalDate deadline, String description) {

    public static final BigDecimal MAX_HOURS = new BigDecimal("60");

    public record Problem(String field, String messageKey, List<Object> arguments) {
        Problem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    public JobOfferDraft normalised() {
        return new JobOfferDraft(strip(position), hoursPerWeek, employmentFrom, deadline, strip(description));
    }

    /** Every wrong field; the deadline may not be in the past ({@code today}) nor after the start of employment. */
    public List<Problem> problems(LocalDate today) {
        List<Problem> p = new ArrayList<>();
        if (position == null || position.isBlank()) {
            p.add(new Problem("position", "validation.required"));
        } else if (position.strip().length() > 300) {
            p.add(new Problem("position", "validation.tooLong", 300));
        }
        if (hoursPerWeek == null) {
            p.add(new Problem("hoursPerWeek", "validation.required"));
        } else if (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(MAX_HOURS) > 0 || hoursPerWeek.stripTrailingZeros().scale() > 2) {
            p.add(new Problem("hoursPerWeek", "job.hours.invalid"));
        }
        if (employmentFrom == null) {
            p.add(new Problem("employmentFrom", "validation.required"));
        } else if (employmentFrom.getYear() > 2100) {
            p.add(new Problem("employmentFrom", "contract.date.range"));
        }
        if (deadline == null) {
            p.add(new Problem("deadline", "validation.required"));
        } else if (deadline.isBefore(today)) {
            p.add(new Problem("deadline", "job.deadline.past"));
        } else if (employmentFrom != null && deadline.isAfter(employmentFrom)) {
            p.add(new Problem("deadline", "job.deadline.afterStart"));
        }
        if (description != null && description.strip().length() > 5000) {
            p.add(new Problem("description", "validation.tooLong", 5000));
        }
        return p;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
