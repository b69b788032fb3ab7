package pl.edugmina.registry.domain.validation;

import java.util.Locale;

/**
 * Pragmatic e-mail address check: {@code local@domain.tld}, no whitespace, at most 254
 * characters. The local part allows the RFC 5322 "atext" characters and single dots; the domain
 * must have at least two labels of letters, digits and inner hyphens, and an alphabetic TLD.
 * Quoted local parts, IP-literal domains and raw internationalised domains are rejected.
 */
public final class Email {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    private Email() {
    }

    public static boolean isValid(String email) {
        if (email == null || email.isEmpty() || email.length() > MAX_LENGTH) {
            return false;
        }
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@')) {
            return false;
        }
        return isValidLocalPart(email.substring(0, at)) && isValidDomain(email.substring(at + 1));
    }

    /**
     * Trims the input and, for a valid address, lower-cases the domain part; {@code null} for
     * null or blank input. Check the result with {@link #isValid(String)}.
     */
    public static String normalize(String email) {
        String s = Digits.trimToNull(email);
        if (!isValid(s)) {
            return s;
        }
        int at = s.indexOf('@');
        return s.substring(0, at + 1) + s.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isValidLocalPart(String local) {
        if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH
                || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAsciiAlphanumeric(c) && c != '.' && LOCAL_SPECIALS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValidDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!isValidLabel(label)) {
                return false;
            }
        }
        String tld = labels[labels.length - 1];
        if (tld.length() < 2) {
            return false;
        }
        for (int i = 0; i < tld.length(); i++) {
            if (!isAsciiLetter(tld.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isValidLabel(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH
                || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!isAsciiAlphanumeric(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return isAsciiLetter(c) || Digits.isAsciiDigit(c);
    }
}
