package pl.edugmina.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import pl.edugmina.platform.RequestContext;

import java.io.IOException;

/**
 * For every request: records the client address for the audit log, sets the security headers,
 * and makes API calls stateless (a session created only to carry a Basic login is dropped). A change through the API
 * needs Basic credentials or the browser's session with the page's token ({@link CsrfToken}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestFilter extends HttpFilter {

    @Inject
    private RequestContext requestContext;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        requestContext.clientIp(req.getRemoteAddr());
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "same-origin");
        boolean api = req.getRequestURI().startsWith(req.getContextPath() + "/api/");
        boolean hadSession = req.getSession(false) != null;
        String method = req.getMethod();
        boolean publicApi = api && req.getRequestURI().startsWith(req.getContextPath() + "/api/public/");
        if (api && !publicApi && req.getHeader("Authorization") == null && !"GET".equals(method) && !"HEAD".equals(method)
                && !CsrfToken.matches(req)) {
            // changes through the API need explicit credentials, or the session with the page's token (ADR 0017): a
            // browser session cookie alone is not enough (no cross-site request forgery through the API); the public
            // part acts for nobody (it never uses the caller's identity), so it needs none
            if (hadSession) {
                res.setStatus(HttpServletResponse.SC_FORBIDDEN);
                res.setContentType("application/json;charset=UTF-8");
                res.getWriter().write("{\"message\":\"Zmiana z sesji przeglądarki wymaga tokenu strony (nagłówek " + CsrfToken.HEADER
                        + "). Odśwież stronę i spróbuj ponownie.\"}");
                return;
            }
            res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            res.setHeader("WWW-Authenticate", "Basic realm=\"EduGmina\", charset=\"UTF-8\"");
            res.setContentType("application/json;charset=UTF-8");
            res.getWriter().write("{\"message\":\"Zmiany przez API wymagają uwierzytelnienia (HTTP Basic).\"}");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            if (api && !hadSession && req.getHeader("Authorization") != null) {
                HttpSession s = req.getSession(false);
                if (s != null) {
                    s.invalidate();
                }
            }
        }
    }
}
