package pl.edugmina.simulator.pz;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifiers and addresses of the simulated Profil Zaufany: the random, URL-safe tokens that name a
 * document given for signing (and a session's {@code tgsid}), and the signing-page URL
 * {@code <base>/epuap-sim/pz/podpis/<id>} that {@code addDocumentToSigning} returns.
 */
public final class PzIds {

    /** Where the signing page is, under the simulator's context root. */
    public static final String PAGE_PATH = "/pz/podpis/";
    /** The simulator's context root (jboss-web.xml). */
    public static final String CONTEXT_ROOT = "/epuap-sim";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private PzIds() {
    }

    /** 192 random bits, Base64url without padding: 32 characters of {@code [A-Za-z0-9_-]}. */
    public static String newToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether {@code s} has the shape of a token (not whether such a document exists). */
    public static boolean isToken(String s) {
        return s != null && TOKEN.matcher(s).matches();
    }

    /**
     * The document id in what an integrator passes to {@code getSignedDocument}: the bare id or the whole
     * URL that {@code addDocumentToSigning} returned (real integrators pass that URL back), with or without
     * a query, a fragment or a trailing slash. Empty if it is neither (including any other URL).
     */
    public static Optional<String> idFrom(String idOrUrl) {
        if (idOrUrl == null) {
            return Optional.empty();
        }
        String s = idOrUrl.strip();
        int cut = indexOfAny(s, '?', '#');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        if (s.contains("/")) { // a URL: only a signing page's
            int page = s.lastIndexOf(PAGE_PATH);
            if (page < 0) {
                return Optional.empty();
            }
            s = s.substring(page + PAGE_PATH.length());
            if (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return isToken(s) ? Optional.of(s) : Optional.empty();
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** The signing page of document {@code id}: {@code <base><contextPath>/pz/podpis/<id>}. */
    public static String pageUrl(String base, String contextPath, String id) {
        String ctx = contextPath == null || contextPath.isBlank() ? CONTEXT_ROOT : contextPath;
        return stripSlashes(base) + ctx + PAGE_PATH + id;
    }

    /**
     * The simulator's base address: the configured public URL ({@code epuap.sim.public-url}) if there is
     * one, else {@code scheme://host[:port]} of the request (the port left out when it is the scheme's default).
     */
    public static String baseUrl(Optional<String> configured, String scheme, String host, int port) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return stripSlashes(configured.get().strip());
        }
        String sch = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        String h = host != null && host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // IPv6 literal
        boolean defaultPort = port <= 0 || ("http".equals(sch) && port == 80) || ("https".equals(sch) && port == 443);
        return sch + "://" + h + (defaultPort ? "" : ":" + port);
    }

    private static String stripSlashes(String s) {
        String r = s;
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}
