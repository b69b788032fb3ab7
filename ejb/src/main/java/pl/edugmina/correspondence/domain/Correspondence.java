package pl.edugmina.correspondence.domain;

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

import java.time.Instant;

/** One entry of the correspondence register (rejestr przesyłek), inbound or outbound. */
@Entity
@Table(name = "correspondence")
public class Correspondence {

    public enum Direction { IN, OUT }

    /** Where an inbound item stands: registered and waiting for an official, assigned, or handed to a module. */
    public enum Status { TO_ASSIGN, ASSIGNED, HANDED_OVER }

    public enum SignatureVerdict { VALID, INVALID, INDETERMINATE, UNSIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correspondence_seq")
    @SequenceGenerator(name = "correspondence_seq", sequenceName = "correspondence_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Column(name = "reg_year")
    private int regYear;
    @Column(name = "reg_number")
    private int regNumber;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    private String channel;
    /** The portal account that wrote and signed an inbound letter ({@code channel = PORTAL}); it sees the entry among its cases. */
    @Column(name = "citizen_login")
    private String citizenLogin;
    @Column(name = "inbox_id")
    private Long inboxId;
    @Column(name = "inbound_document_id")
    private Long inboundDocumentId;
    @Column(name = "sender_kind")
    private String senderKind;
    @Column(name = "sender_name")
    private String senderName;
    @Column(name = "sender_address")
    private String senderAddress;
    @Column(name = "sender_epuap")
    private String senderEpuap;
    @Column(name = "reply_address")
    private String replyAddress;
    @Column(name = "addressee_name")
    private String addresseeName;
    @Column(name = "unit_id")
    private Long unitId;
    private String subject;
    @Column(name = "form_namespace")
    private String formNamespace;
    @Column(name = "form_id")
    private String formId;
    @Column(name = "form_kind")
    private String formKind;
    private String jrwa;
    private String status;
    @Column(name = "assigned_to")
    private String assignedTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "signature_verdict")
    private SignatureVerdict signatureVerdict;
    @Column(name = "signature_detail")
    private String signatureDetail;
    private String signer;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "signature_level")
    private String signatureLevel;
    @Column(name = "body_text")
    private String bodyText;
    @Version
    private int version;

    protected Correspondence() {
    }

    /** A new inbound entry with its number in the register. */
    public static Correspondence inbound(int year, int number, Instant registeredAt, InboundDocument doc, Long unitId) {
        Correspondence c = new Correspondence();
        c.direction = Direction.IN;
        c.regYear = year;
        c.regNumber = number;
        c.registeredAt = registeredAt;
        c.receivedAt = doc.receivedAt();
        c.channel = doc.channel() == null ? "EPUAP" : doc.channel();
        c.citizenLogin = doc.citizenLogin();
        c.inboxId = doc.inboxId();
        c.inboundDocumentId = doc.id();
        c.replyAddress = doc.replyAddress();
        c.senderEpuap = doc.podmiotId();
        c.unitId = unitId;
        c.status = Status.TO_ASSIGN.name();
        return c;
    }

    /** A new outbound entry (a letter sent through ePUAP) with its number in the outbound register. */
    public static Correspondence outbound(int year, int number, Instant registeredAt, String subject, String addresseeName,
                                          String addresseeAddress, Long unitId, Long inboxId, String bodyText) {
        Correspondence c = new Correspondence();
        c.direction = Direction.OUT;
        c.regYear = year;
        c.regNumber = number;
        c.registeredAt = registeredAt;
        c.channel = "EPUAP";
        c.inboxId = inboxId;
        c.subject = subject;
        c.addresseeName = addresseeName;
        c.replyAddress = addresseeAddress;
        c.unitId = unitId;
        c.bodyText = bodyText;
        c.status = OutboundLetter.Status.QUEUED.name();
        return c;
    }

    /** Outbound entries show their letter's sending status. */
    public void letterStatus(OutboundLetter.Status status) {
        this.status = status.name();
    }

    public void describe(String senderKind, String senderName, String senderAddress, String addresseeName, String subject,
                         String formNamespace, String formId, String bodyText) {
        this.senderKind = senderKind;
        this.senderName = senderName;
        this.senderAddress = senderAddress;
        this.addresseeName = addresseeName;
        this.subject = subject;
        this.formNamespace = formNamespace;
        this.formId = formId;
        this.bodyText = bodyText;
    }

    public void signature(SignatureVerdict verdict, String detail, String signer, Instant signedAt, String level) {
        this.signatureVerdict = verdict;
        this.signatureDetail = detail;
        this.signer = signer;
        this.signedAt = signedAt;
        this.signatureLevel = level;
    }

    public void handOver(String formKind, String jrwa) {
        this.formKind = formKind;
        if (jrwa != null) {
            this.jrwa = jrwa;
        }
        this.status = Status.HANDED_OVER.name();
    }

    /**
     * The module it was handed to could not take it (the reason goes into the history): it waits for an official
     * again. The kind stays, so the official sees what the item was meant to be.
     */
    public void handBack() {
        this.status = Status.TO_ASSIGN.name();
    }

    public void assign(String jrwa, Long unitId, String assignedTo) {
        this.jrwa = jrwa;
        this.unitId = unitId;
        this.assignedTo = assignedTo;
        this.status = Status.ASSIGNED.name();
    }

    public String registerNumber() {
        return regNumber + "/" + regYear;
    }

    public Long id() { return id; }
    public Direction direction() { return direction; }
    public int regYear() { return regYear; }
    public int regNumber() { return regNumber; }
    public Instant registeredAt() { return registeredAt; }
    public Instant receivedAt() { return receivedAt; }
    public String channel() { return channel; }
    public String citizenLogin() { return citizenLogin; }
    public Long inboxId() { return inboxId; }
    public Long inboundDocumentId() { return inboundDocumentId; }
    public String senderKind() { return senderKind; }
    public String senderName() { return senderName; }
    public String senderAddress() { return senderAddress; }
    public String senderEpuap() { return senderEpuap; }
    public String replyAddress() { return replyAddress; }
    public String addresseeName() { return addresseeName; }
    public Long unitId() { return unitId; }
    public String subject() { return subject; }
    public String formNamespace() { return formNamespace; }
    public String formId() { return formId; }
    public String formKind() { return formKind; }
    public String jrwa() { return jrwa; }
    public String status() { return status; }
    public String assignedTo() { return assignedTo; }
    public SignatureVerdict signatureVerdict() { return signatureVerdict; }
    public String signatureDetail() { return signatureDetail; }
    public String signer() { return signer; }
    public Instant signedAt() { return signedAt; }
    public String signatureLevel() { return signatureLevel; }
    public String bodyText() { return bodyText; }
}
