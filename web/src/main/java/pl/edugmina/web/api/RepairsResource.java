package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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
import pl.edugmina.correspondence.application.CorrespondenceService;
import pl.edugmina.repairs.application.RepairService;
import pl.edugmina.common.Money;
import pl.edugmina.repairs.domain.PoolBalance;
import pl.edugmina.repairs.domain.RepairDraft;
import pl.edugmina.repairs.domain.RepairStatus;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/** Repair and failure requests: the same operations as the screens "Naprawy" (unit) and "Potrzeby remontowe" (department). */
@Path("repairs")
@Produces(MediaType.APPLICATION_JSON)
public class RepairsResource {

    @Inject
    private RepairService repairs;

    @GET
    @Path("dictionaries")
    public RepairService.Dictionaries dictionaries() {
        return repairs.dictionaries();
    }

    /**
     * {unitId, title, description, location?, category, priority, estimatedCost (number or "12 345,67"),
     * photos?: [{name, base64}]} → 201 {id}. Nothing is stored while any field or photo is wrong (422 names each).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JsonObject b) {
        JsonNumber unit = b.getJsonNumber("unitId");
        if (unit == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("unitId", "validation.required")));
        }
        long id = repairs.submit(unit.longValue(), draft(b), photos(b));
        return Response.status(201).location(URI.create("/api/repairs/" + id)).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    /** The caller's requests (a unit: its own; the department: all), filtered. */
    @GET
    public List<RepairService.Row> list(@QueryParam("unitId") Long unitId, @QueryParam("category") String category,
                                        @QueryParam("priority") String priority, @QueryParam("status") String status, @QueryParam("q") String q) {
        return repairs.list(new RepairService.Filter(unitId, category, priority, status(status), q));
    }

    /** The department's city-wide needs: the filtered requests, sums by category and priority, the pool of {@code year}. */
    @GET
    @Path("needs")
    public RepairService.Needs needs(@QueryParam("unitId") Long unitId, @QueryParam("category") String category,
                                     @QueryParam("priority") String priority, @QueryParam("status") String status, @QueryParam("q") String q,
                                     @QueryParam("year") Integer year) {
        return repairs.needs(new RepairService.Filter(unitId, category, priority, status(status), q),
                year == null ? LocalDate.now(RepairService.OFFICE_ZONE).getYear() : year);
    }

    @GET
    @Path("{id}")
    public RepairService.Detail detail(@PathParam("id") long id) {
        return repairs.detail(id);
    }

    /** The unit corrects a returned request and submits it again: the same body as POST (without unitId), plus comment?. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resubmit(@PathParam("id") long id, JsonObject b) {
        repairs.resubmit(id, draft(b), b.getString("comment", null), photos(b));
        return Response.noContent().build();
    }

    /**
     * One photo as the request body ({@code image/jpeg}, {@code image/png} or {@code application/octet-stream}),
     * its file name in {@code ?name=}: → 201 with the request's photos. For photos too big for a JSON body.
     */
    @POST
    @Path("{id}/photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public Response addPhoto(@PathParam("id") long id, @QueryParam("name") String name, byte[] content) {
        List<RepairService.PhotoInfo> all = repairs.addPhotos(id, List.of(new RepairService.NewPhoto(name, content)));
        return Response.status(201).entity(all).build();
    }

    /** {photos: [{name, base64}]} → 201 with the request's photos. */
    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addPhotos(@PathParam("id") long id, JsonObject b) {
        return Response.status(201).entity(repairs.addPhotos(id, photos(b))).build();
    }

    @GET
    @Path("photos/{photo}")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("photo") long photo) {
        RepairService.Photo p = repairs.photo(photo);
        return CorrespondenceResource.file(new CorrespondenceService.File(p.fileName(), p.mediaType(), p.content()));
    }

    /**
     * A step of the request's way, {@code action} one of: {@code review}, {@code return} {comment}, {@code reject}
     * {comment}, {@code approve} {amount, year?, comment?}, {@code start}, {@code settle} {actualCost, invoiceNumber,
     * comment?}, {@code accept} {comment?} and {@code refuse-acceptance} {comment: the reason, required} (the unit's
     * director), {@code close}. 204; 409 when the state does not allow it; 422 when a required comment is missing.
     */
    @POST
    @Path("{id}/{action: review|return|reject|approve|start|settle|accept|refuse-acceptance|close}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response step(@PathParam("id") long id, @PathParam("action") String action, JsonObject b) {
        JsonObject body = b == null ? JsonValue.EMPTY_JSON_OBJECT : b;
        String comment = body.getString("comment", null);
        switch (action) {
            case "review" -> repairs.review(id);
            case "return" -> repairs.returnToUnit(id, comment);
            case "reject" -> repairs.reject(id, comment);
            case "approve" -> repairs.approve(id, body.containsKey("year") ? body.getInt("year") : LocalDate.now(RepairService.OFFICE_ZONE).getYear(),
                    amount(body, "amount"), comment);
            case "start" -> repairs.start(id, comment);
            case "settle" -> repairs.settle(id, amount(body, "actualCost"), body.getString("invoiceNumber", null), comment);
            case "accept" -> repairs.accept(id, comment);
            case "refuse-acceptance" -> repairs.refuseAcceptance(id, comment);
            case "close" -> repairs.close(id, comment);
            default -> throw new WebApplicationException(404);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("pools/{year}")
    public PoolBalance pool(@PathParam("year") int year) {
        return repairs.pool(year);
    }

    /** {amount}: sets the year's pool (never below what approved requests hold). */
    @PUT
    @Path("pools/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PoolBalance setPool(@PathParam("year") int year, JsonObject b) {
        return repairs.setPool(year, amount(b, "amount"));
    }

    static RepairDraft draft(JsonObject b) {
        return new RepairDraft(b.getString("title", null), b.getString("description", null), b.getString("location", null),
                b.getString("category", null), b.getString("priority", null), amount(b, "estimatedCost"));
    }

    /** A JSON number, or a text as people type it ({@code 12 345,67}); anything else is a 422 on that field. */
    static BigDecimal amount(JsonObject b, String field) {
        JsonValue v = b.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return Money.parse(s.getString()).orElseThrow(() ->
                    new ValidationException(List.of(new ValidationException.Violation(field, "repair.amount.invalid"))));
        }
        if (v instanceof JsonString) {
            return null;
        }
        throw new ValidationException(List.of(new ValidationException.Violation(field, "repair.amount.invalid")));
    }

    private static List<RepairService.NewPhoto> photos(JsonObject b) {
        JsonArray a = b.getJsonArray("photos");
        if (a == null) {
            return List.of();
        }
        return a.getValuesAs(JsonObject.class).stream().map(f -> {
            try {
                return new RepairService.NewPhoto(f.getString("name", null), Base64.getMimeDecoder().decode(f.getString("base64", "")));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(List.of(new ValidationException.Violation("photos", "message.file.base64")));
            }
        }).toList();
    }

    private static RepairStatus status(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return RepairStatus.valueOf(s.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(400);
        }
    }
}
