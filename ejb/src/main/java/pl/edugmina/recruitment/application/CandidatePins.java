package pl.edugmina.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

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
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into recruitment_pin_key (id, secret) values (1, ?) on conflict (id) do nothing")) {
                ps.setBytes(1, fresh);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("select secret from recruitment_pin_key where id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the PIN key could not be read: " + e.getMessage(), e);
        }
    }
}
