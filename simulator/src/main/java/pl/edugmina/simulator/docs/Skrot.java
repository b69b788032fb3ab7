package pl.edugmina.simulator.docs;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The {@code skrot} (digest) by which a WS-Pull client confirms a document
 * ({@code potwierdzOdebranie}).
 *
 * <p>The simulator's reading of the ePUAP integration manual ("skrót dokumentu" returned for the
 * downloaded document): the Base64 encoding (RFC 4648, with padding, no line breaks) of the SHA-1
 * digest of the exact bytes of {@code dokument.zawartosc} as delivered by {@code pobierzNastepny}
 * (the decoded content, not its Base64 text, not the SOAP message). If the real ePUAP turns out to
 * compute it differently, this is the one place to change.
 */
public final class Skrot {

    private Skrot() {
    }

    public static String of(byte[] zawartosc) {
        return Base64.getEncoder().encodeToString(digest("SHA-1", zawartosc));
    }

    /** Base64 of SHA-256 of {@code data}: the document digest carried in the UPP and the UPD. */
    public static String sha256(byte[] data) {
        return Base64.getEncoder().encodeToString(digest("SHA-256", data));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " not available", e);
        }
    }
}
