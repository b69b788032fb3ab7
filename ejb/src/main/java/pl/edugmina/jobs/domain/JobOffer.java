package pl.edugmina.jobs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.edugmina.registers.domain.UnitRegisterEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A unit's job offer in the city's teacher job bank. Public while open and before its deadline. */
@Entity
@Table(name = "job_offer")
public class JobOffer extends UnitRegisterEntry {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_offer_seq")
    @SequenceGenerator(name = "job_offer_seq", sequenceName = "job_offer_seq", allocationSize = 50)
    private Long id;
    private String position;
    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;
    @Column(name = "employment_from")
    private LocalDate employmentFrom;
    private LocalDate deadline;
    private String description;
    @Enumerated(EnumType.STRING)
    private Status status;

    protected JobOffer() {
    }

    /** {@code d} must be normalised and without problems. */
    public JobOffer(long unitId, JobOfferDraft d, String by, Instant at) {
        super(unitId, by, at);
        apply(d);
        this.status = Status.OPEN;
    }

    /** An open offer may be corrected (the public sees the correction at once); a closed one stays as it was closed. */
    public boolean correctable() {
        return status == Status.OPEN;
    }

    /**
     * Corrects the offer: {@code d} must be normalised and without problems, and the offer {@link #correctable()}
     * (the caller checks it first: a closed offer here is a programming error). Applications made stay with it.
     */
    public void change(JobOfferDraft d, Instant at) {
        if (!correctable()) {
            throw new IllegalStateException("job offer " + id + " is closed");
        }
        apply(d);
        changedAt(at);
    }

    private void apply(JobOfferDraft d) {
        this.position = d.position();
        this.hoursPerWeek = d.hoursPerWeek();
        this.employmentFrom = d.employmentFrom();
        this.deadline = d.deadline();
        this.description = d.description();
    }

    /** Candidates may apply: open and the deadline not passed. */
    public boolean acceptsApplications(LocalDate today) {
        return status == Status.OPEN && !deadline.isBefore(today);
    }

    /** The unit filled the post or withdrew the offer: it leaves the public list; applications made stay. */
    public void close(Instant at) {
        status = Status.CLOSED;
        changedAt(at);
    }

    @Override
    public Long id() { return id; }
    public String position() { return position; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public LocalDate employmentFrom() { return employmentFrom; }
    public LocalDate deadline() { return deadline; }
    public String description() { return description; }
    public Status status() { return status; }
}
