package pl.edugmina.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.integration.recruitment.RecruitmentSigningService;
import pl.edugmina.recruitment.application.RecruitmentApplications;
import pl.edugmina.recruitment.application.RecruitmentApplications.OpenCampaign;
import pl.edugmina.recruitment.application.RecruitmentApplications.Summary;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * portal/recruitment/index.xhtml (the parent's applications and the campaigns open now) and
 * portal/recruitment/signed.xhtml (the return from Profil Zaufany: the outcome, the code and the PIN shown once).
 */
@Named
@ViewScoped
public class RecruitmentPortalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentApplications applications;

    @Inject
    private RecruitmentSigningService signing;

    private List<Summary> mine;
    private List<OpenCampaign> open;
    private String token;
    private String result;
    private RecruitmentSigningService.Outcome outcome;

    public List<Summary> getMine() {
        if (mine == null) {
            mine = applications.mine();
        }
        return mine;
    }

    public List<OpenCampaign> getOpen() {
        if (open == null) {
            open = applications.openCampaigns();
        }
        return open;
    }

    /** f:viewAction of signed.xhtml. */
    public void returned() {
        try {
            outcome = signing.complete(token, "cancel".equals(result));
        } catch (BusinessException e) {
            Faces.show(e, "againForm");
        }
    }

    public boolean isWaiting() {
        return outcome != null && "SIGNING".equals(outcome.status());
    }

    public String status(String status) {
        return Faces.text("recruitment.apply.status." + status);
    }

    public String channel(String channel) {
        return channel == null ? "" : Faces.text("recruitment.apply.channel." + channel);
    }

    public String time(Instant t) {
        return pl.edugmina.web.correspondence.CorrespondenceListBacking.time(t);
    }

    public RecruitmentSigningService.Outcome getOutcome() { return outcome; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
}
