package pl.edugmina.simulator.docs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a message in a simulated inbox is, from the point of view of the receiving system's checks. */
public enum DocumentKind {
    /** e-form with a valid XAdES signature by the test citizen (chain to EduGmina Test CA). */
    VALID("valid", true),
    /** e-form without any signature. */
    UNSIGNED("unsigned", true),
    /** signed by the test citizen, then the letter's text was altered: the signature no longer matches. */
    BADLY_SIGNED("badly-signed", true),
    /** correctly signed, but by a certificate from "Nieznane CA", which nobody trusts. */
    UNTRUSTED("untrusted", true),
    /** not well-formed XML (the e-form cut in the middle). */
    MALFORMED("malformed", true),
    /** e-form with a DOCTYPE declaring an external entity (XXE attempt). */
    UNSAFE("unsafe", true),
    /** Urzędowe Poświadczenie Doręczenia produced by the simulator after a pick-up. */
    UPD("upd", false),
    /** bytes uploaded as they are. */
    RAW("raw", false);

    private final String code;
    private final boolean generated;

    DocumentKind(String code, boolean generated) {
        this.code = code;
        this.generated = generated;
    }

    public String code() {
        return code;
    }

    /** Whether the test-document generator produces this kind. */
    public boolean generated() {
        return generated;
    }

    public static Optional<DocumentKind> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(c)).findFirst();
    }
}
