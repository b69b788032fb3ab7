package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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

/**
 * The job bank's offers for units and the department: POST, GET and PUT {@code ?version=} of an offer as every register
 * ({@link UnitRegisterResource}; a correction of a closed offer or of a version someone else changed is 409), the list,
 * and closing an offer. Offers are never deleted. The candidates are in {@link JobsResource}.
 */
@Path("jobs/offers")
@Produces(MediaType.APPLICATION_JSON)
public class JobOffersResource extends UnitRegisterResource<JobBankService.OfferRow, JobOfferDraft> {

    @Inject
    private JobBankService jobs;

    public JobOffersResource() {
        super("/api/jobs/offers/");
    }

    @Override
    protected JobBankService register() {
        return jobs;
    }

    /** The caller's offers (a unit: its own; the department: all), newest first. */
    @GET
    public List<JobBankService.OfferRow> list(@QueryParam("unitId") Long unitId) {
        return jobs.offers(unitId);
    }

    @POST
    @Path("{id: [0-9]+}/close")
    public Response close(@PathParam("id") long id) {
        jobs.closeOffer(id);
        return Response.noContent().build();
    }

    /** {unitId (POST only), position, hoursPerWeek (number or "12,5"), employmentFrom, deadline (YYYY-MM-DD), description?} */
    @Override
    protected JobOfferDraft draft(JsonObject b) {
        return new JobOfferDraft(b.getString("position", null), RepairsResource.amount(b, "hoursPerWeek"), date(b, "employmentFrom"),
                date(b, "deadline"), b.getString("description", null));
    }
}
