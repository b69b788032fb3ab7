package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import pl.edugmina.common.ValidationException;
import pl.edugmina.innovations.application.InnovationRegisterService;
import pl.edugmina.innovations.domain.InnovationDraft;
import pl.edugmina.innovations.domain.InnovationKind;
import pl.edugmina.innovations.domain.InnovationStatus;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The register of pedagogical innovations: the same operations as the screen "Innowacje". */
@Path("innovations")
@Produces(MediaType.APPLICATION_JSON)
public class InnovationsResource {

    @Inject
    private InnovationRegisterService innovations;

    @GET
    public List<InnovationRegisterService.Row> list(@QueryParam("unitId") Long unitId, @QueryParam("kind") String kind,
                                                    @QueryParam("status") String status, @QueryParam("year") Integer year, @QueryParam("q") String q) {
        return innovations.list(new InnovationRegisterService.Filter(unitId, parse(InnovationKind.class, kind), parse(InnovationStatus.class, status),
                year, q));
    }

    /**
     * {unitId, title, kinds: [ORGANIZATIONAL|CURRICULAR|METHODOLOGICAL], subjectArea?, classes, dateFrom, dateTo?, authors,
     * status: PLANNED|RUNNING|FINISHED|CANCELLED, description?} → 201 {id}
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject b) {
        JsonNumber unit = b.getJsonNumber("unitId");
        if (unit == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("unitId", "validation.required")));
        }
        long id = innovations.create(unit.longValue(), draft(b));
        return Response.status(201).location(URI.create("/api/innovations/" + id)).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public InnovationRegisterService.Row get(@PathParam("id") long id) {
        return innovations.get(id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @QueryParam("version") Integer version, JsonObject b) {
        if (version == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("version", "validation.required")));
        }
        innovations.update(id, version, draft(b));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id) {
        innovations.delete(id);
        return Response.noContent().build();
    }

    private static InnovationDraft draft(JsonObject b) {
        Set<InnovationKind> kinds = EnumSet.noneOf(InnovationKind.class);
        JsonArray a = b.getJsonArray("kinds");
        if (a != null) {
            for (JsonString s : a.getValuesAs(JsonString.class)) {
                try {
                    kinds.add(InnovationKind.valueOf(s.getString().strip().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw new ValidationException(List.of(new ValidationException.Violation("kinds", "innovation.kind.unknown", s.getString())));
                }
            }
        }
        InnovationStatus status;
        try {
            String s = b.getString("status", null);
            status = s == null || s.isBlank() ? null : InnovationStatus.valueOf(s.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new ValidationException.Violation("status", "innovation.status.unknown")));
        }
        return new InnovationDraft(b.getString("title", null), kinds, b.getString("subjectArea", null), b.getString("classes", null),
                ContractsResource.date(b, "dateFrom"), ContractsResource.date(b, "dateTo"), b.getString("authors", null), status,
                b.getString("description", null));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(400);
        }
    }
}
