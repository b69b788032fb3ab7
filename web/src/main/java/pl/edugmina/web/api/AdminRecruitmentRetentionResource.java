package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import pl.edugmina.recruitment.application.RecruitmentRetention;

/**
 * Operations: the retention of recruitment data started by hand (it also runs every night at 03:37). The administrator
 * only (403 for anyone else, audited). Answers what was done, in counts: {campaignsDue, candidatesDeleted,
 * applicationsDeleted, draftsDeleted, keptForAppeal, campaignsSkipped}.
 */
@Path("admin/recruitment/retention")
@Produces(MediaType.APPLICATION_JSON)
public class AdminRecruitmentRetentionResource {

    @Inject
    private RecruitmentRetention retention;

    @POST
    public RecruitmentRetention.Report run() {
        return retention.runNow();
    }
}
