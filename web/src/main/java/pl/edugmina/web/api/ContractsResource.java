package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.util.List;

import static pl.edugmina.web.api.RegisterJson.date;

/**
 * The register of contracts with external parties: the same operations as the screen "Umowy". POST, GET, PUT and
 * DELETE of an entry as every register with deletion ({@link DeletableUnitRegisterResource}); a new entry answers 201
 * {id, flag}.
 */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource extends DeletableUnitRegisterResource<ContractRegisterService.Row, ContractDraft> {

    @Inject
    private ContractRegisterService contracts;

    public ContractsResource() {
        super("/api/contracts/");
    }

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

    @Override
    protected ContractRegisterService register() {
        return contracts;
    }

    /** {id, flag}: the reason the new contract is below the city's minimum, or null. */
    @Override
    protected JsonObject createdBody(long id) {
        ContractRegisterService.Row row = contracts.get(id);
        var out = Json.createObjectBuilder().add("id", id);
        if (row.flag() != null) {
            out.add("flag", row.flag());
        } else {
            out.addNull("flag");
        }
        return out.build();
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

    /**
     * {unitId, partyName, partyNip?, subject, type, dateFrom (YYYY-MM-DD), dateTo?, rateKind: HOURLY|MONTHLY|LUMP_SUM,
     * amount (number or "30,50"), hours?}
     */
    @Override
    protected ContractDraft draft(JsonObject b) {
        return new ContractDraft(b.getString("partyName", null), b.getString("partyNip", null), b.getString("subject", null),
                b.getString("type", null), date(b, "dateFrom"), date(b, "dateTo"),
                RegisterJson.constant(RateKind.class, b.getString("rateKind", null), "rateKind", "contract.rateKind.invalid"),
                RepairsResource.amount(b, "amount"), hours(b));
    }

    private static java.math.BigDecimal hours(JsonObject b) {
        try {
            return RepairsResource.amount(b, "hours");
        } catch (ValidationException e) {
            throw RegisterJson.invalid("hours", "contract.hours.invalid");
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
