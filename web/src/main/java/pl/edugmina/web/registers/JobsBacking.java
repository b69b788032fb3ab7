package pl.edugmina.web.registers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.Money;
import pl.edugmina.common.ValidationException;
import pl.edugmina.jobs.application.JobBankService;
import pl.edugmina.jobs.domain.JobOfferDraft;
import pl.edugmina.web.support.Faces;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * registers/jobs.xhtml: a unit's job offers (write, correct while open, close) and the candidates who applied to them;
 * the department sees every offer and every candidate and corrects open offers. Candidates are shown only on request
 * (personal data: each listing is audited).
 */
@Named
@ViewScoped
public class JobsBacking extends EditableRegisterBacking<JobBankService.OfferRow, JobOfferDraft> {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobBankService jobs;

    private List<JobBankService.Candidate> candidates;

    private String position;
    private String hoursPerWeek;
    private LocalDate employmentFrom;
    private LocalDate deadline;
    private String description;

    @Override
    protected JobBankService register() {
        return jobs;
    }

    @Override
    protected List<JobBankService.OfferRow> find() {
        return jobs.offers(getFilterUnit());
    }

    /** Publishes a new offer or saves the correction of the one being edited. */
    public void save() {
        BigDecimal hours = null;
        if (hoursPerWeek != null && !hoursPerWeek.isBlank()) {
            hours = Money.parse(hoursPerWeek).orElse(null);
            if (hours == null) {
                Faces.show(new ValidationException(List.of(new ValidationException.Violation("hoursPerWeek", "job.hours.invalid"))), "offerForm");
                return;
            }
        }
        String done = getEditId() == null ? "job.offer.saved" : "job.offer.corrected";
        saveEntry(new JobOfferDraft(position, hours, employmentFrom, deadline, description), "offerForm", id -> Faces.info(done));
    }

    /** An open offer the user may correct: its unit's director or secretariat, or the department's officials. */
    public boolean canCorrect(JobBankService.OfferRow o) {
        return "OPEN".equals(o.status()) && actors().current().canCorrectJobOffersOf(o.unitId());
    }

    @Override
    protected void fill(JobBankService.OfferRow o) {
        position = o.position();
        hoursPerWeek = hours(o.hoursPerWeek());
        employmentFrom = o.employmentFrom();
        deadline = o.deadline();
        description = o.description();
    }

    @Override
    protected void clearFields() {
        position = null;
        hoursPerWeek = null;
        employmentFrom = null;
        deadline = null;
        description = null;
    }

    public void close(JobBankService.OfferRow o) {
        try {
            jobs.closeOffer(o.id());
            Faces.info("job.offer.closed");
        } catch (BusinessException e) {
            Faces.show(e, "offersForm");
        }
        search();
    }

    public void showCandidates() {
        candidates = jobs.candidates();
    }

    public boolean isCandidatesAllowed() {
        var me = actors().current();
        return me.canViewAllJobCandidates() || me.unitScope().stream().anyMatch(me::canViewJobCandidatesOf);
    }

    public String time(Instant t) {
        return pl.edugmina.web.correspondence.CorrespondenceListBacking.time(t);
    }

    public String hours(BigDecimal h) {
        return h == null ? "" : h.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public List<JobBankService.Candidate> getCandidates() { return candidates; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(String hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public LocalDate getEmploymentFrom() { return employmentFrom; }
    public void setEmploymentFrom(LocalDate employmentFrom) { this.employmentFrom = employmentFrom; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
