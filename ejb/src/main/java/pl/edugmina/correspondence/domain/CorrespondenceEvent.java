package pl.edugmina.correspondence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of an item's processing history, shown on the document view. */
@Entity
@Table(name = "correspondence_event")
public class CorrespondenceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correspondence_event_seq")
    @SequenceGenerator(name = "correspondence_event_seq", sequenceName = "correspondence_event_seq", allocationSize = 50)
    private Long id;
    @Column(name = "correspondence_id")
    private Long correspondenceId;
    @Column(name = "inbound_document_id")
    private Long inboundDocumentId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String kind;
    private String detail;

    protected CorrespondenceEvent() {
    }

    public CorrespondenceEvent(Long correspondenceId, Long inboundDocumentId, Instant occurredAt, String actor, String kind, String detail) {
        this.correspondenceId = correspondenceId;
        this.inboundDocumentId = inboundDocumentId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail;
    }

    public Long id() { return id; }
    public Long correspondenceId() { return correspondenceId; }
    public Long inboundDocumentId() { return inboundDocumentId; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String kind() { return kind; }
    public String detail() { return detail; }
}
