package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import pl.edugmina.contracts.application.ContractRegisterService;
import pl.edugmina.contracts.domain.ContractDraft;
import pl.edugmina.contracts.domain.RateKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The register of contracts with external parties: the same operations as the screen "Umowy". */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource {

    @Inject
    private ContractRegisterService contracts;

    @GET
    @Path("types")
    public List<ContractRegisterService.Type> types() {
        return contracts.types();
    }

    /** The caller's contracts (a unit: its own; the department: all), each with {@code flag} when below the minimum. */
    @GET
    public List<ContractRegisterService.Row> list(@QueryParam("unitId") Long unitId, @QueryParam("type") String type,
                                                  @QueryParam("flagged") Boolean flagged, @QueryParam("q") String q) {
        return contracts.list(new ContractRegisterService.Filter(unitId, type, flagged, q));
    }

    /**
     * {unitId, partyName, partyNip?, subject, type, dateFrom (YYYY-MM-DD), dateTo?, rateKind: HOURLY|MONTHLY|LUMP_SUM,
     * amount (number or "30,50"), hours?} → 201 {id, flag}
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject b) {
        JsonNumber unit = b.getJsonNumber("unitId");
        if (unit == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("unitId", "validation.required")));
        }
        long id = contracts.create(unit.longValue(), draft(b));
        ContractRegisterService.Row row = contracts.get(id);
        var out = Json.createObjectBuilder().add("id", id);
        if (row.flag() != null) {
            out.add("flag", row.flag());
        } else {
            out.addNull("flag");
        }
        return Response.status(201).location(URI.create("/api/contracts/" + id)).entity(out.build()).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public ContractRegisterService.Row get(@PathParam("id") long id) {
        return contracts.get(id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @QueryParam("version") Integer version, JsonObject b) {
        if (version == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("version", "validation.required")));
        }
        contracts.update(id, version, draft(b));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id) {
        contracts.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("minimum-rates")
    public List<ContractRegisterService.Rate> minimumRates() {
        return contracts.minimumRates();
    }

    /** {amount}: the city's minimum for the type, year and kind (HOURLY or MONTHLY); {amount: null} removes it. */
    @PUT
    @Path("minimum-rates/{type}/{year}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setMinimumRate(@PathParam("type") String type, @PathParam("year") int year, @PathParam("kind") String kind, JsonObject b) {
        contracts.setMinimumRate(type, year, kind(kind), RepairsResource.amount(b, "amount"));
        return Response.noContent().build();
    }

    /** The city-wide list with the same filters, as CSV (default) or XLSX; the department only. */
    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("unitId") Long unitId,
                           @QueryParam("type") String type, @QueryParam("flagged") Boolean flagged, @QueryParam("q") String q) throws IOException {
        var filter = new ContractRegisterService.Filter(unitId, type, flagged, q);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (xlsx) {
            contracts.xlsx(filter, buffer);
        } else {
            contracts.csv(filter, buffer);
        }
        return Response.ok(buffer.toByteArray(), xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"umowy." + (xlsx ? "xlsx" : "csv") + "\"").build();
    }

    static ContractDraft draft(JsonObject b) {
        return new ContractDraft(b.getString("partyName", null), b.getString("partyNip", null), b.getString("subject", null),
                b.getString("type", null), date(b, "dateFrom"), date(b, "dateTo"), rateKind(b.getString("rateKind", null)),
                RepairsResource.amount(b, "amount"), hours(b));
    }

    static LocalDate date(JsonObject b, String field) {
        String s = b.get(field) == null || b.get(field) == JsonValue.NULL ? null : b.getString(field, null);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new ValidationException.Violation(field, "validation.date")));
        }
    }

    private static java.math.BigDecimal hours(JsonObject b) {
        try {
            return RepairsResource.amount(b, "hours");
        } catch (ValidationException e) {
            throw new ValidationException(List.of(new ValidationException.Violation("hours", "contract.hours.invalid")));
        }
    }

    private static RateKind rateKind(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return RateKind.valueOf(s.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new ValidationException.Violation("rateKind", "contract.rateKind.invalid")));
        }
    }

    private static RateKind kind(String s) {
        try {
            return RateKind.valueOf(s.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(404);
        }
    }
}
