package pl.edugmina.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import pl.edugmina.accounts.application.UserAdminService;

import java.io.IOException;

/** A user with a one-time password is sent to the password page until they set their own. */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeRequiredFilter extends HttpFilter {

    static final String CHECKED = "edugmina.passwordChecked";

    @Inject
    private UserAdminService users;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        var principal = req.getUserPrincipal();
        String path = req.getRequestURI().substring(req.getContextPath().length());
        HttpSession session = req.getSession(false);
        if (principal != null && session != null && session.getAttribute(CHECKED) == null
                && !path.startsWith("/account/password") && !path.startsWith("/login") && !path.startsWith("/error/")) {
            if (users.passwordChangeRequired(principal.getName())) {
                res.sendRedirect(req.getContextPath() + "/account/password.xhtml");
                return;
            }
            session.setAttribute(CHECKED, Boolean.TRUE);
        }
        chain.doFilter(req, res);
    }
}
