package pl.edugmina.simulator.store;

import pl.edugmina.contracts.TrustedProfileIdentity.Format;

import java.util.Locale;
import java.util.Optional;

/** The names of the Profil Zaufany signer-description formats in the database and the API. */
public final class SignatureFormats {

    public static final String EP_SIGNATURE = "EPSignature";
    public static final String PODPIS_ZP = "PodpisZP";

    private SignatureFormats() {
    }

    public static String code(Format f) {
        return f == null ? null : f == Format.EP_SIGNATURE ? EP_SIGNATURE : PODPIS_ZP;
    }

    /** {@code EPSignature} or {@code PodpisZP}, case and surrounding spaces ignored; empty for anything else. */
    public static Optional<Format> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "epsignature" -> Optional.of(Format.EP_SIGNATURE);
            case "podpiszp" -> Optional.of(Format.PODPIS_ZP);
            default -> Optional.empty();
        };
    }
}
