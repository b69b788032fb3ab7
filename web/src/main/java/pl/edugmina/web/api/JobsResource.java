package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
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
import pl.edugmina.jobs.application.JobBankService;
import pl.edugmina.jobs.domain.JobOfferDraft;

import java.util.List;

import static pl.edugmina.web.api.RegisterJson.date;

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
        long id = jobs.createOffer(RegisterJson.unitId(b), new JobOfferDraft(b.getString("position", null), RepairsResource.amount(b, "hoursPerWeek"),
                date(b, "employmentFrom"), date(b, "deadline"), b.getString("description", null)));
        return RegisterJson.created("/api/jobs/offers/", id, Json.createObjectBuilder().add("id", id).build());
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
