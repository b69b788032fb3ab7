package pl.edugmina.repairs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;

/** One step of a repair request's history: who, when, from which state to which, the comment and the amount. */
@Entity
@Immutable
@Table(name = "repair_event")
public class RepairEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "repair_event_seq")
    @SequenceGenerator(name = "repair_event_seq", sequenceName = "repair_event_seq", allocationSize = 50)
    private Long id;
    @Column(name = "repair_id")
    private long repairId;
    private Instant at;
    @Column(name = "actor_login")
    private String actorLogin;
    @Enumerated(EnumType.STRING)
    private RepairAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private RepairStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private RepairStatus toStatus;
    private String comment;
    private BigDecimal amount;

    protected RepairEvent() {
    }

    public RepairEvent(long repairId, Instant at, String actorLogin, Repair.Step step) {
        this.repairId = repairId;
        this.at = at;
        this.actorLogin = actorLogin;
        this.action = step.action();
        this.fromStatus = step.from();
        this.toStatus = step.to();
        this.comment = step.comment();
        this.amount = step.amount();
    }

    public Long id() { return id; }
    public long repairId() { return repairId; }
    public Instant at() { return at; }
    public String actorLogin() { return actorLogin; }
    public RepairAction action() { return action; }
    public RepairStatus fromStatus() { return fromStatus; }
    public RepairStatus toStatus() { return toStatus; }
    public String comment() { return comment; }
    public BigDecimal amount() { return amount; }
}
