package pl.edugmina.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.edugmina.accounts.application.UserAdminService;

import java.io.IOException;

/** The login form: checks the credentials through Jakarta Security and returns the user where they were going. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LocaleBacking locale;

    @Inject
    private UserAdminService users;

    private String username;
    private String password;
    private String next;
    private boolean expired;

    public void init() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (expired && !fc.isPostback()) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, locale.text("login.expired"), null));
        }
        if ("true".equals(fc.getExternalContext().getRequestParameterMap().get("loggedOut"))) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, locale.text("login.loggedOut"), null));
        }
    }

    public String login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        // a new session for the new identity (no session fixation)
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip().toLowerCase(), new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            String target = users.passwordChangeRequired(request.getUserPrincipal().getName()) ? "/account/password.xhtml" : safeNext();
            ec.redirect(ec.getRequestContextPath() + target);
            fc.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            fc.responseComplete();
            return null;
        }
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, locale.text("login.failed"), null));
        return null;
    }

    /** Only a path inside this application: never an absolute or protocol-relative URL. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("://")
                || next.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public boolean isExpired() { return expired; }
    public void setExpired(boolean expired) { this.expired = expired; }
}
