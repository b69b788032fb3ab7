package pl.edugmina.web.jobs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.jobs.application.JobBankService;
import pl.edugmina.jobs.domain.CandidateEntry;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** jobs/offers.xhtml and jobs/apply.xhtml: the public job bank, without login. */
@Named
@ViewScoped
public class PublicJobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobBankService jobs;

    private List<JobBankService.PublicOffer> offers;
    private String fullName;
    private String email;
    private String subjects;
    private String qualifications;
    private boolean consent;
    private List<Long> offerIds = new ArrayList<>();
    private Long offer;
    private boolean sent;

    public void init() {
        if (offer != null && !offerIds.contains(offer)) {
            offerIds.add(offer);
        }
    }

    public List<JobBankService.PublicOffer> getOffers() {
        if (offers == null) {
            offers = jobs.publicOffers();
        }
        return offers;
    }

    public void send() {
        try {
            jobs.apply(new CandidateEntry(fullName, email, subjects, qualifications, consent, new LinkedHashSet<>(offerIds)));
            sent = true;
            fullName = null;
            email = null;
            subjects = null;
            qualifications = null;
            consent = false;
            offerIds = new ArrayList<>();
            Faces.info("job.candidate.received");
        } catch (BusinessException e) {
            Faces.show(e, "candidateForm");
        }
    }

    public String getConsentText() {
        return CandidateEntry.CONSENT_TEXT;
    }

    public int getRetentionMonths() {
        return CandidateEntry.RETENTION_MONTHS;
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    public String hours(BigDecimal h) {
        return h == null ? "" : h.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public String label(JobBankService.PublicOffer o) {
        return o.position() + " – " + o.unitName() + " (" + Faces.text("job.deadlineShort") + " " + date(o.deadline()) + ")";
    }

    public boolean isSent() { return sent; }
    public Long getOffer() { return offer; }
    public void setOffer(Long offer) { this.offer = offer; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getSubjects() { return subjects; }
    public void setSubjects(String subjects) { this.subjects = subjects; }
    public String getQualifications() { return qualifications; }
    public void setQualifications(String qualifications) { this.qualifications = qualifications; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public List<Long> getOfferIds() { return offerIds; }
    public void setOfferIds(List<Long> offerIds) { this.offerIds = offerIds; }
}
