package pl.edugmina.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API call needs a caller: HTTP Basic credentials, or the session of a logged-in user (GET
 * only, see RequestFilter). Without one the answer is 401 with a JSON message. Only {@code /api/public/…}
 * (the job bank's public part) is open to anyone.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    /** The public part of the API (the job bank's open offers and candidates' entries): no caller needed. */
    static boolean isPublic(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("public") || p.startsWith("public/");
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getSecurityContext().getUserPrincipal() == null && !isPublic(ctx.getUriInfo().getPath())) {
            ctx.abortWith(Response.status(401)
                    .header("WWW-Authenticate", "Basic realm=\"EduGmina\", charset=\"UTF-8\"")
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity("{\"message\":\"Wymagane uwierzytelnienie: nieprawidłowy login lub hasło albo konto zablokowane.\"}")
                    .build());
        }
    }
}
