package pl.edugmina.simulator.store;

import java.time.OffsetDateTime;

/**
 * What the REST API lists about a document given for signing (never its content).
 *
 * @param service {@code tpSigning5} or {@code tpSigning}
 * @param format  {@code EPSignature} or {@code PodpisZP} once signed, else null
 * @param size    the document's size in bytes
 */
public record PzSigningSummary(String id, String service, PzStatus status, String format, String additionalInfo,
                               OffsetDateTime created, OffsetDateTime signedAt, OffsetDateTime cancelledAt, int size) {
}
