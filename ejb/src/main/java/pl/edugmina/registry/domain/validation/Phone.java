package pl.edugmina.registry.domain.validation;

/**
 * Polish phone number: 9 national digits (the first one non-zero), optionally preceded by the
 * country code {@code +48} or {@code 0048}. Spaces, dashes and parentheses around an area code
 * are allowed, e.g. {@code 81 466 12 34}, {@code (81) 466-12-34}, {@code +48 600 100 200}.
 */
public final class Phone {

    private static final int NATIONAL_LENGTH = 9;
    private static final int MAX_INPUT_LENGTH = 40;

    private Phone() {
    }

    public static boolean isValid(String phone) {
        return nationalNumber(phone) != null;
    }

    /**
     * Returns a valid number in E.164 form ({@code +48} followed by 9 digits); anything else is
     * returned trimmed, {@code null} for null or blank input. Check the result with
     * {@link #isValid(String)}.
     */
    public static String normalize(String phone) {
        String national = nationalNumber(phone);
        return national != null ? "+48" + national : Digits.trimToNull(phone);
    }

    private static String nationalNumber(String phone) {
        if (phone == null || phone.length() > MAX_INPUT_LENGTH) {
            return null;
        }
        String s = Digits.stripSeparators(phone.trim());
        if (s.startsWith("+48")) {
            s = s.substring(3);
        } else if (s.startsWith("0048")) {
            s = s.substring(4);
        }
        s = stripAreaCodeParentheses(s);
        if (s == null || !Digits.allDigits(s, NATIONAL_LENGTH) || s.charAt(0) == '0') {
            return null;
        }
        return s;
    }

    /** Accepts "(81)466..." as "81466..."; any other parenthesis makes the number invalid. */
    private static String stripAreaCodeParentheses(String s) {
        if (s.startsWith("(") && s.length() > 3 && s.charAt(3) == ')') {
            s = s.substring(1, 3) + s.substring(4);
        }
        return s.indexOf('(') >= 0 || s.indexOf(')') >= 0 ? null : s;
    }
}
