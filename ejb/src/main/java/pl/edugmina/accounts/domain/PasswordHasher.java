package pl.edugmina.accounts.domain;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2-HMAC-SHA512 password hashing (OWASP 2023: at least 210,000 iterations), stored as
 * {@code pbkdf2-sha512$<iterations>$<salt b64>$<hash b64>} so the cost can be raised later
 * without breaking existing hashes.
 */
public final class PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 210_000;
    /** A stored hash claiming more iterations than this is refused rather than computed (denial of service). */
    static final int MAX_ITERATIONS = 10_000_000;
    private static final String PREFIX = "pbkdf2-sha512";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public PasswordHasher(int iterations) {
        if (iterations < 1000) {
            throw new IllegalArgumentException("too few iterations");
        }
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] h = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(h);
    }

    /** {@code false} for a wrong password and for anything that is not a hash of this format (never throws). */
    public boolean verify(char[] password, String stored) {
        if (stored == null) {
            return false;
        }
        String[] p = stored.split("\\$");
        if (p.length != 4 || !PREFIX.equals(p[0])) {
            return false;
        }
        try {
            int it = Integer.parseInt(p[1]);
            if (it < 1000 || it > MAX_ITERATIONS) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(p[2]);
            byte[] expected = Base64.getDecoder().decode(p[3]);
            if (salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, it));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A dummy check of the same cost, so an unknown login takes as long as a wrong password. */
    public void burn(char[] password) {
        derive(password, new byte[16], iterations);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 512);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 unavailable", e);
        }
    }

    /**
     * A one-time password for a new or reset account (16 characters without look-alikes such as
     * 0/O and 1/l, always with letters and digits, so it satisfies {@link #policyViolation}).
     */
    public static String oneTimePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        sb.setCharAt(RANDOM.nextInt(8), (char) ('2' + RANDOM.nextInt(8)));
        sb.setCharAt(8 + RANDOM.nextInt(8), (char) ('a' + RANDOM.nextInt(8)));
        return sb.toString();
    }

    /** Password policy: at least 12 characters, letters and digits. Returns a message key or null. */
    public static String policyViolation(char[] password) {
        if (password == null || password.length < 12) {
            return "password.tooShort";
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit ? null : "password.tooWeak";
    }
}
