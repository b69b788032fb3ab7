package pl.edugmina.simulator.store;

import pl.edugmina.contracts.TrustedProfileIdentity.Format;

import java.time.OffsetDateTime;

/**
 * A document given to the simulated Profil Zaufany for signing (without the signed result).
 *
 * @param format the format of the signer's description, once signed
 */
public record PzSigning(String id, TpService service, OffsetDateTime createdAt, byte[] document, String successUrl,
                        String failureUrl, String additionalInfo, PzStatus status, OffsetDateTime signedAt,
                        OffsetDateTime cancelledAt, Format format) {

    /** No document content in logs. */
    @Override
    public String toString() {
        return "PzSigning[" + id + ", " + service.code() + ", " + status + ", " + (document == null ? 0 : document.length) + " B]";
    }
}
