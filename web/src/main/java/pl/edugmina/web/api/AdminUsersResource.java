package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.accounts.application.UserAdminService;
import pl.edugmina.accounts.application.UserAdminService.UserForm;
import pl.edugmina.common.ValidationException;
import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.security.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

    @Inject
    private UserAdminService users;

    @GET
    public JsonObject list(@QueryParam("text") String text) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (var u : users.list(text)) {
            var roles = Json.createArrayBuilder();
            u.roles().forEach(r -> roles.add(r.name()));
            var b = Json.createObjectBuilder().add("id", u.id()).add("login", u.login()).add("displayName", u.displayName())
                    .add("roles", roles).add("enabled", u.enabled()).add("locked", u.locked());
            if (u.unitId() == null) {
                b.addNull("unitId");
            } else {
                b.add("unitId", u.unitId());
            }
            rows.add(b);
        }
        return Json.createObjectBuilder().add("rows", rows).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        UserForm form = form(body);
        String password = users.create(form);
        long id = users.list(form.login()).stream().filter(u -> u.login().equals(form.login().strip().toLowerCase()))
                .findFirst().orElseThrow().id();
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id).add("password", password).build()).build();
    }

    @POST
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, JsonObject body) {
        users.update(id, form(body));
        return Response.noContent().build();
    }

    @POST
    @Path("{id:[0-9]+}/reset-password")
    public JsonObject resetPassword(@PathParam("id") long id) {
        return Json.createObjectBuilder().add("password", users.resetPassword(id)).build();
    }

    @POST
    @Path("{id:[0-9]+}/enable")
    public Response enable(@PathParam("id") long id) {
        users.setEnabled(id, true);
        return Response.noContent().build();
    }

    @POST
    @Path("{id:[0-9]+}/disable")
    public Response disable(@PathParam("id") long id) {
        users.setEnabled(id, false);
        return Response.noContent().build();
    }

    private static UserForm form(JsonObject body) {
        if (body == null) {
            throw new WebApplicationException(400);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (body.containsKey("roles") && body.get("roles").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : body.getJsonArray("roles")) {
                try {
                    roles.add(Role.valueOf(((JsonString) v).getString()));
                } catch (RuntimeException e) {
                    throw new ValidationException(List.of(new Violation("roles", "user.roles.unknown")));
                }
            }
        }
        Long unitId = body.containsKey("unitId") && !body.isNull("unitId") ? body.getJsonNumber("unitId").longValue() : null;
        return new UserForm(body.getString("login", null), body.getString("displayName", null),
                body.getString("email", null), roles, unitId);
    }
}
