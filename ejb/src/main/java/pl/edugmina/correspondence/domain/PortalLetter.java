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

import java.time.Instant;

/**
 * A letter a citizen wrote on the portal, on its way through Profil Zaufany: SIGNING while the citizen
 * is at the signing provider, SIGNED once the signed document came back and was stored as an inbound
 * document (which the register then numbers), CANCELLED if the citizen gave up at the provider, FAILED
 * if the signed document could not be accepted (the reason is kept and shown to the citizen).
 */
@Entity
@Table(name = "portal_letter")
public class PortalLetter {

    public enum Status { SIGNING, SIGNED, CANCELLED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_letter_seq")
    @SequenceGenerator(name = "portal_letter_seq", sequenceName = "portal_letter_seq", allocationSize = 50)
    private Long id;
    /** Random, unguessable: names the letter in the provider's return URLs. */
    private String token;
    @Column(name = "citizen_login")
    private String citizenLogin;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "addressee_name")
    private String addresseeName;
    private String subject;
    @Column(name = "body_text")
    private String bodyText;
    @Column(name = "sender_given_name")
    private String senderGivenName;
    @Column(name = "sender_surname")
    private String senderSurname;
    @Column(name = "sender_address")
    private String senderAddress;
    @Basic(fetch = FetchType.LAZY)
    private byte[] document;
    @Column(name = "document_sha256")
    private String documentSha256;
    @Column(name = "signing_url")
    private String signingUrl;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "failure_reason")
    private String failureReason;
    private String signer;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "inbound_document_id")
    private Long inboundDocumentId;
    @Version
    private int version;

    protected PortalLetter() {
    }

    public PortalLetter(String token, String citizenLogin, Long unitId, String addresseeName, String subject, String bodyText,
                        String senderGivenName, String senderSurname, String senderAddress, byte[] document, String documentSha256,
                        Instant createdAt) {
        this.token = token;
        this.citizenLogin = citizenLogin;
        this.unitId = unitId;
        this.addresseeName = addresseeName;
        this.subject = subject;
        this.bodyText = bodyText;
        this.senderGivenName = senderGivenName;
        this.senderSurname = senderSurname;
        this.senderAddress = senderAddress;
        this.document = document;
        this.documentSha256 = documentSha256;
        this.createdAt = createdAt;
        this.status = Status.SIGNING;
    }

    public void signingAt(String url) {
        this.signingUrl = url;
    }

    public void cancelled(Instant at) {
        status = Status.CANCELLED;
        completedAt = at;
    }

    public void failed(Instant at, String reason) {
        status = Status.FAILED;
        completedAt = at;
        failureReason = reason;
    }

    public void signed(Instant at, String signer, long inboundDocumentId) {
        status = Status.SIGNED;
        completedAt = at;
        this.signer = signer;
        this.inboundDocumentId = inboundDocumentId;
        failureReason = null;
    }

    public Long id() { return id; }
    public String token() { return token; }
    public String citizenLogin() { return citizenLogin; }
    public Long unitId() { return unitId; }
    public String addresseeName() { return addresseeName; }
    public String subject() { return subject; }
    public String bodyText() { return bodyText; }
    public String senderGivenName() { return senderGivenName; }
    public String senderSurname() { return senderSurname; }
    public String senderAddress() { return senderAddress; }
    public byte[] document() { return document; }
    public String documentSha256() { return documentSha256; }
    public String signingUrl() { return signingUrl; }
    public Status status() { return status; }
    public String failureReason() { return failureReason; }
    public String signer() { return signer; }
    public Instant createdAt() { return createdAt; }
    public Instant completedAt() { return completedAt; }
    public Long inboundDocumentId() { return inboundDocumentId; }
}
