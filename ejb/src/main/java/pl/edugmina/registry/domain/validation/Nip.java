package pl.edugmina.registry.domain.validation;

/**
 * NIP, the Polish tax identification number: 10 digits, the last being a mod-11 check digit.
 * A remainder of 10 means no valid NIP exists with those first 9 digits. Written forms such as
 * {@code 123-456-32-18}, {@code 123-45-63-218} or {@code 123 456 32 18} are accepted.
 */
public final class Nip {

    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    private Nip() {
    }

    public static boolean isValid(String nip) {
        String digits = normalize(nip);
        if (!Digits.allDigits(digits, 10)) {
            return false;
        }
        int remainder = Digits.weightedSum(digits, WEIGHTS) % 11;
        return remainder != 10 && remainder == Digits.digitAt(digits, 9);
    }

    /**
     * Trims the input and removes spaces and dashes, giving the 10 digits of a NIP written as
     * {@code 123-456-32-18}; {@code null} for null or blank input. Does not validate: check the
     * result with {@link #isValid(String)}.
     */
    public static String normalize(String nip) {
        String s = Digits.trimToNull(nip);
        return s == null ? null : Digits.stripSeparators(s);
    }

    /**
     * Computes the check digit for 9 leading digits, or -1 when none exists (remainder 10).
     *
     * @throws IllegalArgumentException if the input is not 9 ASCII digits
     */
    public static int checkDigit(String leadingDigits) {
        if (!Digits.allDigits(leadingDigits, 9)) {
            throw new IllegalArgumentException("Expected 9 digits");
        }
        int remainder = Digits.weightedSum(leadingDigits, WEIGHTS) % 11;
        return remainder == 10 ? -1 : remainder;
    }
}
