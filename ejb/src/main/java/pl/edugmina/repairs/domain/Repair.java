package pl.edugmina.repairs.domain;

import pl.edugmina.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit's repair or failure request (naprawa / awaria) and its way to the closed work. State changes are the verbs
 * below; each checks the {@link RepairAction} table and its own rules and returns the {@link Step} to record in the
 * history. Nothing else changes a request.
 */
@Entity
@Table(name = "repair_request")
public class Repair {

    /** One step taken: for the history. */
    public record Step(RepairAction action, RepairStatus from, RepairStatus to, String comment, BigDecimal amount) {
    }

    public static final int MAX_COMMENT = 4000;
    public static final int MAX_INVOICE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "repair_request_seq")
    @SequenceGenerator(name = "repair_request_seq", sequenceName = "repair_request_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;
    private String title;
    private String description;
    private String location;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "priority_code")
    private String priorityCode;
    @Column(name = "estimated_cost")
    private BigDecimal estimatedCost;
    @Enumerated(EnumType.STRING)
    private RepairStatus status;
    @Column(name = "pool_year")
    private Integer poolYear;
    @Column(name = "allocated_amount")
    private BigDecimal allocatedAmount;
    @Column(name = "actual_cost")
    private BigDecimal actualCost;
    @Column(name = "invoice_number")
    private String invoiceNumber;
    @Column(name = "last_comment")
    private String lastComment;
    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;
    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private int version;

    protected Repair() {
    }

    /** A new request of {@code unitId}, SUBMITTED; the draft must have no {@link RepairDraft#problems() problems}. */
    public Repair(long unitId, RepairDraft draft, String by, Instant at) {
        RepairDraft d = valid(draft);
        this.unitId = unitId;
        apply(d);
        this.status = RepairStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
        this.updatedAt = at;
    }

    public Step submitted() {
        return new Step(RepairAction.SUBMIT, null, RepairStatus.SUBMITTED, null, estimatedCost);
    }

    /** The department takes the request up. */
    public Step review(Instant at) {
        return move(RepairAction.REVIEW, at, null, null);
    }

    /** Back to the unit with a comment saying what to correct. */
    public Step returnToUnit(Instant at, String comment) {
        return move(RepairAction.RETURN, at, comment, null);
    }

    /** The unit corrects a returned request and sends it again. */
    public Step resubmit(Instant at, RepairDraft draft, String comment) {
        require(RepairAction.RESUBMIT);
        apply(valid(draft));
        return move(RepairAction.RESUBMIT, at, comment, estimatedCost);
    }

    /** Refused, with the reason. */
    public Step reject(Instant at, String comment) {
        return move(RepairAction.REJECT, at, comment, null);
    }

    /**
     * Money from the pool of {@code balance.year()}: {@code amount} must be positive and the pool must have it
     * ({@code balance} is the year's state without this request, which holds nothing yet).
     */
    public Step approve(Instant at, BigDecimal amount, PoolBalance balance, String comment) {
        require(RepairAction.APPROVE);
        BigDecimal a = amount(amount, "amount");
        balance.requireRoom(a);
        Step s = move(RepairAction.APPROVE, at, comment, a);
        this.poolYear = balance.year();
        this.allocatedAmount = a;
        return s;
    }

    public Step start(Instant at, String comment) {
        return move(RepairAction.START, at, comment, null);
    }

    /**
     * The work is done: its actual cost and the invoice. A cost above the allocation takes the difference from the
     * pool ({@code balance}: the year's state with this request holding its allocation), and is refused when the
     * pool does not have it; a cost below returns the rest to the pool.
     */
    public Step settle(Instant at, BigDecimal cost, String invoice, PoolBalance balance, String comment) {
        require(RepairAction.SETTLE);
        BigDecimal c = amount(cost, "actualCost");
        if (invoice == null || invoice.isBlank()) {
            throw new RepairRuleException("invoiceNumber", "validation.required");
        }
        if (invoice.strip().length() > MAX_INVOICE) {
            throw new RepairRuleException("invoiceNumber", "validation.tooLong", MAX_INVOICE);
        }
        if (balance.year() != poolYear) {
            throw new IllegalArgumentException("the balance of " + balance.year() + ", the request's pool is " + poolYear);
        }
        balance.requireRoom(c.subtract(allocatedAmount));
        Step s = move(RepairAction.SETTLE, at, comment, c);
        this.actualCost = c;
        this.invoiceNumber = invoice.strip();
        return s;
    }

    /** The unit confirms the work (odbiór). */
    public Step accept(Instant at, String comment) {
        return move(RepairAction.ACCEPT, at, comment, null);
    }

    /**
     * The unit refuses to accept the work, with the reason (works incomplete or defective): the request goes back to
     * the work ({@link RepairStatus#IN_PROGRESS}) and is settled again once put right. The settlement is withdrawn (its
     * cost and invoice stay in the history); the request keeps holding the settled cost as its allocation, so the pool
     * neither gains nor loses money by the refusal and a new settlement up to that cost needs nothing more from it.
     */
    public Step refuseAcceptance(Instant at, String reason) {
        BigDecimal held = actualCost;
        Step s = move(RepairAction.REFUSE_ACCEPTANCE, at, reason, held);
        this.allocatedAmount = held;
        this.actualCost = null;
        this.invoiceNumber = null;
        return s;
    }

    public Step close(Instant at, String comment) {
        return move(RepairAction.CLOSE, at, comment, null);
    }

    /** The money this request holds in its pool: actual cost once settled, else the allocation, else nothing. */
    public BigDecimal held() {
        if (!status.isFunded()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return actualCost != null ? actualCost : allocatedAmount;
    }

    private Step move(RepairAction action, Instant at, String comment, BigDecimal amount) {
        require(action);
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (action.requiresComment() && c == null) {
            throw new RepairRuleException("comment", action.missingCommentKey());
        }
        if (c != null && c.length() > MAX_COMMENT) {
            throw new RepairRuleException("comment", "validation.tooLong", MAX_COMMENT);
        }
        RepairStatus from = status;
        status = action.to();
        updatedAt = at;
        if (c != null || action.requiresComment()) {
            lastComment = c;
        }
        return new Step(action, from, status, c, amount);
    }

    private void require(RepairAction action) {
        if (!action.allowedFrom(status)) {
            throw new RepairRuleException(null, "repair.transition.illegal", action.name(), status.name());
        }
    }

    private static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            throw new RepairRuleException(field, "validation.required");
        }
        BigDecimal a = Money.exact(value).orElse(null);
        if (a == null || !Money.isPositive(a)) {
            throw new RepairRuleException(field, "repair.amount.invalid");
        }
        return a;
    }

    private static RepairDraft valid(RepairDraft draft) {
        RepairDraft d = draft.normalised();
        if (!d.problems().isEmpty()) {
            throw new IllegalArgumentException("a draft with problems: " + d.problems());
        }
        return d;
    }

    private void apply(RepairDraft d) {
        this.title = d.title();
        this.description = d.description();
        this.location = d.location();
        this.categoryCode = d.categoryCode();
        this.priorityCode = d.priorityCode();
        this.estimatedCost = d.estimatedCost();
    }

    public Long id() { return id; }
    public long unitId() { return unitId; }
    public String title() { return title; }
    public String description() { return description; }
    public String location() { return location; }
    public String categoryCode() { return categoryCode; }
    public String priorityCode() { return priorityCode; }
    public BigDecimal estimatedCost() { return estimatedCost; }
    public RepairStatus status() { return status; }
    public Integer poolYear() { return poolYear; }
    public BigDecimal allocatedAmount() { return allocatedAmount; }
    public BigDecimal actualCost() { return actualCost; }
    public String invoiceNumber() { return invoiceNumber; }
    public String lastComment() { return lastComment; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
}
