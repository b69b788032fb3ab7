package pl.edugmina.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One line of the audit log. Immutable in the application and append-only in the database. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private String entityId;

    @Column(updatable = false)
    private String summary;

    /** JSON object: field → {"before": …, "after": …}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    private String changes;

    @Column(name = "client_ip", updatable = false)
    private String clientIp;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String entityType, String entityId,
                      String summary, String changesJson, String clientIp) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
        this.changes = changesJson;
        this.clientIp = clientIp;
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String entityType() { return entityType; }
    public String entityId() { return entityId; }
    public String summary() { return summary; }
    public String changes() { return changes; }
    public String clientIp() { return clientIp; }
}
