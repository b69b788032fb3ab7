package pl.edugmina.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.registers.application.UnitRegisterRow;
import pl.edugmina.registers.application.UnitRegisterService;

/**
 * What the resources of the units' registers share: POST a new entry for the body's {@code unitId} → 201 with its
 * location; GET and PUT {@code ?version=} (the version the caller read) {@code /{id}}; a register whose entries may be
 * deleted adds DELETE ({@link DeletableUnitRegisterResource}). Who may do what, and "another unit's entry is not
 * found", is the register's service's business ({@link UnitRegisterService}).
 *
 * @param <R> a line of the register, as GET answers it
 * @param <D> an entry as the body describes it
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class UnitRegisterResource<R extends UnitRegisterRow, D> {

    private final String path;

    /** @param path where the entries are, ending with a slash (e.g. {@code /api/contracts/}) */
    protected UnitRegisterResource(String path) {
        this.path = path;
    }

    protected abstract UnitRegisterService<R, D> register();

    /** The entry as the body describes it (POST and PUT take the same fields). */
    protected abstract D draft(JsonObject b);

    /** What 201 answers for a new entry: {@code {id}}. */
    protected JsonObject createdBody(long id) {
        return Json.createObjectBuilder().add("id", id).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject b) {
        long id = register().create(RegisterJson.unitId(b), draft(b));
        return RegisterJson.created(path, id, createdBody(id));
    }

    @GET
    @Path("{id: [0-9]+}")
    public R get(@PathParam("id") long id) {
        return register().get(id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @QueryParam("version") Integer version, JsonObject b) {
        if (version == null) {
            throw RegisterJson.invalid("version", "validation.required");
        }
        register().update(id, version, draft(b));
        return Response.noContent().build();
    }
}
