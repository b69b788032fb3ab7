package pl.edugmina.correspondence.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * A letter sent through ePUAP, and its place in the outbox: QUEUED in the business transaction,
 * SENDING while the relay holds it, SENT when ePUAP accepted it, RECEIPT when the UPP (Skrytka) or
 * UPD (Doręczyciel) is in, FAILED when ePUAP refused it or the retries ran out.
 */
@Entity
@Table(name = "outbound_letter")
public class OutboundLetter {

    public enum Channel { SKRYTKA, DORECZYCIEL }

    public enum Status { QUEUED, SENDING, SENT, RECEIPT, FAILED }

    /** Attempts before a letter whose sending keeps failing (ePUAP unreachable) is marked FAILED. */
    public static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_letter_seq")
    @SequenceGenerator(name = "outbound_letter_seq", sequenceName = "outbound_letter_seq", allocationSize = 50)
    private Long id;
    @Column(name = "correspondence_id")
    private long correspondenceId;
    @Column(name = "in_reply_to")
    private Long inReplyTo;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "sender_podmiot")
    private String senderPodmiot;
    @Column(name = "reply_address")
    private String replyAddress;
    @Column(name = "recipient_address")
    private String recipientAddress;
    @Column(name = "recipient_name")
    private String recipientName;
    @Column(name = "file_name")
    private String fileName;
    @Basic(fetch = FetchType.LAZY)
    private byte[] document;
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "epuap_document_id")
    private String epuapDocumentId;
    @Column(name = "upp_id")
    private String uppId;
    @Column(name = "zlecenie_id")
    private String zlecenieId;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "receipt_at")
    private Instant receiptAt;
    @Column(name = "receipt_name")
    private String receiptName;
    @Basic(fetch = FetchType.LAZY)
    private byte[] receipt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private int version;

    protected OutboundLetter() {
    }

    public OutboundLetter(long correspondenceId, Long inReplyTo, Channel channel, String senderPodmiot, String replyAddress,
                          String recipientAddress, String recipientName, String fileName, byte[] document, byte[] pdf,
                          String createdBy, Instant now) {
        this.correspondenceId = correspondenceId;
        this.inReplyTo = inReplyTo;
        this.channel = channel;
        this.senderPodmiot = senderPodmiot;
        this.replyAddress = replyAddress;
        this.recipientAddress = recipientAddress;
        this.recipientName = recipientName;
        this.fileName = fileName;
        this.document = document;
        this.pdf = pdf;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = Status.QUEUED;
        this.nextAttemptAt = now;
    }

    public void sent(Instant at, String documentId, String uppId, String zlecenieId) {
        status = Status.SENT;
        attempts++;
        sentAt = at;
        epuapDocumentId = documentId;
        this.uppId = uppId;
        this.zlecenieId = zlecenieId;
        lastError = null;
        claimedAt = null;
        nextAttemptAt = null;
    }

    public void receipt(Instant at, String name, byte[] content) {
        status = Status.RECEIPT;
        receiptAt = at;
        receiptName = name;
        receipt = content;
    }

    /** A transient failure: back off exponentially (30 s, 1 min, 2 min ... at most 1 h), FAILED after {@link #MAX_ATTEMPTS}. */
    public void attemptFailed(Instant at, String error) {
        attempts++;
        lastError = error;
        claimedAt = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            status = Status.QUEUED;
            long seconds = Math.min(3600, 30L << Math.min(attempts - 1, 10));
            nextAttemptAt = at.plus(Duration.ofSeconds(seconds));
        }
    }

    /** ePUAP refused the letter (e.g. no such inbox): no point retrying by itself. */
    public void refused(Instant at, String error) {
        attempts++;
        lastError = error;
        claimedAt = null;
        status = Status.FAILED;
        nextAttemptAt = null;
    }

    /** An official sends a FAILED letter again. */
    public void requeue(Instant at) {
        status = Status.QUEUED;
        nextAttemptAt = at;
        attempts = 0;
    }

    public Long id() { return id; }
    public long correspondenceId() { return correspondenceId; }
    public Long inReplyTo() { return inReplyTo; }
    public Channel channel() { return channel; }
    public String senderPodmiot() { return senderPodmiot; }
    public String replyAddress() { return replyAddress; }
    public String recipientAddress() { return recipientAddress; }
    public String recipientName() { return recipientName; }
    public String fileName() { return fileName; }
    public byte[] document() { return document; }
    public byte[] pdf() { return pdf; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public String epuapDocumentId() { return epuapDocumentId; }
    public String uppId() { return uppId; }
    public String zlecenieId() { return zlecenieId; }
    public Instant sentAt() { return sentAt; }
    public Instant receiptAt() { return receiptAt; }
    public String receiptName() { return receiptName; }
    public byte[] receipt() { return receipt; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
