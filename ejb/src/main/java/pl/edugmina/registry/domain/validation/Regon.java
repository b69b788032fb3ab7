package pl.edugmina.registry.domain.validation;

/**
 * REGON, the statistical number of a Polish entity (GUS). Two forms exist: 9 digits for an
 * entity and 14 digits for a local unit of an entity, whose first 9 digits are the parent's
 * 9-digit REGON. Both end in a mod-11 check digit where a remainder of 10 gives 0.
 */
public final class Regon {

    private static final int[] WEIGHTS_9 = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] WEIGHTS_14 = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    private Regon() {
    }

    /** True for a 9- or 14-digit REGON with correct check digit(s); spaces and dashes are ignored. */
    public static boolean isValid(String regon) {
        String digits = normalize(regon);
        if (Digits.allDigits(digits, 9)) {
            return hasValidCheckDigit(digits, WEIGHTS_9);
        }
        return Digits.allDigits(digits, 14)
                && hasValidCheckDigit(digits.substring(0, 9), WEIGHTS_9)
                && hasValidCheckDigit(digits, WEIGHTS_14);
    }

    /**
     * Trims the input and removes spaces and dashes; {@code null} for null or blank input. Does
     * not validate: check the result with {@link #isValid(String)}.
     */
    public static String normalize(String regon) {
        String s = Digits.trimToNull(regon);
        return s == null ? null : Digits.stripSeparators(s);
    }

    /**
     * Computes the check digit for the given 8 (or 13) leading digits. Useful for generating
     * test and demo data.
     *
     * @throws IllegalArgumentException if the input is not 8 or 13 ASCII digits
     */
    public static int checkDigit(String leadingDigits) {
        if (Digits.allDigits(leadingDigits, 8)) {
            return checkDigit(leadingDigits, WEIGHTS_9);
        }
        if (Digits.allDigits(leadingDigits, 13)) {
            return checkDigit(leadingDigits, WEIGHTS_14);
        }
        throw new IllegalArgumentException("Expected 8 or 13 digits");
    }

    private static boolean hasValidCheckDigit(String digits, int[] weights) {
        return checkDigit(digits, weights) == Digits.digitAt(digits, weights.length);
    }

    private static int checkDigit(String digits, int[] weights) {
        int remainder = Digits.weightedSum(digits, weights) % 11;
        return remainder == 10 ? 0 : remainder;
    }
}
