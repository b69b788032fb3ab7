package pl.edugmina.web.registers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.Money;
import pl.edugmina.common.ValidationException;
import pl.edugmina.jobs.application.JobBankService;
import pl.edugmina.jobs.domain.JobOfferDraft;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.security.ActorService;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * registers/jobs.xhtml: a unit's job offers (write, close) and the candidates who applied to them; the department sees
 * every offer and every candidate. Candidates are shown only on request (personal data: each listing is audited).
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobBankService jobs;

    @Inject
    private UnitRegistryService registry;

    @Inject
    private ActorService actors;

    private List<JobBankService.OfferRow> offers;
    private List<JobBankService.Candidate> candidates;

    private Long unitId;
    private String position;
    private String hoursPerWeek;
    private LocalDate employmentFrom;
    private LocalDate deadline;
    private String description;
    private List<UnitView.Ref> myUnits;

    public List<JobBankService.OfferRow> getOffers() {
        if (offers == null) {
            offers = jobs.offers(null);
        }
        return offers;
    }

    public void save() {
        BigDecimal hours = null;
        if (hoursPerWeek != null && !hoursPerWeek.isBlank()) {
            hours = Money.parse(hoursPerWeek).orElse(null);
            if (hours == null) {
                Faces.show(new ValidationException(List.of(new ValidationException.Violation("hoursPerWeek", "job.hours.invalid"))), "offerForm");
                return;
            }
        }
        try {
            if (unitId == null) {
                throw new ValidationException(List.of(new ValidationException.Violation("unit", "validation.required")));
            }
            jobs.createOffer(unitId, new JobOfferDraft(position, hours, employmentFrom, deadline, description));
            Faces.info("job.offer.saved");
            position = null;
            hoursPerWeek = null;
            employmentFrom = null;
            deadline = null;
            description = null;
            offers = null;
        } catch (BusinessException e) {
            Faces.show(e, "offerForm");
        }
    }

    public void close(JobBankService.OfferRow o) {
        try {
            jobs.closeOffer(o.id());
            Faces.info("job.offer.closed");
        } catch (BusinessException e) {
            Faces.show(e, "offersForm");
        }
        offers = null;
    }

    public void showCandidates() {
        candidates = jobs.candidates();
    }

    public boolean isCandidatesAllowed() {
        var me = actors.current();
        return me.canViewAllJobCandidates() || me.unitScope().stream().anyMatch(me::canViewJobCandidatesOf);
    }

    public List<UnitView.Ref> getMyUnits() {
        if (myUnits == null) {
            var me = actors.current();
            myUnits = registry.openUnits().stream().filter(u -> me.canKeepRegistersOf(u.id())).toList();
            if (unitId == null && !myUnits.isEmpty()) {
                unitId = me.unitId() != null && me.canKeepRegistersOf(me.unitId()) ? me.unitId() : myUnits.get(0).id();
            }
        }
        return myUnits;
    }

    public boolean canKeep(long unit) {
        return actors.current().canKeepRegistersOf(unit);
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    public String time(Instant t) {
        return pl.edugmina.web.correspondence.CorrespondenceListBacking.time(t);
    }

    public String hours(BigDecimal h) {
        return h == null ? "" : h.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public List<JobBankService.Candidate> getCandidates() { return candidates; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
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
