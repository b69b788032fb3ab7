package pl.edugmina.correspondence.application;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * The stored bytes of an inbound document, read on their own: the {@code InboundDocument} entity does not
 * map them, so that registering or rejecting a document (a status change) neither reads its 100+ KB
 * again nor writes them back.
 */
final class StoredDocuments {

    private StoredDocuments() {
    }

    /** The content of inbound document {@code inboundId} exactly as received, or null if there is no such document. */
    static byte[] content(EntityManager em, long inboundId) {
        List<?> rows = em.createNativeQuery("select content from inbound_document where id = ?1")
                .setParameter(1, inboundId).getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }
}
