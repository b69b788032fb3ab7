package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The PIN a parent receives with the candidate's code, for the public results page. Only its HMAC-SHA256 under the
 * server's key is stored ({@code recruitment_candidate.pin_hmac}), so the PINs cannot be read from the database or a
 * backup, and checking one costs microseconds (the results page answers hundreds of requests per second; guessing is
 * stopped by the page's own limit of failed attempts, not by a slow hash). The key comes from
 * {@code EDUGMINA_RECRUITMENT_PIN_KEY} (at least 32 characters) or, when unset, from the database, created once by the
 * first server that needs it.
 */
@ApplicationScoped
public class CandidatePins {

    /** Eight digits: 10^8 combinations, against a page that blocks a code after a few failed tries. */
    public static final int LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private PinKeyStore store;

    private volatile byte[] key;

    /** A new random PIN. */
    public static String newPin() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return b.toString();
    }

    /** The stored form of {@code pin} for the candidate {@code code}: 64 hex digits. */
    public String hmac(String code, String pin) {
        return hmac(key(), code, pin);
    }

    /** Whether {@code pin} is the candidate's (constant time). A missing PIN or stored value never matches. */
    public boolean matches(String code, String pin, String stored) {
        if (pin == null || stored == null || code == null) {
            return false;
        }
        return MessageDigest.isEqual(hmac(code, pin.strip()).getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(byte[] key, String code, String pin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((code + ":" + pin).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] load() {
        String configured = System.getProperty("edugmina.recruitment.pin-key", System.getenv("EDUGMINA_RECRUITMENT_PIN_KEY"));
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 32) {
                throw new IllegalStateException("EDUGMINA_RECRUITMENT_PIN_KEY must have at least 32 characters");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        return store.loadOrCreate();
    }
}
