package pl.edugmina.correspondence.application;

/** Fired (after commit) for every inbound item registered; {@code kind} is null for general items. */
public record InboundItemRegistered(long correspondenceId, long inboundDocumentId, String kind, String formNamespace,
                                    String formId, Long unitId) {
}
