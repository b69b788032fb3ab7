package pl.edugmina.registry.domain.validation;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Website address safe to render as a link: an absolute {@code http} or {@code https} URL with
 * a host name that has at least two labels (or an IPv4 address), no user-info part and no
 * whitespace. Everything else ({@code javascript:}, {@code data:}, {@code ftp:}, relative
 * references...) is rejected.
 */
public final class WebsiteUrl {

    public static final int MAX_LENGTH = 2000;

    private WebsiteUrl() {
    }

    public static boolean isValid(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c)) {
                return false;
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return false;
        }
        return uri.getRawUserInfo() == null && isValidHost(uri.getHost());
    }

    /**
     * Trims the address and, when it has no scheme at all (as in {@code www.sp23.lublin.pl},
     * common in registry data) and prefixing {@code http://} makes it valid, does so. Anything
     * else is returned trimmed, {@code null} for null or blank input. Check the result with
     * {@link #isValid(String)}.
     */
    public static String normalize(String url) {
        String s = Digits.trimToNull(url);
        if (s != null && !hasScheme(s) && isValid("http://" + s)) {
            return "http://" + s;
        }
        return s;
    }

    /** A scheme is "letters/digits/+.- followed by ':'" before any '/', '?' or '#'. */
    private static boolean hasScheme(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            if (c == '/' || c == '?' || c == '#') {
                return false;
            }
        }
        return false;
    }

    private static boolean isValidHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] labels = h.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!Email.isValidLabel(label)) {
                return false;
            }
        }
        return true;
    }
}
