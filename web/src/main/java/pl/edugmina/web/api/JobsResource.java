package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.common.ValidationException;
import pl.edugmina.jobs.application.JobBankService;
import pl.edugmina.jobs.domain.JobOfferDraft;

import java.net.URI;
import java.util.List;

/** The teacher job bank for units and the department: offers (units write them) and candidates (personal data, scoped). */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    private JobBankService jobs;

    @GET
    @Path("offers")
    public List<JobBankService.OfferRow> offers(@QueryParam("unitId") Long unitId) {
        return jobs.offers(unitId);
    }

    /** {unitId, position, hoursPerWeek, employmentFrom, deadline, description?} → 201 {id} */
    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject b) {
        JsonNumber unit = b.getJsonNumber("unitId");
        if (unit == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("unitId", "validation.required")));
        }
        long id = jobs.createOffer(unit.longValue(), new JobOfferDraft(b.getString("position", null), RepairsResource.amount(b, "hoursPerWeek"),
                ContractsResource.date(b, "employmentFrom"), ContractsResource.date(b, "deadline"), b.getString("description", null)));
        return Response.status(201).location(URI.create("/api/jobs/offers/" + id)).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @POST
    @Path("offers/{id}/close")
    public Response close(@PathParam("id") long id) {
        jobs.closeOffer(id);
        return Response.noContent().build();
    }

    /** The candidates the caller may see (the listing is audited). */
    @GET
    @Path("candidates")
    public List<JobBankService.Candidate> candidates() {
        return jobs.candidates();
    }
}
