package pl.edugmina.registry.domain.validation;

/**
 * Address of an ePUAP electronic inbox ("adres skrytki"), e.g. {@code /SP23Lublin/SkrytkaESP}:
 * a slash, the institution identifier, a slash and the inbox name, each of the two names being
 * 1 to 64 characters from {@code [A-Za-z0-9_-]}.
 */
public final class EpuapAddress {

    private static final int MAX_SEGMENT_LENGTH = 64;

    private EpuapAddress() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.isEmpty() || address.charAt(0) != '/') {
            return false;
        }
        int separator = address.indexOf('/', 1);
        return separator > 0
                && isValidSegment(address, 1, separator)
                && isValidSegment(address, separator + 1, address.length());
    }

    /** Trims the address; {@code null} for null or blank input. Check the result with {@link #isValid(String)}. */
    public static String normalize(String address) {
        return Digits.trimToNull(address);
    }

    private static boolean isValidSegment(String s, int from, int to) {
        int length = to - from;
        if (length < 1 || length > MAX_SEGMENT_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || Digits.isAsciiDigit(c) || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
