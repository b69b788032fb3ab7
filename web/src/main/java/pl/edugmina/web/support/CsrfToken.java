package pl.edugmina.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The page's token for a change sent through {@code /api} with the browser's session instead of Basic credentials
 * (ADR 0017): a page of the application writes it into its HTML ({@code #{csrf.token}}), its script sends it back in the
 * header {@value #HEADER}. Another site can make the browser send the session cookie, but cannot read the page to
 * learn the token, and cannot add the header to a cross-site request without a CORS preflight, which the server does
 * not allow. One token per session, 256 random bits, compared in constant time; it ends with the session.
 */
@Named("csrf")
@ApplicationScoped
public class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The current session's token (made on first use): for the page being rendered. */
    public String getToken() {
        return of((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
    }

    static String of(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String t) {
                return t;
            }
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String t = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            session.setAttribute(ATTRIBUTE, t);
            return t;
        }
    }

    /** Whether the request carries its session's token in the header. */
    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getHeader(HEADER);
        if (session == null || sent == null) {
            return false;
        }
        Object token = session.getAttribute(ATTRIBUTE);
        return token instanceof String t
                && MessageDigest.isEqual(t.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
