package pl.edugmina.registry.domain.validation;

/** Polish postal code, written {@code NN-NNN}. */
public final class PostalCode {

    private PostalCode() {
    }

    /** True only for the canonical form {@code NN-NNN} (surrounding whitespace is ignored). */
    public static boolean isValid(String postalCode) {
        if (postalCode == null) {
            return false;
        }
        String s = postalCode.trim();
        return s.length() == 6
                && Digits.allDigits(s.substring(0, 2), 2)
                && s.charAt(2) == '-'
                && Digits.allDigits(s.substring(3), 3);
    }

    /**
     * Trims the input and writes five bare digits ({@code 20950}) as {@code 20-950}; anything
     * else is returned trimmed, {@code null} for null or blank input. Check the result with
     * {@link #isValid(String)}.
     */
    public static String normalize(String postalCode) {
        String s = Digits.trimToNull(postalCode);
        if (Digits.allDigits(s, 5)) {
            return s.substring(0, 2) + "-" + s.substring(2);
        }
        return s;
    }
}
