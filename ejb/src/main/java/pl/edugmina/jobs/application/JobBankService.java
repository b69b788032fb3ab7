package pl.edugmina.jobs.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.jobs.domain.CandidateEntry;
import pl.edugmina.jobs.domain.JobOffer;
import pl.edugmina.jobs.domain.JobOfferDraft;
import pl.edugmina.registers.application.RegisterQuery;
import pl.edugmina.registers.application.UnitRegister;
import pl.edugmina.registers.application.UnitRegisterRow;
import pl.edugmina.registers.application.UnitRegisterService;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static pl.edugmina.platform.SqlValues.date;
import static pl.edugmina.platform.SqlValues.instant;

/**
 * The city's teacher job bank (Miejski bank ofert pracy): units publish offers; anyone sees the open ones (no login, no
 * personal data); candidates enter themselves with a required consent and apply to open offers. A candidate is seen by
 * the department's officials and by the units whose offers they applied to, and only until the entry expires
 * ({@link CandidateEntry#RETENTION_MONTHS} months; expired entries are deleted by {@link #purgeExpired()}). An open
 * offer may be corrected by its unit and by the department (naming the version the user saw); offers are never deleted,
 * they are closed.
 */
@Stateless
@LocalBean
public class JobBankService implements UnitRegisterService<JobBankService.OfferRow, JobOfferDraft> {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    private UnitRegister<JobOffer> offerRegister;

    @PostConstruct
    void init() {
        offerRegister = new UnitRegister<>(em, audit, JobOffer.class, "JobOffer", "offer", JobBankService::snapshot,
                Actor::canCorrectJobOffersOf);
    }

    /** An offer as the public sees it: the unit's name and locality, never who wrote it. */
    public record PublicOffer(long id, String unitName, String locality, String position, BigDecimal hoursPerWeek, LocalDate employmentFrom,
                              LocalDate deadline, String description) {
    }

    /**
     * An offer as the unit and the department see it, with the number of applications (within the reader's reach) and
     * the version a correction names.
     */
    public record OfferRow(long id, long unitId, String unitName, String position, BigDecimal hoursPerWeek, LocalDate employmentFrom,
                           LocalDate deadline, String description, String status, boolean open, long applications, Instant createdAt,
                           int version) implements UnitRegisterRow {
    }

    /** A candidate and the offers they applied to that the reader may see. */
    public record Candidate(long id, String fullName, String email, String subjects, String qualifications, Instant createdAt,
                            Instant expiresAt, List<String> appliedTo) {
    }

    // ---------------------------------------------------------------- public (no login)

    public List<PublicOffer> publicOffers() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, u.name, u.locality, o.position, o.hours_per_week, o.employment_from, o.deadline, o.description
                from job_offer o join unit u on u.id = o.unit_id
                where o.status = 'OPEN' and o.deadline >= ?1 order by o.deadline, o.id""")
                .setParameter(1, LocalDate.now(OFFICE_ZONE)).setMaxResults(2000).getResultList();
        return rows.stream().map(r -> new PublicOffer(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (BigDecimal) r[4],
                date(r[5]), date(r[6]), (String) r[7])).toList();
    }

    /**
     * A candidate's entry from the public form, with applications to open offers. Everything is checked first: nothing is
     * stored while a field is wrong, the consent is missing or an offer is not open.
     */
    public void apply(CandidateEntry entry) {
        CandidateEntry e = entry.normalised();
        List<ValidationException.Violation> errors = ValidationException.Violation.allOf(e.problems());
        LocalDate today = LocalDate.now(OFFICE_ZONE);
        for (Long offerId : e.offerIds()) {
            JobOffer o = offerId == null ? null : em.find(JobOffer.class, offerId);
            if (o == null || !o.acceptsApplications(today)) {
                errors.add(new ValidationException.Violation("offerIds", "job.offer.notOpen", String.valueOf(offerId)));
            }
        }
        ValidationException.throwIfAny(errors);
        Instant now = Instant.now();
        long id = ((Number) em.createNativeQuery("select nextval('job_candidate_seq')").getSingleResult()).longValue();
        em.createNativeQuery("""
                insert into job_candidate (id, full_name, email, subjects, qualifications, consent, consent_text, created_at, expires_at)
                values (?1, ?2, ?3, ?4, ?5, true, ?6, ?7, ?8)""")
                .setParameter(1, id).setParameter(2, e.fullName()).setParameter(3, e.email()).setParameter(4, e.subjects())
                .setParameter(5, e.qualifications()).setParameter(6, CandidateEntry.CONSENT_TEXT).setParameter(7, Timestamp.from(now))
                .setParameter(8, Timestamp.from(CandidateEntry.expiresAt(now))).executeUpdate();
        for (Long offerId : e.offerIds()) {
            em.createNativeQuery("insert into job_application (candidate_id, offer_id, applied_at) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, offerId).setParameter(3, Timestamp.from(now)).executeUpdate();
        }
        // the log names the entry and the offers, never the person
        audit.record(actors.current().login(), AuditAction.CREATE, "JobCandidate", id,
                "Zgłoszenie do banku ofert pracy (zgoda udzielona; oferty: " + e.offerIds() + ")");
    }

    // ---------------------------------------------------------------- units and the department

    @Override
    public long create(long unitId, JobOfferDraft draft) {
        Actor me = actors.current();
        return offerRegister.create(me, unitId, () -> new JobOffer(unitId, valid(draft), me.login(), Instant.now()),
                o -> "Oferta pracy: " + o.position());
    }

    /**
     * Corrects an open offer (its unit or the department); {@code version} is the one the user saw: someone else's save
     * in between is a conflict, and so is an offer closed meanwhile. The deadline may not be in the past.
     */
    @Override
    public void update(long id, int version, JobOfferDraft draft) {
        offerRegister.update(actors.current(), id, version, o -> {
            if (!o.correctable()) {
                throw new ConflictException("job.offer.closedNoChange");
            }
            o.change(valid(draft), Instant.now());
        }, "Poprawiono ofertę pracy");
    }

    /** The unit withdraws its offer or the post is filled: it leaves the public list. */
    public void closeOffer(long id) {
        Actor me = actors.current();
        JobOffer o = offerRegister.kept(me, id);
        String before = o.status().name();
        o.close(Instant.now());
        audit.recordChange(me.login(), AuditAction.UPDATE, "JobOffer", id, "Zamknięto ofertę pracy", Map.of("status", before),
                Map.of("status", o.status().name()));
    }

    /** The offers of the caller's units (the department: all; {@code unitId}: that unit's only), newest first. */
    public List<OfferRow> offers(Long unitId) {
        return UnitRegister.list(actors.current(), unitId, this::rows);
    }

    @Override
    public OfferRow get(long id) {
        return offerRegister.line(actors.current(), id, null, this::rows);
    }

    /**
     * The candidates the caller may see (personal data: the listing is audited): the department's officials every
     * entry not expired; a unit's director and secretariat those who applied to their units' offers, each with only
     * those offers. Anyone else: refused.
     */
    public List<Candidate> candidates() {
        Actor me = actors.current();
        boolean all = me.canViewAllJobCandidates();
        List<Long> units = me.unitScope().stream().filter(me::canViewJobCandidatesOf).toList();
        if (!all && units.isEmpty()) {
            throw new AccessDeniedException();
        }
        String offerScope = all ? "" : " and o.unit_id = any(cast(?1 as bigint[]))";
        var q = em.createNativeQuery("""
                select c.id, c.full_name, c.email, c.subjects, c.qualifications, c.created_at, c.expires_at,
                       coalesce(string_agg(o.position || ' – ' || u.name, '|' order by o.id) filter (where o.id is not null), '')
                from job_candidate c
                     left join job_application a on a.candidate_id = c.id
                     left join job_offer o on o.id = a.offer_id""" + offerScope + """

                     left join unit u on u.id = o.unit_id
                where c.expires_at > now()""" + (all ? "" : " and exists (select 1 from job_application a2 join job_offer o2 on o2.id = a2.offer_id"
                + " where a2.candidate_id = c.id and o2.unit_id = any(cast(?1 as bigint[])))") + """

                group by c.id order by c.created_at desc, c.id desc""");
        if (!all) {
            q.setParameter(1, units.toArray(new Long[0]));
        }
        q.setMaxResults(5000);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Candidate> out = rows.stream().map(r -> new Candidate(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], instant(r[5]), instant(r[6]), ((String) r[7]).isEmpty() ? List.of() : List.of(((String) r[7]).split("\\|")))).toList();
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "JobCandidate", null, "Lista kandydatów banku ofert pracy: " + out.size());
        return out;
    }

    /** Deletes the entries past their retention (and their applications). Returns how many. */
    public int purgeExpired() {
        int n = em.createNativeQuery("delete from job_candidate where expires_at <= now()").executeUpdate();
        if (n > 0) {
            audit.record("system", AuditAction.DELETE, "JobCandidate", null, "Usunięto zgłoszenia kandydatów po okresie przechowywania: " + n);
        }
        return n;
    }

    private List<OfferRow> rows(Actor me, Long unitId, Long id) {
        List<Object[]> rows = RegisterQuery.scoped(me, """
                select o.id, o.unit_id, u.name, o.position, o.hours_per_week, o.employment_from, o.deadline, o.description, o.status,
                       (select count(*) from job_application a join job_candidate c on c.id = a.candidate_id
                        where a.offer_id = o.id and c.expires_at > now()), o.created_at, o.version
                from job_offer o join unit u on u.id = o.unit_id where 1 = 1""", "o").entry(id).unit(unitId)
                .rows(em, "order by o.created_at desc, o.id desc", 5000);
        LocalDate today = LocalDate.now(OFFICE_ZONE);
        return rows.stream().map(r -> new OfferRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                (BigDecimal) r[4], date(r[5]), date(r[6]), (String) r[7], (String) r[8], "OPEN".equals(r[8]) && !date(r[6]).isBefore(today),
                ((Number) r[9]).longValue(), instant(r[10]), ((Number) r[11]).intValue())).toList();
    }

    private static JobOfferDraft valid(JobOfferDraft draft) {
        JobOfferDraft d = draft.normalised();
        ValidationException.throwIfAny(ValidationException.Violation.allOf(d.problems(LocalDate.now(OFFICE_ZONE))));
        return d;
    }

    private static Map<String, String> snapshot(JobOffer o) {
        Map<String, String> m = new TreeMap<>();
        m.put("position", o.position());
        m.put("hoursPerWeek", o.hoursPerWeek().toPlainString());
        m.put("employmentFrom", o.employmentFrom().toString());
        m.put("deadline", o.deadline().toString());
        if (o.description() != null) {
            m.put("description", o.description());
        }
        m.put("status", o.status().name());
        return m;
    }
}
