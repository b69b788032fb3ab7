package pl.edugmina.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for the whole application:
 * <ul>
 *   <li>screens: form login (the login page calls {@code SecurityContext.authenticate} with the
 *       credentials); an anonymous request for a protected page is redirected to the login page
 *       and comes back after login; the identity lives in the HTTP session;</li>
 *   <li>{@code /api/*}: HTTP Basic on every request (integrators, tests); no session, and a JSON
 *       401 instead of a redirect.</li>
 * </ul>
 */
@ApplicationScoped
@AutoApplySession
public class EduGminaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private pl.edugmina.platform.RequestContext requestContext;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // authentication runs before the servlet filters: the audit of a login needs the address now
        requestContext.clientIp(request.getRemoteAddr());
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStore.validate(credential));
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).strip());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT : identityStore.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                // each API request carries its credentials; ApiSessionFilter drops the session afterwards
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(response);
        }
        try {
            String back = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"EduGmina\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"message\":\"Wymagane uwierzytelnienie: nieprawidłowy login lub hasło albo konto zablokowane.\"}");
            response.flushBuffer();
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // the response is complete (401 with a JSON body): the container must not replace it with its error page
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static UsernamePasswordCredential decodeBasic(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), new Password(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
