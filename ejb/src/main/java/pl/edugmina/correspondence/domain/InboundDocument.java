package pl.edugmina.correspondence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A document as fetched from an ePUAP inbox (the raw bytes, their hash and ePUAP's envelope data,
 * stored before the fetch is confirmed) or as signed by a citizen on the portal. Rows are inserted by {@code InboundStore} (one statement
 * that detects a repeated delivery); this entity is for reading and for the processing outcome.
 */
@Entity
@Table(name = "inbound_document")
public class InboundDocument {

    public enum Status { RECEIVED, REGISTERED, REJECTED }

    @Id
    private Long id;
    @Column(name = "inbox_id")
    private Long inboxId;
    /** {@code EPUAP} (fetched from {@link #inboxId}) or {@code PORTAL} (signed on the city's portal by {@link #citizenLogin}). */
    private String channel;
    /** The addressee unit a portal document names; null: the inbox's unit decides. */
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "citizen_login")
    private String citizenLogin;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "content_sha256")
    private String contentSha256;
    private String skrot;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "file_type")
    private String fileType;
    // the content and extra data (100+ KB) are not mapped: written once by InboundStore's insert and read
    // on their own (StoredDocuments), so that changing the status neither reads nor writes them again
    @Column(name = "sender_login")
    private String senderLogin;
    @Column(name = "sender_system")
    private String senderSystem;
    @Column(name = "podmiot_id")
    private String podmiotId;
    @Column(name = "podmiot_type")
    private String podmiotType;
    @Column(name = "podmiot_name")
    private String podmiotName;
    @Column(name = "reply_address")
    private String replyAddress;
    private boolean test;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "processed_at")
    private Instant processedAt;
    private int attempts;
    private int deliveries;
    @Version
    private int version;

    protected InboundDocument() {
    }

    public void registered(Instant at) {
        status = Status.REGISTERED;
        processedAt = at;
        rejectReason = null;
        attempts++;
    }

    public void rejected(Instant at, String reason) {
        status = Status.REJECTED;
        processedAt = at;
        rejectReason = reason;
        attempts++;
    }

    public void failedAttempt() {
        attempts++;
    }

    /** An official asks for another processing attempt (e.g. after the trust anchors were updated). */
    public void retry() {
        status = Status.RECEIVED;
        rejectReason = null;
    }

    public Long id() { return id; }
    public Long inboxId() { return inboxId; }
    public String channel() { return channel; }
    public Long unitId() { return unitId; }
    public String citizenLogin() { return citizenLogin; }
    public Instant receivedAt() { return receivedAt; }
    public Instant sentAt() { return sentAt; }
    public String contentSha256() { return contentSha256; }
    public String skrot() { return skrot; }
    public String fileName() { return fileName; }
    public String fileType() { return fileType; }
    public String senderLogin() { return senderLogin; }
    public String senderSystem() { return senderSystem; }
    public String podmiotId() { return podmiotId; }
    public String podmiotType() { return podmiotType; }
    public String podmiotName() { return podmiotName; }
    public String replyAddress() { return replyAddress; }
    public boolean test() { return test; }
    public Status status() { return status; }
    public String rejectReason() { return rejectReason; }
    public Instant processedAt() { return processedAt; }
    public int attempts() { return attempts; }
    public int deliveries() { return deliveries; }
}
