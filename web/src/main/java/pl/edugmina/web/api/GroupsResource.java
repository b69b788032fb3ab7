package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.registry.application.UnitGroupService;

import java.util.LinkedHashSet;
import java.util.Set;

/** Unit groups: built-in (by type) and user-defined, with their members. */
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    private UnitGroupService groups;

    @GET
    public JsonObject list() {
        JsonArrayBuilder builtIn = Json.createArrayBuilder();
        groups.builtInGroups().forEach(g -> builtIn.add(Json.createObjectBuilder()
                .add("typeId", g.typeId()).add("name", g.name()).add("memberCount", g.memberCount())));
        JsonArrayBuilder custom = Json.createArrayBuilder();
        groups.customGroups().forEach(g -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", g.id()).add("name", g.name()).add("memberCount", g.memberCount());
            if (g.description() == null) {
                b.addNull("description");
            } else {
                b.add("description", g.description());
            }
            custom.add(b);
        });
        return Json.createObjectBuilder().add("builtIn", builtIn).add("custom", custom).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public JsonObject get(@PathParam("id") long id) {
        var g = groups.get(id);
        JsonArrayBuilder members = Json.createArrayBuilder();
        g.memberIds().forEach(members::add);
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", g.id()).add("version", g.version()).add("name", g.name())
                .add("memberIds", members);
        if (g.description() == null) {
            b.addNull("description");
        } else {
            b.add("description", g.description());
        }
        return b.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        long id = groups.save(null, null, name(body), description(body), members(body));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @QueryParam("version") Integer version, JsonObject body) {
        groups.save(id, version, name(body), description(body), members(body));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id:[0-9]+}")
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }

    private static String name(JsonObject body) {
        if (body == null) {
            throw new WebApplicationException(400);
        }
        return body.getString("name", null);
    }

    private static String description(JsonObject body) {
        return body.getString("description", null);
    }

    private static Set<Long> members(JsonObject body) {
        Set<Long> ids = new LinkedHashSet<>();
        if (body.containsKey("memberIds") && body.get("memberIds").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : body.getJsonArray("memberIds")) {
                if (!(v instanceof JsonNumber n)) {
                    throw new WebApplicationException(400);
                }
                ids.add(n.longValue());
            }
        }
        return ids;
    }
}
