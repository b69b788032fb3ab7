package pl.edugmina.applications.domain;

import pl.edugmina.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules of one call for applications (nabór wniosków), all configuration:
 * <ul>
 * <li>the window: from the first moment of {@code opensOn} to the last moment of {@code closesOn}, both days
 * included, in office time (Europe/Warsaw), e.g. 15.11–15.12;</li>
 * <li>the unit types (RSPO ids) that may apply;</li>
 * <li>how many applications one unit may submit: per unit type (e.g. 3 per school or kindergarten, 6 per poradnia,
 * bursa or MDK), otherwise {@code defaultLimit};</li>
 * <li>the budget, an optional maximum per application, and whether the last funded application may get a part of
 * what it asked for when the budget runs out (see {@link FundSplit}).</li>
 * </ul>
 */
public record CallRules(LocalDate opensOn, LocalDate closesOn, Set<Integer> eligibleUnitTypes, Map<Integer, Integer> limits,
                        int defaultLimit, BigDecimal budget, BigDecimal maxPerApplication, boolean partialAllowed) {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    public static final int MAX_LIMIT = 100;
    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public enum Window { NOT_YET_OPEN, OPEN, CLOSED }

    /** Checks every rule at once: {@link Refusal.Refused} lists all that is wrong (fields as on the call's form). */
    public CallRules {
        List<Refusal> problems = new ArrayList<>();
        if (opensOn == null) {
            problems.add(new Refusal("opensOn", "validation.required"));
        }
        if (closesOn == null) {
            problems.add(new Refusal("closesOn", "validation.required"));
        }
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            problems.add(new Refusal("closesOn", "application.call.window.order"));
        }
        eligibleUnitTypes = eligibleUnitTypes == null ? Set.of() : Set.copyOf(new TreeSet<>(eligibleUnitTypes));
        if (eligibleUnitTypes.isEmpty()) {
            problems.add(new Refusal("eligibleUnitTypes", "application.call.types.none"));
        }
        limits = limits == null ? Map.of() : Map.copyOf(new TreeMap<>(limits));
        for (var e : limits.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > MAX_LIMIT) {
                problems.add(new Refusal("limits", "application.call.limit.range", MAX_LIMIT));
                break;
            }
        }
        if (defaultLimit < 1 || defaultLimit > MAX_LIMIT) {
            problems.add(new Refusal("defaultLimit", "application.call.limit.range", MAX_LIMIT));
        }
        if (budget == null) {
            problems.add(new Refusal("budget", "validation.required"));
        } else if (Money.nonNegative(budget).isEmpty() || budget.signum() <= 0) {
            problems.add(new Refusal("budget", "application.amount.invalid"));
        }
        if (maxPerApplication != null && (Money.nonNegative(maxPerApplication).isEmpty() || maxPerApplication.signum() <= 0)) {
            problems.add(new Refusal("maxPerApplication", "application.amount.invalid"));
        } else if (maxPerApplication != null && budget != null && maxPerApplication.compareTo(budget) > 0) {
            problems.add(new Refusal("maxPerApplication", "application.call.max.overBudget"));
        }
        Refusal.throwIfAny(problems);
        budget = budget.setScale(2);
        maxPerApplication = maxPerApplication == null ? null : maxPerApplication.setScale(2);
    }

    public Window window(Instant now) {
        return window(opensOn, closesOn, now);
    }

    /** Where {@code now} stands against a window of office days, both included. */
    public static Window window(LocalDate opensOn, LocalDate closesOn, Instant now) {
        if (now.isBefore(opensOn.atStartOfDay(OFFICE_ZONE).toInstant())) {
            return Window.NOT_YET_OPEN;
        }
        return now.isBefore(closesOn.plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant()) ? Window.OPEN : Window.CLOSED;
    }

    /** Today in office time. */
    public static LocalDate today(Instant now) {
        return now.atZone(OFFICE_ZONE).toLocalDate();
    }

    public boolean eligible(int unitTypeId) {
        return eligibleUnitTypes.contains(unitTypeId);
    }

    /** How many applications a unit of this type may submit in the call. */
    public int limitFor(int unitTypeId) {
        return limits.getOrDefault(unitTypeId, defaultLimit);
    }

    /**
     * Why a unit may not submit one more application now, or nothing: outside the window, a unit type that is not
     * eligible, or the unit's limit reached by the applications it already submitted ({@code alreadySubmitted}:
     * those counting towards the limit, this one excluded).
     */
    public List<Refusal> checkSubmission(int unitTypeId, String unitTypeName, long alreadySubmitted, Instant now) {
        List<Refusal> refusals = new ArrayList<>();
        windowRefusal(now).ifPresent(refusals::add);
        if (!eligible(unitTypeId)) {
            refusals.add(new Refusal("unit", "application.unit.notEligible", unitTypeName));
        } else if (alreadySubmitted >= limitFor(unitTypeId)) {
            refusals.add(new Refusal("limit", "application.limit.reached", limitFor(unitTypeId), unitTypeName, alreadySubmitted));
        }
        return refusals;
    }

    /**
     * An application returned for corrections goes back in while the window is open, or after it until the
     * correction deadline the department gave (that day included, office time). Its place under the limit is
     * its own, so the limit is not checked again.
     */
    public List<Refusal> checkResubmission(Instant now, LocalDate correctionDeadline) {
        if (window(now) == Window.OPEN) {
            return List.of();
        }
        if (correctionDeadline != null && !now.atZone(OFFICE_ZONE).toLocalDate().isAfter(correctionDeadline)) {
            return List.of();
        }
        return List.of(correctionDeadline == null ? windowRefusal(now).orElseThrow()
                : new Refusal("window", "application.correction.late", POLISH_DATE.format(correctionDeadline)));
    }

    private Optional<Refusal> windowRefusal(Instant now) {
        return switch (window(now)) {
            case NOT_YET_OPEN -> Optional.of(new Refusal("window", "application.window.notYet", POLISH_DATE.format(opensOn),
                    POLISH_DATE.format(closesOn)));
            case CLOSED -> Optional.of(new Refusal("window", "application.window.closed", POLISH_DATE.format(opensOn),
                    POLISH_DATE.format(closesOn)));
            case OPEN -> Optional.empty();
        };
    }

    /**
     * A requested amount: positive, in grosze, not above the whole budget. An amount above the call's maximum per
     * application is accepted: the split grants at most the maximum ({@link FundSplit}).
     */
    public List<Refusal> checkRequested(BigDecimal requested) {
        if (requested == null) {
            return List.of(new Refusal("requestedAmount", "validation.required"));
        }
        if (Money.nonNegative(requested).isEmpty() || requested.signum() <= 0) {
            return List.of(new Refusal("requestedAmount", "application.amount.invalid"));
        }
        if (requested.compareTo(budget) > 0) {
            return List.of(new Refusal("requestedAmount", "application.amount.overBudget", Money.format(budget)));
        }
        return List.of();
    }
}
