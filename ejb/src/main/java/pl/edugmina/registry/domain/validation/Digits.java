package pl.edugmina.registry.domain.validation;

/**
 * Small helpers shared by the identifier validators. Only ASCII digits count as digits here:
 * {@link Character#isDigit(char)} would also accept e.g. Arabic-Indic digits.
 */
final class Digits {

    private Digits() {
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when {@code s} consists of exactly {@code length} ASCII digits. */
    static boolean allDigits(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Removes spaces, tabs and dashes (hyphen-minus, en dash, non-breaking space). */
    static String stripSeparators(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-' && c != '\t' && c != '\u2013' && c != '\u00A0') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Sum of digit * weight over {@code weights.length} leading digits of {@code digits}. */
    static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** Null for null or blank input, otherwise the trimmed input. */
    static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static int digitAt(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
