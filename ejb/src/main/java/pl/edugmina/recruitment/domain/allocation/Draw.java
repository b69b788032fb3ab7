package pl.edugmina.recruitment.domain.allocation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The campaign's published draw: the tie-break after tier, points and second-tier criteria. Each candidate gets one
 * number for the whole campaign, computed from the campaign's seed and the candidate's id so that anyone can check it:
 * <pre>
 *   draw = the first 8 bytes of SHA-256( UTF-8 of  seed + ":" + candidateId )   read as an unsigned 64-bit number
 *   e.g.  printf '%s' 'nabor-2026:1042' | sha256sum   → its first 16 hex digits
 * </pre>
 * The lower number comes first. The seed is fixed (and published) before the allocation; the same seed always gives
 * the same numbers. Two equal numbers (practically impossible) fall back to the lower candidate id.
 */
public final class Draw {

    private final String seed;

    public Draw(String seed) {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("the draw needs a seed");
        }
        this.seed = seed;
    }

    public String seed() {
        return seed;
    }

    public long number(long candidateId) {
        return numbers(new long[]{candidateId})[0];
    }

    /** The numbers of many candidates at once (one digest reused). */
    long[] numbers(long[] candidateIds) {
        MessageDigest sha = sha256();
        byte[] prefix = (seed + ":").getBytes(StandardCharsets.UTF_8);
        long[] out = new long[candidateIds.length];
        for (int c = 0; c < candidateIds.length; c++) {
            sha.update(prefix);
            sha.update(Long.toString(candidateIds[c]).getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha.digest();
            long n = 0;
            for (int i = 0; i < 8; i++) {
                n = (n << 8) | (digest[i] & 0xff);
            }
            out[c] = n;
        }
        return out;
    }

    /** The number as published: 16 hex digits. */
    public static String hex(long number) {
        return HexFormat.of().toHexDigits(number);
    }

    /** Negative when the draw puts {@code a} first. */
    public static int compare(long drawA, long candidateA, long drawB, long candidateB) {
        int c = Long.compareUnsigned(drawA, drawB);
        return c != 0 ? c : Long.compare(candidateA, candidateB);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
