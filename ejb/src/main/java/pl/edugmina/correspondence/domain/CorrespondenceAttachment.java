package pl.edugmina.correspondence.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file attached to a register entry (an e-form's str:Zalacznik, an outbound letter's PDF, a receipt). */
@Entity
@Table(name = "correspondence_attachment")
public class CorrespondenceAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correspondence_attachment_seq")
    @SequenceGenerator(name = "correspondence_attachment_seq", sequenceName = "correspondence_attachment_seq", allocationSize = 50)
    private Long id;
    @Column(name = "correspondence_id")
    private long correspondenceId;
    private int position;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected CorrespondenceAttachment() {
    }

    public CorrespondenceAttachment(long correspondenceId, int position, String fileName, String mediaType, byte[] content, String sha256) {
        this.correspondenceId = correspondenceId;
        this.position = position;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
    }

    public Long id() { return id; }
    public long correspondenceId() { return correspondenceId; }
    public int position() { return position; }
    public String fileName() { return fileName; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public byte[] content() { return content; }
}
