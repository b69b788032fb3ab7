package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import pl.edugmina.jobs.application.JobBankService;

import java.util.List;

/**
 * The teacher job bank for units and the department: the candidates (personal data, scoped). The offers are in
 * {@link JobOffersResource} ({@code /api/jobs/offers}).
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    private JobBankService jobs;

    /** The candidates the caller may see (the listing is audited). */
    @GET
    @Path("candidates")
    public List<JobBankService.Candidate> candidates() {
        return jobs.candidates();
    }
}
