package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.accounts.application.UserAdminService;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private ActorService actors;

    @Inject
    private UserAdminService users;

    @GET
    public JsonObject me() {
        Actor a = actors.current();
        if (!a.isAuthenticated()) {
            throw new AccessDeniedException();
        }
        var roles = Json.createArrayBuilder();
        a.roles().forEach(r -> roles.add(r.name()));
        var scope = Json.createArrayBuilder();
        a.unitScope().stream().sorted().forEach(scope::add);
        var b = Json.createObjectBuilder().add("login", a.login()).add("roles", roles).add("unitScope", scope);
        if (a.unitId() == null) {
            b.addNull("unitId");
        } else {
            b.add("unitId", a.unitId());
        }
        return b.build();
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange body) {
        if (body == null || body.currentPassword() == null || body.newPassword() == null) {
            throw new pl.edugmina.common.ValidationException(java.util.List.of(
                    new pl.edugmina.common.ValidationException.Violation("newPassword", "validation.required")));
        }
        users.changeOwnPassword(body.currentPassword().toCharArray(), body.newPassword().toCharArray());
        return Response.noContent().build();
    }
}
