package pl.edugmina.applications.domain;

import pl.edugmina.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proposal of how the call's budget is split. <b>Rule</b>: go down the ranking (only ranked, i.e. completely
 * scored, applications take part); each application is offered what it asked for, capped by the call's maximum per
 * application when there is one; it gets that offer in full while the remaining budget covers it. At the first
 * application the remaining budget does not cover: if the call allows partial funding it gets what remains (when
 * anything remains), otherwise nothing; either way the split stops there and every application below it gets
 * nothing — no lower-ranked application is funded before a higher-ranked one, and what the partial rule leaves
 * unspent stays unallocated. Amounts are in grosze ({@link BigDecimal}, scale 2); the sum never exceeds the budget.
 */
public final class FundSplit {

    private FundSplit() {
    }

    public enum Outcome {
        /** The requested amount. */
        FULL,
        /** The call's maximum per application, less than requested. */
        CAPPED,
        /** What remained of the budget, less than the offer (partial funding allowed). */
        PARTIAL,
        /** Nothing: the budget ran out at or above this application. */
        NONE
    }

    public record Request(long id, BigDecimal requested) {
    }

    public record Allocation(long id, BigDecimal requested, BigDecimal amount, Outcome outcome) {
    }

    public record Result(List<Allocation> allocations, BigDecimal budget, BigDecimal allocated, BigDecimal remaining) {
    }

    /** {@code inRankOrder}: the ranked applications, best first. */
    public static Result split(List<Request> inRankOrder, BigDecimal budget, BigDecimal maxPerApplication, boolean partialAllowed) {
        BigDecimal remaining = budget.setScale(2);
        boolean stopped = false;
        List<Allocation> out = new ArrayList<>();
        for (Request r : inRankOrder) {
            BigDecimal requested = r.requested().setScale(2);
            BigDecimal offer = maxPerApplication != null && requested.compareTo(maxPerApplication) > 0 ? maxPerApplication.setScale(2) : requested;
            if (stopped || remaining.signum() == 0) {
                stopped = true;
                out.add(new Allocation(r.id(), requested, zero(), Outcome.NONE));
            } else if (offer.compareTo(remaining) <= 0) {
                out.add(new Allocation(r.id(), requested, offer, offer.compareTo(requested) < 0 ? Outcome.CAPPED : Outcome.FULL));
                remaining = remaining.subtract(offer);
            } else if (partialAllowed) {
                out.add(new Allocation(r.id(), requested, remaining, Outcome.PARTIAL));
                remaining = zero();
                stopped = true;
            } else {
                out.add(new Allocation(r.id(), requested, zero(), Outcome.NONE));
                stopped = true;
            }
        }
        BigDecimal allocated = budget.setScale(2).subtract(remaining);
        return new Result(out, budget.setScale(2), allocated, remaining);
    }

    /**
     * Amounts the department (recommendation) or the mayor (decision) set by hand instead of the proposal: every
     * application of the call given exactly once, each amount in grosze between 0 and what it asked for (and the
     * maximum per application), all together within the budget. Returns the refusals (field {@code amounts}).
     */
    public static List<Refusal> checkAmounts(Map<Long, BigDecimal> amounts, Map<Long, BigDecimal> requested, BigDecimal budget,
                                             BigDecimal maxPerApplication) {
        List<Refusal> problems = new ArrayList<>();
        Set<Long> missing = new HashSet<>(requested.keySet());
        missing.removeAll(amounts.keySet());
        if (!missing.isEmpty()) {
            problems.add(new Refusal("amounts", "application.amounts.missing", missing.stream().sorted().toList().toString()));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : amounts.entrySet()) {
            String id = String.valueOf(e.getKey());
            BigDecimal asked = requested.get(e.getKey());
            BigDecimal a = e.getValue();
            if (asked == null) {
                problems.add(new Refusal("amounts", "application.amounts.unknown", id));
            } else if (a == null || Money.nonNegative(a).isEmpty()) {
                problems.add(new Refusal("amounts", "application.amounts.invalid", id));
            } else if (a.compareTo(asked) > 0) {
                problems.add(new Refusal("amounts", "application.amounts.overRequested", id, Money.format(a), Money.format(asked)));
            } else if (maxPerApplication != null && a.compareTo(maxPerApplication) > 0) {
                problems.add(new Refusal("amounts", "application.amounts.overMax", id, Money.format(a), Money.format(maxPerApplication)));
            } else {
                sum = sum.add(a);
            }
        }
        if (sum.compareTo(budget) > 0) {
            problems.add(new Refusal("amounts", "application.amounts.overBudget", Money.format(sum), Money.format(budget)));
        }
        return problems;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
