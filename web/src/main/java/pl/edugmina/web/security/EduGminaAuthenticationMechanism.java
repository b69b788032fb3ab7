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
 *   <li>{@code /api/*}: HTTP Basic on every request (integrators, tests), no session; a caller
 *       without valid credentials stays anonymous and the API answers 401 in JSON
 *       ({@code ApiAuthenticationFilter}).</li>
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
        if (api) {
            // the API checks its own callers (ApiAuthenticationFilter answers 401 in JSON): here a
            // valid Basic login is established, anything else stays anonymous
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).strip());
                if (basic != null) {
                    CredentialValidationResult result = identityStore.validate(basic);
                    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                        return context.notifyContainerAboutLogin(result);
                    }
                }
            }
            return context.doNothing();
        }
        if (!context.isProtected()) {
            return context.doNothing();
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
