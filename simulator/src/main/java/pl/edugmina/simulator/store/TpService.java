package pl.edugmina.simulator.store;

import pl.edugmina.contracts.TrustedProfileIdentity.Format;

import java.util.Optional;

/**
 * Which Profil Zaufany signing service a document was given to. Both take the same messages; they
 * differ in how the signer is described in the signature they return.
 */
public enum TpService {
    /** {@code /epuap-sim/tpSigning5} (pz.gov.pl {@code ep-services/tpSigning5}): EPSignature by default, PodpisZP on request. */
    TP_SIGNING5("tpSigning5", null),
    /** {@code /epuap-sim/tpSigning} (pz.gov.pl {@code pz-services/tpSigning}, the older service): always PodpisZP. */
    TP_SIGNING("tpSigning", Format.PODPIS_ZP);

    private final String code;
    private final Format fixedFormat;

    TpService(String code, Format fixedFormat) {
        this.code = code;
        this.fixedFormat = fixedFormat;
    }

    /** The name stored in {@code pz_signing.service} and shown in the API. */
    public String code() {
        return code;
    }

    /** The only format this service answers with, if it does not let the citizen choose. */
    public Optional<Format> fixedFormat() {
        return Optional.ofNullable(fixedFormat);
    }

    /** The format of the signature, given what was asked for ({@code null}: the default, EPSignature). */
    public Format formatFor(Format requested) {
        if (fixedFormat != null) {
            return fixedFormat;
        }
        return requested == null ? Format.EP_SIGNATURE : requested;
    }

    public static TpService ofCode(String code) {
        for (TpService s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown TpSigning service " + code);
    }
}
