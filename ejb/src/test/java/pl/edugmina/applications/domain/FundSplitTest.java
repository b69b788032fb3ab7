package pl.edugmina.applications.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.edugmina.applications.domain.FundSplit.Outcome.*;

class FundSplitTest {

    static FundSplit.Request r(long id, String amount) {
        return new FundSplit.Request(id, new BigDecimal(amount));
    }

    static BigDecimal pln(String s) {
        return new BigDecimal(s).setScale(2);
    }

    @Test
    void requestedAmountsInRankOrderUntilTheBudgetIsUsedUpExactly() {
        var result = FundSplit.split(List.of(r(1, "4000"), r(2, "3500.50"), r(3, "2499.50"), r(4, "100")), pln("10000"), null, true);
        assertThat(result.allocations()).extracting(FundSplit.Allocation::amount)
                .containsExactly(pln("4000"), pln("3500.50"), pln("2499.50"), pln("0"));
        assertThat(result.allocations()).extracting(FundSplit.Allocation::outcome).containsExactly(FULL, FULL, FULL, NONE);
        assertThat(result.allocated()).isEqualTo(pln("10000"));
        assertThat(result.remaining()).isEqualTo(pln("0"));
    }

    @Test
    void theLastOneGetsWhatRemainsWhenTheCallAllowsPartialFunding() {
        var result = FundSplit.split(List.of(r(1, "6000"), r(2, "5000"), r(3, "1000")), pln("10000"), null, true);
        assertThat(result.allocations()).extracting(FundSplit.Allocation::amount).containsExactly(pln("6000"), pln("4000"), pln("0"));
        assertThat(result.allocations()).extracting(FundSplit.Allocation::outcome).containsExactly(FULL, PARTIAL, NONE);
        assertThat(result.remaining()).isEqualTo(pln("0"));
    }

    @Test
    void withoutPartialFundingTheSplitStopsAndNoLowerRankedApplicationJumpsAhead() {
        var result = FundSplit.split(List.of(r(1, "6000"), r(2, "5000"), r(3, "1000")), pln("10000"), null, false);
        assertThat(result.allocations()).extracting(FundSplit.Allocation::amount).containsExactly(pln("6000"), pln("0"), pln("0"));
        assertThat(result.allocations()).extracting(FundSplit.Allocation::outcome).containsExactly(FULL, NONE, NONE);
        assertThat(result.allocated()).isEqualTo(pln("6000"));
        assertThat(result.remaining()).as("left unallocated").isEqualTo(pln("4000"));
    }

    @Test
    void theMaximumPerApplicationCapsTheOffer() {
        var result = FundSplit.split(List.of(r(1, "25000"), r(2, "8000"), r(3, "20000")), pln("45000"), pln("20000"), true);
        assertThat(result.allocations()).extracting(FundSplit.Allocation::amount).containsExactly(pln("20000"), pln("8000"), pln("17000"));
        assertThat(result.allocations()).extracting(FundSplit.Allocation::outcome).containsExactly(CAPPED, FULL, PARTIAL);
    }

    @Test
    void nothingToSplit() {
        var result = FundSplit.split(List.of(), pln("1000"), null, true);
        assertThat(result.allocations()).isEmpty();
        assertThat(result.remaining()).isEqualTo(pln("1000"));
    }

    @Test
    void neverAboveTheBudgetNeverAboveTheOfferAndNeverOutOfRankOrder() {
        Random random = new Random(20261127);
        for (int run = 0; run < 2000; run++) {
            List<FundSplit.Request> requests = new ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                requests.add(new FundSplit.Request(i, BigDecimal.valueOf(1 + random.nextInt(2_000_000), 2)));
            }
            BigDecimal budget = BigDecimal.valueOf(random.nextInt(5_000_000), 2);
            BigDecimal cap = random.nextBoolean() ? null : BigDecimal.valueOf(1 + random.nextInt(1_500_000), 2);
            boolean partial = random.nextBoolean();
            var result = FundSplit.split(requests, budget, cap, partial);
            BigDecimal sum = result.allocations().stream().map(FundSplit.Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isLessThanOrEqualTo(budget);
            assertThat(sum.add(result.remaining())).isEqualByComparingTo(budget);
            boolean none = false;
            int partials = 0;
            for (var a : result.allocations()) {
                assertThat(a.amount().scale()).isEqualTo(2);
                assertThat(a.amount()).isLessThanOrEqualTo(a.requested());
                if (cap != null) {
                    assertThat(a.amount()).isLessThanOrEqualTo(cap);
                }
                if (none) {
                    assertThat(a.outcome()).as("after the first unfunded one, nothing").isEqualTo(NONE);
                }
                none |= a.outcome() == NONE || a.outcome() == PARTIAL;
                partials += a.outcome() == PARTIAL ? 1 : 0;
            }
            assertThat(partials).isLessThanOrEqualTo(partial ? 1 : 0);
        }
    }

    @Test
    void amountsSetByHandAreCheckedAgainstRequestsMaximumAndBudget() {
        Map<Long, BigDecimal> requested = Map.of(1L, pln("6000"), 2L, pln("5000"));
        assertThat(FundSplit.checkAmounts(Map.of(1L, pln("6000"), 2L, pln("4000")), requested, pln("10000"), null)).isEmpty();
        assertThat(FundSplit.checkAmounts(Map.of(1L, pln("6000"), 2L, pln("4000.01")), requested, pln("10000"), null))
                .extracting(Refusal::messageKey).containsExactly("application.amounts.overBudget");
        assertThat(FundSplit.checkAmounts(Map.of(1L, pln("6000.01"), 2L, pln("0")), requested, pln("10000"), null))
                .extracting(Refusal::messageKey).containsExactly("application.amounts.overRequested");
        assertThat(FundSplit.checkAmounts(Map.of(1L, pln("5500")), requested, pln("10000"), pln("5000")))
                .extracting(Refusal::messageKey).containsExactly("application.amounts.missing", "application.amounts.overMax");
        assertThat(FundSplit.checkAmounts(Map.of(1L, pln("1"), 2L, pln("1"), 3L, pln("1")), requested, pln("10000"), null))
                .extracting(Refusal::messageKey).containsExactly("application.amounts.unknown");
    }
}
