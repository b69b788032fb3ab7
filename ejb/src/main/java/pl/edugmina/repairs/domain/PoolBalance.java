package pl.edugmina.repairs.domain;

import pl.edugmina.common.Money;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The state of one year's repair pool: the pool the department set, what was allocated to approved requests, what
 * settled requests actually cost, and what remains. A request holds its allocation until it is settled; from then
 * on it holds its actual cost (an unspent part returns to the pool, an overspend takes more from it). The rule:
 * what the requests hold never exceeds the pool.
 *
 * @param pool      the pool set for the year (zero when none was set)
 * @param allocated the sum of the allocations of every funded request
 * @param settled   the sum of the actual costs of settled requests
 * @param committed what the requests hold: actual cost when settled, else the allocation
 * @param remaining {@code pool − committed}: what can still be allocated
 */
public record PoolBalance(int year, BigDecimal pool, BigDecimal allocated, BigDecimal settled, BigDecimal committed,
                          BigDecimal remaining) {

    /** One funded request's money: its allocation and, once settled, its actual cost (else null). */
    public record Commitment(BigDecimal allocated, BigDecimal actualCost) {
        public BigDecimal held() {
            return actualCost != null ? actualCost : allocated;
        }
    }

    public static PoolBalance of(int year, BigDecimal pool, Collection<Commitment> commitments) {
        BigDecimal p = pool == null ? BigDecimal.ZERO.setScale(2) : pool.setScale(2);
        BigDecimal allocated = BigDecimal.ZERO.setScale(2);
        BigDecimal settled = BigDecimal.ZERO.setScale(2);
        BigDecimal committed = BigDecimal.ZERO.setScale(2);
        for (Commitment c : commitments) {
            allocated = allocated.add(c.allocated());
            if (c.actualCost() != null) {
                settled = settled.add(c.actualCost());
            }
            committed = committed.add(c.held());
        }
        return new PoolBalance(year, p, allocated, settled, committed, p.subtract(committed));
    }

    /**
     * Refuses taking {@code extra} more from the pool when it does not have it, with the reason in Polish: how much was
     * asked, how much remains, the pool and what is already held. A zero or negative {@code extra} always fits.
     */
    public void requireRoom(BigDecimal extra) {
        if (extra.signum() > 0 && extra.compareTo(remaining) > 0) {
            throw new RepairRuleException("amount", "repair.pool.exceeded", Money.format(extra), String.valueOf(year),
                    Money.format(remaining.max(BigDecimal.ZERO)), Money.format(pool), Money.format(committed));
        }
    }

    /** A new pool for the year may not be smaller than what approved requests already hold. */
    public void requireCovers(BigDecimal newPool) {
        if (newPool.compareTo(committed) < 0) {
            throw new RepairRuleException("amount", "repair.pool.belowCommitted", Money.format(newPool), String.valueOf(year), Money.format(committed));
        }
    }
}
