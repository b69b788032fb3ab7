package pl.edugmina.repairs.domain;

import pl.edugmina.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** The money for repairs in one year, set by the department. */
@Entity
@Table(name = "repair_pool")
public class RepairPool {

    @Id
    private Integer year;
    private BigDecimal amount;
    @Column(name = "set_by")
    private String setBy;
    @Column(name = "set_at")
    private Instant setAt;
    @Version
    private int version;

    protected RepairPool() {
    }

    public RepairPool(int year, BigDecimal amount, String by, Instant at) {
        this.year = year;
        set(amount, by, at);
    }

    /** A new amount; the caller checked it against what is already held ({@link PoolBalance#requireCovers}). */
    public void set(BigDecimal amount, String by, Instant at) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(Money.MAX) > 0 || amount.scale() > 2) {
            throw new RepairRuleException("amount", "repair.amount.invalid");
        }
        this.amount = amount.setScale(2);
        this.setBy = by;
        this.setAt = at;
    }

    public int year() { return year; }
    public BigDecimal amount() { return amount; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }
}
