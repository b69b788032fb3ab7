package pl.edugmina.correspondence.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.correspondence.domain.CorrespondenceEvent;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The first, durable step of intake: a fetched document is stored as received, with its hash, in
 * its own transaction, before the service bus confirms it to ePUAP. A repeated delivery (same inbox,
 * same content, same time of sending) is recognised by the unique key in the same statement and
 * only counted, so a document fetched twice (a crash between store and confirm) is kept once.
 */
@Stateless
public class InboundStore {

    @PersistenceContext
    private EntityManager em;

    /** What ePUAP's pobierzNastepny returned, as stored. */
    public record Delivery(long inboxId, Instant sentAt, byte[] content, String skrot, String fileName, String fileType,
                           String senderLogin, String senderSystem, String podmiotId, String podmiotType, String podmiotName,
                           String replyAddress, boolean test, byte[] extraData) {
    }

    public record Stored(long id, boolean duplicate) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Stored store(Delivery d) {
        Object[] row = (Object[]) em.createNativeQuery("""
                INSERT INTO inbound_document (id, inbox_id, received_at, sent_at, content_sha256, skrot, file_name, file_type,
                    content, sender_login, sender_system, podmiot_id, podmiot_type, podmiot_name, reply_address, test, extra_data, status)
                VALUES (nextval('inbound_document_seq'), ?1, now(), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 'RECEIVED')
                ON CONFLICT ON CONSTRAINT inbound_document_delivery_uk
                    DO UPDATE SET deliveries = inbound_document.deliveries + 1
                RETURNING id, (xmax = 0) AS inserted
                """)
                .setParameter(1, d.inboxId())
                .setParameter(2, Timestamp.from(d.sentAt()))
                .setParameter(3, sha256(d.content()))
                .setParameter(4, d.skrot())
                .setParameter(5, d.fileName())
                .setParameter(6, d.fileType())
                .setParameter(7, d.content())
                .setParameter(8, d.senderLogin())
                .setParameter(9, d.senderSystem())
                .setParameter(10, d.podmiotId())
                .setParameter(11, d.podmiotType())
                .setParameter(12, d.podmiotName())
                .setParameter(13, d.replyAddress())
                .setParameter(14, d.test())
                .setParameter(15, d.extraData() == null ? new byte[0] : d.extraData())
                .getSingleResult();
        long id = ((Number) row[0]).longValue();
        boolean inserted = (Boolean) row[1];
        em.persist(new CorrespondenceEvent(null, id, Instant.now(), "epuap",
                inserted ? "RECEIVED" : "REDELIVERED",
                inserted ? "Pobrano ze skrytki " + d.inboxId() : "Ponowne doręczenie tego samego dokumentu: nie zarejestrowano ponownie"));
        return new Stored(id, !inserted);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
