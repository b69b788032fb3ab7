package pl.edugmina.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import pl.edugmina.integration.documents.RecruitmentOutcomePdf;
import pl.edugmina.recruitment.application.RecruitmentApplications;
import pl.edugmina.recruitment.application.RecruitmentApplications.Detail;
import pl.edugmina.web.support.Downloads;

import java.time.Instant;

/**
 * The parent's PDF of a published result (portal/recruitment/application.xhtml, "Pobierz informację o wyniku"): the
 * application is read again through the service, so only its guardians (and whoever else may read it) get it, and the
 * reading is audited as any other.
 */
@Named
@RequestScoped
public class RecruitmentOutcomeDownload {

    @Inject
    private RecruitmentApplications applications;

    public StreamedContent pdf(long applicationId) {
        Detail d = applications.detail(applicationId);
        return Downloads.of("wynik-rekrutacji-" + d.code() + ".pdf", "application/pdf", RecruitmentOutcomePdf.render(d, Instant.now()));
    }
}
