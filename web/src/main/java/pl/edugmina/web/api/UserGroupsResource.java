package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.messaging.application.UserGroupService;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Groups of people the department writes to (department only). */
@Path("user-groups")
@Produces(MediaType.APPLICATION_JSON)
public class UserGroupsResource {

    @Inject
    private UserGroupService groups;

    @GET
    public List<UserGroupService.GroupRow> list() {
        return groups.list();
    }

    /** Everyone who can be written to or put in a group: active users of open units. */
    @GET
    @Path("people")
    public List<UserGroupService.Person> people() {
        return groups.people();
    }

    @GET
    @Path("{id}")
    public UserGroupService.Group get(@PathParam("id") long id) {
        return groups.get(id);
    }

    /** {name, memberIds[]} → 201 {id} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject b) {
        long id = groups.save(null, b.getString("name", null), members(b.getJsonArray("memberIds")));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, JsonObject b) {
        groups.save(id, b.getString("name", null), members(b.getJsonArray("memberIds")));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }

    private static Set<Long> members(JsonArray a) {
        Set<Long> out = new LinkedHashSet<>();
        if (a != null) {
            a.getValuesAs(JsonNumber.class).forEach(n -> out.add(n.longValue()));
        }
        return out;
    }
}
