package pl.edugmina.repairs.domain;

import pl.edugmina.common.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoolBalanceTest {

    private static PoolBalance.Commitment allocated(String a) {
        return new PoolBalance.Commitment(new BigDecimal(a), null);
    }

    private static PoolBalance.Commitment settled(String allocated, String actual) {
        return new PoolBalance.Commitment(new BigDecimal(allocated), new BigDecimal(actual));
    }

    @Test
    void poolAllocatedSettledAndRemaining() {
        PoolBalance b = PoolBalance.of(2026, new BigDecimal("500000"), List.of(
                allocated("120000.00"), settled("80000.00", "76543.21"), settled("10000.00", "10500.10")));
        assertThat(b.pool()).isEqualByComparingTo("500000.00");
        assertThat(b.allocated()).isEqualByComparingTo("210000.00");
        assertThat(b.settled()).isEqualByComparingTo("87043.31");
        assertThat(b.committed()).isEqualByComparingTo("207043.31");
        assertThat(b.remaining()).isEqualByComparingTo("292956.69");
        assertThat(b.remaining().scale()).isEqualTo(2);
    }

    @Test
    void aYearWithoutAPoolHasNothingToGive() {
        PoolBalance b = PoolBalance.of(2027, null, List.of());
        assertThat(b.remaining()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> b.requireRoom(new BigDecimal("0.01"))).isInstanceOf(RepairRuleException.class);
    }

    @Test
    void thePoolCannotShrinkBelowWhatIsHeld() {
        PoolBalance b = PoolBalance.of(2026, new BigDecimal("100000"), List.of(allocated("60000.00")));
        assertThatThrownBy(() -> b.requireCovers(new BigDecimal("59999.99")))
                .isInstanceOfSatisfying(RepairRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("repair.pool.belowCommitted");
                    assertThat(e.arguments()).containsExactly("59 999,99 zł", "2026", "60 000,00 zł");
                });
        b.requireCovers(new BigDecimal("60000.00"));
    }

    /** Whatever order allocations come in, the ones accepted never add up to more than the pool, to the grosz. */
    @Test
    void acceptedAllocationsNeverExceedThePool() {
        Random random = new Random(20260302L);
        for (int round = 0; round < 200; round++) {
            BigDecimal pool = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
            List<PoolBalance.Commitment> held = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                BigDecimal ask = BigDecimal.valueOf(1 + random.nextInt(2_000_000), 2);
                PoolBalance before = PoolBalance.of(2026, pool, held);
                try {
                    before.requireRoom(ask);
                    held.add(new PoolBalance.Commitment(ask, null));
                    assertThat(ask).isLessThanOrEqualTo(before.remaining());
                } catch (RepairRuleException e) {
                    assertThat(ask).isGreaterThan(before.remaining());
                }
            }
            PoolBalance after = PoolBalance.of(2026, pool, held);
            assertThat(after.committed()).isLessThanOrEqualTo(pool);
            assertThat(after.remaining().signum()).isNotNegative();
        }
    }

    @Test
    void moneyIsReadAsPeopleTypeItAndWrittenTheWayTheyRead() {
        assertThat(Money.parse("12 345,67")).contains(new BigDecimal("12345.67"));
        assertThat(Money.parse("12\u00A0345,6 zł")).contains(new BigDecimal("12345.60"));
        assertThat(Money.parse("1000")).contains(new BigDecimal("1000.00"));
        assertThat(Money.parse("30.50")).contains(new BigDecimal("30.50"));
        assertThat(Money.parse("1,234")).isEmpty();
        assertThat(Money.parse("1.000,00")).isEmpty();
        assertThat(Money.parse("dużo")).isEmpty();
        assertThat(Money.parse("")).isEmpty();
        assertThat(Money.format(new BigDecimal("1234567.5"))).isEqualTo("1 234 567,50 zł");
        assertThat(Money.format(new BigDecimal("0.05"))).isEqualTo("0,05 zł");
    }
}
