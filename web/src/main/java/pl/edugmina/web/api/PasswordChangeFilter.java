package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import pl.edugmina.accounts.application.UserAdminService;
import pl.edugmina.web.support.Messages;

/** An account with a one-time password may only change it: every other API call is refused. */
@Provider
@jakarta.annotation.Priority(jakarta.ws.rs.Priorities.AUTHORIZATION)
public class PasswordChangeFilter implements ContainerRequestFilter {

    @Inject
    private UserAdminService users;

    @Override
    public void filter(ContainerRequestContext ctx) {
        var principal = ctx.getSecurityContext().getUserPrincipal();
        if (principal == null) {
            return;
        }
        String path = ctx.getUriInfo().getPath();
        if (path.equals("me/password") || path.equals("/me/password") || path.equals("me") || path.equals("/me")) {
            return;
        }
        if (users.passwordChangeRequired(principal.getName())) {
            ctx.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity("{\"message\":\"" + Messages.get(Messages.POLISH, "password.changeRequired") + "\"}").build());
        }
    }
}
