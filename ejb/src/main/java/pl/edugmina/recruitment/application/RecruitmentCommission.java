package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.recruitment.domain.allocation.Priority;
import pl.edugmina.recruitment.domain.applications.ApplicationScoring;
import pl.edugmina.recruitment.domain.applications.CommissionReview;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Blocker;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Listed;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Scored;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Verdict;
import pl.edugmina.recruitment.domain.catchment.Address;
import pl.edugmina.recruitment.domain.catchment.CatchmentMap;
import pl.edugmina.recruitment.domain.catchment.CatchmentRows;
import pl.edugmina.recruitment.domain.points.Points;
import pl.edugmina.recruitment.domain.points.RecruitmentDefaults;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static pl.edugmina.platform.SqlValues.date;
import static pl.edugmina.platform.SqlValues.instant;

/**
 * The recruitment commission of a unit (issue 5): it verifies the applications whose first choice is its unit. For
 * each criterion the parent declared it decides ACCEPTED or REJECTED (with a reason), records that a paper application
 * was brought signed, and then verifies the application (every criterion decided: the candidate's preferences get their
 * tier and points from the accepted criteria, into {@code recruitment_preference}, in the same transaction) or returns it
 * to the parent for corrections with a reason. It may correct an obvious mistake in the address itself (noted in the
 * history). Its protocol lists the verified applications with every decision and the points per preference.
 *
 * <p>Who: the first-choice unit's director and secretariat, and the department's officials
 * ({@link Actor#canVerifyRecruitmentApplicationsOf}); anybody else gets 403 (no commission role at all) or 404 (an
 * application or unit of someone else's). When: decisions only while the campaign takes or verifies applications, never
 * once a FINAL allocation is running or published (409). Every reading is audited as VIEW_PERSONAL_DATA, every decision
 * as UPDATE; PESEL and documents never go to the server log.
 */
@Stateless
public class RecruitmentCommission {

    public static final int MAX_NOTE = 2_000;
    /** The statuses a commission sees: waiting for it, decided by it, returned by it, or corrected and being signed again. */
    private static final String VISIBLE = "('SUBMITTED','VERIFIED','RETURNED','SIGNING')";
    private static final Set<String> FILTERS = Set.of("SUBMITTED", "VERIFIED", "RETURNED");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @EJB
    private SecondaryRecruitment secondary;

    // ---------------------------------------------------------------- records

    public record UnitOption(long id, String name) {
    }

    /** A campaign the user's commission works in: whether verification is open now, and the units it may choose. */
    public record CampaignOption(long id, String name, String type, String schoolYear, String status, boolean verificationOpen,
                                 boolean published, List<UnitOption> units) {
    }

    /** One application of the unit's list. */
    public record Row(long id, String code, String child, LocalDate birthDate, String status, String channel, Instant submittedAt,
                      boolean paperRequired, boolean paperBrought, int criteria, int decided, int rejected, Instant verifiedAt,
                      String returnedReason) {
    }

    public record Child(String firstName, String lastName, LocalDate birthDate, String pesel, String identityDocument) {
    }

    public record HomeAddress(String locality, String street, String houseNumber, String flat, String postalCode) {
    }

    public record Guardian(int position, String name, String email, String phone) {
    }

    /** A file the parent attached, as proof of a criterion ({@code code}) or of the application. */
    public record Document(long id, String code, String fileName, String mediaType, long sizeBytes) {
    }

    /** A declared criterion with the commission's decision and the documents that prove it. */
    public record CriterionView(String code, String group, String label, BigDecimal points, String proof, String verdict, String reason,
                                String decidedBy, Instant decidedAt, List<Document> documents) {
    }

    /** A preference with how its class ranks the candidate from the accepted criteria (what the allocation reads). */
    public record PreferenceView(int rank, long classId, long unitId, String unitName, String className, String profile, int tier,
                                 BigDecimal points, BigDecimal secondTier, boolean inCatchment) {
        public String label() {
            return unitName + " – " + className + (profile == null || profile.isBlank() ? "" : " (" + profile + ")");
        }
    }

    public record Event(Instant at, String actor, String what) {
    }

    public record Detail(long id, long version, long campaignId, String campaignName, String campaignType, String schoolYear, long unitId,
                         String unitName, String status, String channel, String code, Child child, HomeAddress address,
                         List<Guardian> guardians, List<PreferenceView> preferences, List<CriterionView> criteria,
                         List<Document> otherDocuments, List<Event> history, Instant submittedAt, String signer, boolean paperRequired,
                         boolean paperBrought, Instant paperReceivedAt, String paperReceivedBy, Instant verifiedAt, String verifiedBy,
                         String returnedReason, boolean open, String closedReason, List<String> blockers, boolean canDecide,
                         boolean canRecordPaper, boolean canVerify, boolean canReturn, boolean canCorrect) {
    }

    /** One verified (or returned) application in the protocol. */
    public record ProtocolEntry(String code, String child, String channel, Instant verifiedAt, String verifiedBy, String returnedReason,
                                List<CriterionView> criteria, List<PreferenceView> preferences) {
    }

    /** The commission's protocol of a unit in a campaign, as printed. */
    public record Protocol(long campaignId, String campaignName, String campaignType, String schoolYear, long unitId, String unitName,
                           Instant at, String by, List<ProtocolEntry> verified, List<ProtocolEntry> returned, int awaiting,
                           List<String> members) {
    }

    /** A parent's file, for the commission to read. */
    public record File(String fileName, String mediaType, byte[] content) {
    }

    // ---------------------------------------------------------------- campaigns and lists

    /** The campaigns past their preparation in which the user's commission has classes, newest school year first. */
    public List<CampaignOption> campaigns() {
        Actor me = member();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.name, c.type, c.school_year, c.status, c.published_run_id,
                       (select count(*) from recruitment_stage s where s.campaign_id = c.id and s.stage in ('APPLICATIONS','VERIFICATION')
                        and now() between s.starts_at and s.ends_at),
                       (select count(*) from recruitment_stage s where s.campaign_id = c.id and s.stage = 'SUPPLEMENTARY'
                        and now() between s.starts_at and s.ends_at and c.supplementary_run_id is null)
                from recruitment_campaign c where c.status <> 'PREPARATION'
                order by c.school_year desc, c.type, c.name, c.id""").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> unitRows = em.createNativeQuery("""
                select distinct k.campaign_id, u.id, u.name from recruitment_class k join unit u on u.id = k.unit_id
                join recruitment_campaign c on c.id = k.campaign_id where c.status <> 'PREPARATION' order by u.name, u.id""").getResultList();
        Map<Long, List<UnitOption>> units = new LinkedHashMap<>();
        for (Object[] u : unitRows) {
            long unit = num(u[1]);
            if (me.canVerifyRecruitmentApplicationsOf(unit)) {
                units.computeIfAbsent(num(u[0]), k -> new ArrayList<>()).add(new UnitOption(unit, (String) u[2]));
            }
        }
        List<CampaignOption> out = new ArrayList<>();
        for (Object[] r : rows) {
            List<UnitOption> mine = units.getOrDefault(num(r[0]), List.of());
            if (!mine.isEmpty()) {
                boolean published = r[5] != null;
                boolean open = !published && ("APPLICATIONS".equals(r[4]) || "VERIFICATION".equals(r[4])) && num(r[6]) > 0
                        // the supplementary round's applications (ADR 0016)
                        || published && num(r[7]) > 0;
                out.add(new CampaignOption(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], open, published, mine));
            }
        }
        return out;
    }

    /**
     * The applications whose first choice is {@code unitId} in the campaign, in order of submission; {@code status}
     * SUBMITTED, VERIFIED or RETURNED narrows it (null: all). Audited as a reading of personal data.
     */
    public List<Row> list(long campaignId, Long unitId, String status) {
        Actor me = member();
        long unit = unitOf(me, unitId);
        String filter = status == null || status.isBlank() ? null : status.strip();
        if (filter != null && !FILTERS.contains(filter)) {
            throw new ValidationException(List.of(new Violation("status", "recruitment.commission.status")));
        }
        String unitName = campaignUnit(me, campaignId, unit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.code, concat_ws(' ', a.child_first_name, a.child_last_name), a.birth_date, a.status, a.channel, a.submitted_at,
                       a.paper_received_at, a.verified_at, a.returned_reason,
                       (select count(*) from recruitment_application_criterion x where x.application_id = a.id),
                       (select count(*) from recruitment_application_criterion x where x.application_id = a.id and x.verdict is not null),
                       (select count(*) from recruitment_application_criterion x where x.application_id = a.id and x.verdict = 'REJECTED')
                from recruitment_application a
                where a.campaign_id = ?1 and a.unit_id = ?2 and a.code is not null and a.status in """ + VISIBLE + """
                  and (cast(?3 as text) is null or a.status = cast(?3 as text))
                order by a.submitted_at, a.id limit 5000""")
                .setParameter(1, campaignId).setParameter(2, unit).setParameter(3, filter).getResultList();
        List<Row> out = rows.stream().map(r -> new Row(num(r[0]), (String) r[1], (String) r[2], date(r[3]), (String) r[4], (String) r[5],
                instant(r[6]), "PAPER".equals(r[5]), CommissionReview.paperBrought((String) r[5], instant(r[6]), instant(r[7])),
                (int) num(r[10]), (int) num(r[11]), (int) num(r[12]), instant(r[8]), (String) r[9])).toList();
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentCampaign", campaignId,
                "Komisja rekrutacyjna: lista wniosków placówki " + unitName + " (" + out.size() + ")");
        return out;
    }

    // ---------------------------------------------------------------- one application

    /** One application in full, for its first-choice unit's commission; audited. */
    public Detail detail(long id) {
        Actor me = member();
        Detail d = load(me, id);
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentApplication", id,
                "Komisja rekrutacyjna: wniosek " + d.code() + " odczytany");
        return d;
    }

    /** A file the parent attached, for the commission; audited as the reading of a document. */
    public File document(long documentId) {
        Actor me = member();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select f.application_id, f.file_name, f.media_type, f.content from recruitment_application_attachment f where f.id = ?1""")
                .setParameter(1, documentId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("document", documentId);
        }
        long application = num(rows.get(0)[0]);
        visible(me, application);
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "RecruitmentApplication", application,
                "Komisja rekrutacyjna: załącznik " + documentId + " odczytany");
        return new File((String) rows.get(0)[1], (String) rows.get(0)[2], (byte[]) rows.get(0)[3]);
    }

    // ---------------------------------------------------------------- decisions

    /** The signed paper application was brought to the unit (channel PAPER): needed before it is verified. */
    public void paperReceived(long id) {
        Actor me = member();
        Locked a = lock(me, id);
        if (!"PAPER".equals(a.channel())) {
            throw new ConflictException("recruitment.commission.notPaper");
        }
        requireStatus(a, "SUBMITTED");
        requireOpen(a);
        if (CommissionReview.paperBrought(a.channel(), a.submittedAt(), a.paperReceivedAt())) {
            return;
        }
        em.createNativeQuery("""
                update recruitment_application set paper_received_at = clock_timestamp(), paper_received_by = ?2, updated_at = now(),
                       version = version + 1 where id = ?1""").setParameter(1, id).setParameter(2, me.login()).executeUpdate();
        event(id, me.login(), "Komisja: papierowy wniosek dostarczony (podpisany przez rodzica)");
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id, "Komisja: papierowy wniosek " + a.code() + " dostarczony");
    }

    /** Accepts or rejects (with a reason) one declared criterion; on a verified application the points are counted again. */
    public void decide(long id, String code, String verdict, String reason) {
        Actor me = member();
        Locked a = lock(me, id);
        Verdict v = verdict(verdict);
        ValidationException.throwIfAny(Violation.allOf(CommissionReview.decisionProblems(v, reason)));
        @SuppressWarnings("unchecked")
        List<Object[]> declared = em.createNativeQuery("""
                select x.code, coalesce(r.label, x.code) from recruitment_application_criterion x
                left join recruitment_criterion r on r.campaign_id = ?3 and r.code = x.code
                where x.application_id = ?1 and x.code = ?2""").setParameter(1, id).setParameter(2, code == null ? "" : code)
                .setParameter(3, a.campaignId()).getResultList();
        if (declared.isEmpty()) {
            throw new ValidationException(List.of(new Violation("code", "recruitment.commission.notDeclared")));
        }
        if (!"SUBMITTED".equals(a.status()) && !"VERIFIED".equals(a.status())) {
            throw new ConflictException("recruitment.commission.notSubmitted", a.code());
        }
        requireOpen(a);
        String why = v == Verdict.REJECTED ? reason.strip() : null;
        em.createNativeQuery("""
                update recruitment_application_criterion set verdict = ?3, reason = cast(?4 as text), decided_by = ?5, decided_at = clock_timestamp()
                where application_id = ?1 and code = ?2""").setParameter(1, id).setParameter(2, code).setParameter(3, v.name())
                .setParameter(4, why).setParameter(5, me.login()).executeUpdate();
        touch(id);
        String label = (String) declared.get(0)[1];
        event(id, me.login(), v == Verdict.ACCEPTED ? "Komisja uznała kryterium „" + label + "”"
                : "Komisja nie uznała kryterium „" + label + "”: " + why);
        if ("VERIFIED".equals(a.status())) {
            List<Scored> scored = writePreferences(a);
            event(id, me.login(), "Punkty policzone ponownie po zmianie decyzji: " + describe(scored));
        }
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id,
                "Komisja: kryterium " + code + " wniosku " + a.code() + " " + (v == Verdict.ACCEPTED ? "uznane" : "nieuznane"));
    }

    /**
     * Verifies the application: every declared criterion decided (and a paper one brought) → VERIFIED, and the
     * candidate's preferences with their points replace whatever the candidate had, in this transaction.
     */
    public void verify(long id) {
        Actor me = member();
        Locked a = lock(me, id);
        requireStatus(a, "SUBMITTED");
        requireOpen(a);
        List<Blocker> blockers = CommissionReview.blockers(a.status(), a.channel(), a.submittedAt(), a.paperReceivedAt(),
                verdicts(id).values());
        if (!blockers.isEmpty()) {
            throw new ConflictException("recruitment.commission.blocker." + blockers.get(0).name());
        }
        if ("SECONDARY".equals(a.campaignType()) && !secondary.decided(id)) {
            throw new ConflictException("recruitment.secondary.commission.undecided");
        }
        List<Scored> scored = writePreferences(a);
        em.createNativeQuery("""
                update recruitment_application set status = 'VERIFIED', verified_at = clock_timestamp(), verified_by = ?2, returned_reason = null,
                       updated_at = now(), version = version + 1 where id = ?1""").setParameter(1, id).setParameter(2, me.login())
                .executeUpdate();
        event(id, me.login(), "Komisja zweryfikowała wniosek; punkty: " + describe(scored));
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id, "Komisja: wniosek " + a.code() + " zweryfikowany");
    }

    /** Returns the application to the parent for corrections, with the reason they read; its points are withdrawn until it is verified again. */
    public void returnForCorrections(long id, String reason) {
        Actor me = member();
        Locked a = lock(me, id);
        ValidationException.throwIfAny(Violation.allOf(CommissionReview.returnProblems(reason)));
        if (!"SUBMITTED".equals(a.status()) && !"VERIFIED".equals(a.status())) {
            throw new ConflictException("recruitment.commission.notSubmitted", a.code());
        }
        requireOpen(a);
        String why = reason.strip();
        em.createNativeQuery("""
                update recruitment_application set status = 'RETURNED', returned_reason = ?2, verified_at = null, verified_by = null,
                       updated_at = now(), version = version + 1 where id = ?1""").setParameter(1, id).setParameter(2, why).executeUpdate();
        if (a.candidateId() != null) {
            em.createNativeQuery("delete from recruitment_preference where candidate_id = ?1").setParameter(1, a.candidateId()).executeUpdate();
        }
        event(id, me.login(), "Komisja zwróciła wniosek do poprawy: " + why);
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id, "Komisja: wniosek " + a.code() + " zwrócony do poprawy");
    }

    /**
     * The commission corrects an obvious mistake in the home address itself (e.g. a typo in the street), with an
     * optional note; the change is written in the history. On a verified application the points are counted again (the
     * catchment area of class I depends on the address).
     */
    public void correctAddress(long id, HomeAddress address, String note) {
        Actor me = member();
        Locked a = lock(me, id);
        HomeAddress n = address == null ? new HomeAddress(null, null, null, null, null) : address;
        List<Violation> v = new ArrayList<>(Violation.allOf(
                CommissionReview.addressProblems(n.locality(), n.street(), n.houseNumber(), n.flat(), n.postalCode())));
        String remark = strip(note);
        if (remark != null && remark.length() > MAX_NOTE) {
            v.add(new Violation("note", "validation.tooLong", MAX_NOTE));
        }
        ValidationException.throwIfAny(v);
        if (!"SUBMITTED".equals(a.status()) && !"VERIFIED".equals(a.status())) {
            throw new ConflictException("recruitment.commission.notSubmitted", a.code());
        }
        requireOpen(a);
        HomeAddress now = new HomeAddress(strip(n.locality()), strip(n.street()), strip(n.houseNumber()), strip(n.flat()), strip(n.postalCode()));
        List<String> changes = new ArrayList<>();
        change(changes, "miejscowość", a.address().locality(), now.locality());
        change(changes, "ulica", a.address().street(), now.street());
        change(changes, "nr domu", a.address().houseNumber(), now.houseNumber());
        change(changes, "nr lokalu", a.address().flat(), now.flat());
        change(changes, "kod pocztowy", a.address().postalCode(), now.postalCode());
        if (changes.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                update recruitment_application set locality = ?2, street = ?3, house_number = ?4, flat = cast(?5 as text), postal_code = ?6,
                       updated_at = now(), version = version + 1 where id = ?1""")
                .setParameter(1, id).setParameter(2, now.locality()).setParameter(3, now.street()).setParameter(4, now.houseNumber())
                .setParameter(5, now.flat()).setParameter(6, now.postalCode()).executeUpdate();
        event(id, me.login(), "Komisja poprawiła adres zamieszkania: " + String.join("; ", changes) + (remark == null ? "" : " (" + remark + ")"));
        if ("VERIFIED".equals(a.status())) {
            Locked updated = lock(me, id);
            List<Scored> scored = writePreferences(updated);
            event(id, me.login(), "Punkty policzone ponownie po poprawie adresu: " + describe(scored));
        }
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id, "Komisja: poprawiony adres we wniosku " + a.code());
    }

    /**
     * Secondary school: the commission accepts the results the parent declared (exam, grades, distinction, achievements,
     * volunteering, olympiad laureate) or corrects them, with a reason the parent reads (422 without). Like a criterion:
     * on a verified application the points are counted again.
     */
    public void decideSecondary(long id, String verdict, String reason, pl.edugmina.recruitment.domain.secondary.SecondaryResults corrected) {
        Actor me = member();
        Locked a = lock(me, id);
        if (!"SUBMITTED".equals(a.status()) && !"VERIFIED".equals(a.status())) {
            throw new ConflictException("recruitment.commission.notSubmitted", a.code());
        }
        requireOpen(a);
        secondary.decide(id, verdict, reason, corrected, me.login());
        touch(id);
        event(id, me.login(), "ACCEPTED".equals(verdict) ? "Komisja potwierdziła wyniki kandydata (egzamin, oceny, osiągnięcia)"
                : "Komisja poprawiła wyniki kandydata: " + reason.strip());
        if ("VERIFIED".equals(a.status())) {
            List<Scored> scored = writePreferences(a);
            event(id, me.login(), "Punkty policzone ponownie po decyzji o wynikach: " + describe(scored));
        }
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id, "Komisja: wyniki kandydata " + a.code() + " "
                + ("ACCEPTED".equals(verdict) ? "potwierdzone" : "poprawione"));
    }

    // ---------------------------------------------------------------- protocol

    /**
     * The commission's protocol of {@code unitId} in the campaign: the verified applications with each decision and the
     * points per preference (as the allocation reads them), those returned with the reason, how many still wait, and
     * the members' names for the signature lines (blank lines when none are given). Audited.
     */
    public Protocol protocol(long campaignId, Long unitId, List<String> members) {
        Actor me = member();
        long unit = unitOf(me, unitId);
        String unitName = campaignUnit(me, campaignId, unit);
        Object[] c = (Object[]) em.createNativeQuery("select name, type, school_year from recruitment_campaign where id = ?1")
                .setParameter(1, campaignId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.code, concat_ws(' ', a.child_first_name, a.child_last_name), a.channel, a.status, a.verified_at, a.verified_by,
                       a.returned_reason, a.candidate_id
                from recruitment_application a where a.campaign_id = ?1 and a.unit_id = ?2 and a.code is not null and a.status in """ + VISIBLE + """
                order by a.code""").setParameter(1, campaignId).setParameter(2, unit).getResultList();
        List<ProtocolEntry> verified = new ArrayList<>();
        List<ProtocolEntry> returned = new ArrayList<>();
        int awaiting = 0;
        for (Object[] r : rows) {
            long id = num(r[0]);
            String status = (String) r[4];
            if ("VERIFIED".equals(status)) {
                verified.add(new ProtocolEntry((String) r[1], (String) r[2], (String) r[3], instant(r[5]), (String) r[6], null,
                        criteria(id, campaignId, Map.of()), storedPreferences(r[8] == null ? null : num(r[8]))));
            } else if ("RETURNED".equals(status) || "SIGNING".equals(status)) {
                returned.add(new ProtocolEntry((String) r[1], (String) r[2], (String) r[3], null, null, (String) r[7],
                        criteria(id, campaignId, Map.of()), List.of()));
            } else {
                awaiting++;
            }
        }
        List<String> names = members == null ? List.of() : members.stream().map(RecruitmentCommission::strip).filter(Objects::nonNull)
                .map(s -> s.length() > 200 ? s.substring(0, 200) : s).limit(12).toList();
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentCampaign", campaignId,
                "Komisja rekrutacyjna: protokół placówki " + unitName + " (" + verified.size() + " zweryfikowanych)");
        return new Protocol(campaignId, (String) c[0], (String) c[1], (String) c[2], unit, unitName, Instant.now(), me.login(), verified,
                returned, awaiting, names);
    }

    // ---------------------------------------------------------------- reading

    /** The whole application for the commission (404 for one it may not see). */
    private Detail load(Actor me, long id) {
        Locked a = row(id, false);
        if (a == null || !visibleStatus(a) || !me.canVerifyRecruitmentApplicationsOf(a.unitId())) {
            deny(me, id, a != null);
        }
        List<Document> documents = documents(id);
        Map<String, List<Document>> byCode = new LinkedHashMap<>();
        List<Document> other = new ArrayList<>();
        for (Document doc : documents) {
            if (doc.code() == null) {
                other.add(doc);
            } else {
                byCode.computeIfAbsent(doc.code(), k -> new ArrayList<>()).add(doc);
            }
        }
        List<CriterionView> criteria = criteria(id, a.campaignId(), byCode);
        for (Map.Entry<String, List<Document>> e : byCode.entrySet()) {
            if (criteria.stream().noneMatch(c -> c.code().equals(e.getKey()))) {
                other.addAll(e.getValue());
            }
        }
        List<PreferenceView> preferences = preview(a);
        @SuppressWarnings("unchecked")
        List<Object[]> eventRows = em.createNativeQuery(
                "select at, actor, what from recruitment_application_event where application_id = ?1 order by at, id").setParameter(1, id)
                .getResultList();
        List<Event> history = eventRows.stream().map(e -> new Event(instant(e[0]), (String) e[1], (String) e[2])).toList();
        String closed = closedReason(a);
        boolean open = closed == null;
        boolean decidable = open && ("SUBMITTED".equals(a.status()) || "VERIFIED".equals(a.status()));
        List<String> blockers = CommissionReview.blockers(a.status(), a.channel(), a.submittedAt(), a.paperReceivedAt(),
                        criteria.stream().map(c -> c.verdict() == null ? null : Verdict.valueOf(c.verdict())).toList()).stream()
                .filter(b -> b != Blocker.NOT_SUBMITTED).map(b -> "recruitment.commission.blocker." + b.name()).toList();
        boolean paperBrought = CommissionReview.paperBrought(a.channel(), a.submittedAt(), a.paperReceivedAt());
        List<Guardian> guardians = new ArrayList<>();
        if (a.guardian1()[0] != null) {
            guardians.add(new Guardian(1, a.guardian1()[0], a.guardian1()[1], a.guardian1()[2]));
        }
        if (a.guardian2()[0] != null) {
            guardians.add(new Guardian(2, a.guardian2()[0], a.guardian2()[1], a.guardian2()[2]));
        }
        return new Detail(id, a.version(), a.campaignId(), a.campaignName(), a.campaignType(), a.schoolYear(), a.unitId(), a.unitName(),
                a.status(), a.channel(), a.code(), a.child(), a.address(), guardians, preferences, criteria, other, history, a.submittedAt(),
                a.signer(), "PAPER".equals(a.channel()), paperBrought, a.paperReceivedAt(), a.paperReceivedBy(), a.verifiedAt(),
                a.verifiedBy(), a.returnedReason(), open, closed, blockers, decidable,
                decidable && "SUBMITTED".equals(a.status()) && "PAPER".equals(a.channel()) && !paperBrought,
                decidable && "SUBMITTED".equals(a.status()) && blockers.isEmpty(), decidable, decidable);
    }

    private List<CriterionView> criteria(long id, long campaignId, Map<String, List<Document>> documents) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select x.code, r.grp, coalesce(r.label, x.code), r.points, r.proof, x.verdict, x.reason, x.decided_by, x.decided_at
                from recruitment_application_criterion x left join recruitment_criterion r on r.campaign_id = ?2 and r.code = x.code
                where x.application_id = ?1 order by r.position nulls last, x.code""").setParameter(1, id).setParameter(2, campaignId)
                .getResultList();
        return rows.stream().map(r -> new CriterionView((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], instant(r[8]), documents.getOrDefault((String) r[0], List.of()))).toList();
    }

    private List<Document> documents(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, code, file_name, media_type, size_bytes from recruitment_application_attachment where application_id = ?1
                order by uploaded_at, id""").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Document(num(r[0]), (String) r[1], (String) r[2], (String) r[3], num(r[4]))).toList();
    }

    /** The list with the priorities the accepted criteria give now (after verification: what was written for the allocation). */
    private List<PreferenceView> preview(Locked a) {
        List<Object[]> classes = listedClasses(a.id());
        List<Scored> scored = CommissionReview.score(scoring(a.campaignId(), a.campaignType()), CommissionReview.accepted(verdicts(a.id())),
                home(a.address()), listed(classes));
        if ("SECONDARY".equals(a.campaignType()) && secondary.decided(a.id())) {
            scored = secondary.rescore(a.campaignId(), a.id(), scored);
        }
        List<PreferenceView> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            out.add(view(classes.get(i), scored.get(i).priority(), scored.get(i).inCatchment()));
        }
        return out;
    }

    /** The candidate's preferences as the allocation reads them. */
    private List<PreferenceView> storedPreferences(Long candidateId) {
        if (candidateId == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.rank, p.class_id, k.unit_id, u.name, k.name, k.profile, p.tier, p.points, p.second_tier
                from recruitment_preference p join recruitment_class k on k.id = p.class_id join unit u on u.id = k.unit_id
                where p.candidate_id = ?1 order by p.rank""").setParameter(1, candidateId).getResultList();
        return rows.stream().map(r -> view(r, new Priority(((Number) r[6]).intValue(), num(r[7]), num(r[8])), false)).toList();
    }

    private static PreferenceView view(Object[] r, Priority p, boolean inCatchment) {
        return new PreferenceView(((Number) r[0]).intValue(), num(r[1]), num(r[2]), (String) r[3], (String) r[4], (String) r[5], p.tier(),
                Points.decimal(p.points()), Points.decimal(p.secondTier()), inCatchment || p.tier() > 0);
    }

    /** rank, class_id, unit_id, unit name, class name, profile: the application's list in order. */
    private List<Object[]> listedClasses(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select ap.rank, ap.class_id, k.unit_id, u.name, k.name, k.profile from recruitment_application_preference ap
                join recruitment_class k on k.id = ap.class_id join unit u on u.id = k.unit_id
                where ap.application_id = ?1 order by ap.rank""").setParameter(1, id).getResultList();
        return rows;
    }

    private static List<Listed> listed(List<Object[]> classes) {
        return classes.stream().map(r -> new Listed(((Number) r[0]).intValue(), num(r[1]), num(r[2]))).toList();
    }

    private Map<String, Verdict> verdicts(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, verdict from recruitment_application_criterion where application_id = ?1 order by code")
                .setParameter(1, id).getResultList();
        Map<String, Verdict> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r[0], r[1] == null ? null : Verdict.valueOf((String) r[1])));
        return out;
    }

    private ApplicationScoring scoring(long campaignId, String type) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, grp, label, points from recruitment_criterion where campaign_id = ?1 order by position, code")
                .setParameter(1, campaignId).getResultList();
        List<ApplicationScoring.CampaignCriterion> criteria = rows.stream()
                .map(r -> new ApplicationScoring.CampaignCriterion((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3])).toList();
        ApplicationScoring.Kind kind = ApplicationScoring.Kind.valueOf(type);
        CatchmentMap catchment = null;
        if (kind == ApplicationScoring.Kind.CLASS_ONE) {
            @SuppressWarnings("unchecked")
            List<Object[]> lines = em.createNativeQuery("""
                    select unit_id, locality, street, parity, number_from, number_to from recruitment_catchment where campaign_id = ?1
                    order by unit_id, id""").setParameter(1, campaignId).getResultList();
            catchment = CatchmentRows.map(lines.stream().map(l -> new CatchmentRows.Row(num(l[0]), (String) l[1], (String) l[2], (String) l[3],
                    (String) l[4], (String) l[5])).toList());
        }
        return new ApplicationScoring(kind, criteria, catchment, RecruitmentDefaults.precedence().catchment());
    }

    private static Address home(HomeAddress a) {
        return a.street() == null || a.houseNumber() == null ? null : new Address(a.locality(), a.street(), a.houseNumber());
    }

    // ---------------------------------------------------------------- writing the points

    /** Replaces the candidate's preferences by the list scored from the accepted criteria (the allocation's input). */
    private List<Scored> writePreferences(Locked a) {
        if (a.candidateId() == null) {
            throw new IllegalStateException("application " + a.id() + " is submitted without a candidate");
        }
        List<Scored> scored = CommissionReview.score(scoring(a.campaignId(), a.campaignType()), CommissionReview.accepted(verdicts(a.id())),
                home(a.address()), listed(listedClasses(a.id())));
        if ("SECONDARY".equals(a.campaignType())) {
            scored = secondary.rescore(a.campaignId(), a.id(), scored);
        }
        em.createNativeQuery("delete from recruitment_preference where candidate_id = ?1").setParameter(1, a.candidateId()).executeUpdate();
        for (Scored s : scored) {
            em.createNativeQuery("""
                    insert into recruitment_preference (campaign_id, candidate_id, rank, class_id, tier, points, second_tier)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, a.campaignId()).setParameter(2, a.candidateId()).setParameter(3, s.rank()).setParameter(4, s.classId())
                    .setParameter(5, s.priority().tier()).setParameter(6, s.priority().points()).setParameter(7, s.priority().secondTier())
                    .executeUpdate();
        }
        return scored;
    }

    private static String describe(List<Scored> scored) {
        List<String> parts = new ArrayList<>();
        for (Scored s : scored) {
            parts.add(s.rank() + ". preferencja: " + plain(Points.decimal(s.priority().points())) + " pkt"
                    + (s.priority().secondTier() > 0 ? " (drugi etap " + plain(Points.decimal(s.priority().secondTier())) + ")" : "")
                    + (s.priority().tier() > 0 ? (s.inCatchment() ? ", z obwodu" : ", pierwszeństwo (laureat olimpiady)") : ""));
        }
        return parts.isEmpty() ? "brak preferencji" : String.join("; ", parts);
    }

    private static String plain(BigDecimal b) {
        return b.toPlainString().replace('.', ',');
    }

    // ---------------------------------------------------------------- access and state

    /** The application as the commission works with it. */
    private record Locked(long id, long campaignId, String campaignName, String campaignType, String schoolYear, long unitId, String unitName,
                          String status, String channel, String code, Child child, HomeAddress address, String[] guardian1,
                          String[] guardian2, Instant submittedAt, String signer, Instant paperReceivedAt, String paperReceivedBy,
                          Instant verifiedAt, String verifiedBy, String returnedReason, long version, Long candidateId) {
    }

    private Locked row(long id, boolean forUpdate) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.campaign_id, c.name, c.type, c.school_year, a.unit_id, u.name, a.status, a.channel, a.code,
                       a.child_first_name, a.child_last_name, a.birth_date, a.pesel, a.identity_document,
                       a.locality, a.street, a.house_number, a.flat, a.postal_code,
                       a.guardian1_name, a.guardian1_email, a.guardian1_phone, a.guardian2_name, a.guardian2_email, a.guardian2_phone,
                       a.submitted_at, a.signer, a.paper_received_at, a.paper_received_by, a.verified_at, a.verified_by, a.returned_reason,
                       a.version, a.candidate_id
                from recruitment_application a join recruitment_campaign c on c.id = a.campaign_id left join unit u on u.id = a.unit_id
                where a.id = ?1""" + (forUpdate ? " for update of a" : "")).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Locked(id, num(r[0]), (String) r[1], (String) r[2], (String) r[3], r[4] == null ? -1 : num(r[4]), (String) r[5],
                (String) r[6], (String) r[7], (String) r[8],
                new Child((String) r[9], (String) r[10], date(r[11]), (String) r[12], (String) r[13]),
                new HomeAddress((String) r[14], (String) r[15], (String) r[16], (String) r[17], (String) r[18]),
                new String[] {(String) r[19], (String) r[20], (String) r[21]}, new String[] {(String) r[22], (String) r[23], (String) r[24]},
                instant(r[25]), (String) r[26], instant(r[27]), (String) r[28], instant(r[29]), (String) r[30], (String) r[31],
                num(r[32]), r[33] == null ? null : num(r[33]));
    }

    private static boolean visibleStatus(Locked a) {
        return a.code() != null && a.unitId() > 0 && Set.of("SUBMITTED", "VERIFIED", "RETURNED", "SIGNING").contains(a.status());
    }

    /** Locks the application for a decision; one the user may not decide on is not found (404). */
    private Locked lock(Actor me, long id) {
        Locked a = row(id, true);
        if (a == null || !visibleStatus(a) || !me.canVerifyRecruitmentApplicationsOf(a.unitId())) {
            deny(me, id, a != null);
        }
        return a;
    }

    private void visible(Actor me, long id) {
        Locked a = row(id, false);
        if (a == null || !visibleStatus(a) || !me.canVerifyRecruitmentApplicationsOf(a.unitId())) {
            deny(me, id, a != null);
        }
    }

    private void deny(Actor me, long id, boolean exists) {
        if (exists) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentApplication", id, "wniosek innej komisji rekrutacyjnej");
        }
        throw new NotFoundException("application", id);
    }

    private static void requireStatus(Locked a, String status) {
        if (!status.equals(a.status())) {
            throw new ConflictException("VERIFIED".equals(a.status()) ? "recruitment.commission.alreadyVerified" : "recruitment.commission.notSubmitted",
                    a.code());
        }
    }

    /**
     * The commission decides only while the campaign takes or verifies applications (its status and timetable), and
     * never once a FINAL allocation runs or is published (409). The campaign's row is share-locked: a FINAL run, which
     * locks it to start, waits for this decision to commit, and this decision sees a run that started before it.
     */
    private void requireOpen(Locked a) {
        em.createNativeQuery("select id from recruitment_campaign where id = ?1 for share").setParameter(1, a.campaignId()).getResultList();
        String closed = closedReason(a);
        if (closed != null) {
            throw new ConflictException(closed);
        }
    }

    /**
     * Why the commission cannot decide on the application now (a message key), or null. An application of the
     * supplementary round (ADR 0016) is decided in the SUPPLEMENTARY stage, until that round's FINAL run starts.
     */
    private String closedReason(Locked a) {
        if (a.candidateId() == null) {
            return closedReason(a.campaignId());
        }
        Object[] r = (Object[]) em.createNativeQuery("""
                select d.round, c.supplementary_run_id,
                       (select count(*) from recruitment_stage s where s.campaign_id = c.id and s.stage = 'SUPPLEMENTARY'
                        and now() between s.starts_at and s.ends_at),
                       (select count(*) from recruitment_allocation_run x where x.campaign_id = c.id and x.mode = 'FINAL' and x.status = 'RUNNING')
                from recruitment_candidate d join recruitment_campaign c on c.id = d.campaign_id where d.id = ?1""")
                .setParameter(1, a.candidateId()).getSingleResult();
        if (!"SUPPLEMENTARY".equals(r[0])) {
            return closedReason(a.campaignId());
        }
        if (r[1] != null) {
            return "recruitment.commission.afterAllocation";
        }
        if (num(r[3]) > 0) {
            return "recruitment.commission.allocationRunning";
        }
        return num(r[2]) == 0 ? "recruitment.commission.closed" : null;
    }

    /** Why the commission cannot decide in the campaign now (a message key), or null. */
    private String closedReason(long campaignId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select c.status, c.published_run_id,
                       (select count(*) from recruitment_stage s where s.campaign_id = c.id and s.stage in ('APPLICATIONS','VERIFICATION')
                        and now() between s.starts_at and s.ends_at),
                       (select count(*) from recruitment_allocation_run x where x.campaign_id = c.id and x.mode = 'FINAL' and x.status = 'RUNNING')
                from recruitment_campaign c where c.id = ?1""").setParameter(1, campaignId).getSingleResult();
        if (r[1] != null) {
            return "recruitment.commission.afterAllocation";
        }
        if (num(r[3]) > 0) {
            return "recruitment.commission.allocationRunning";
        }
        if (!("APPLICATIONS".equals(r[0]) || "VERIFICATION".equals(r[0])) || num(r[2]) == 0) {
            return "recruitment.commission.closed";
        }
        return null;
    }

    private Actor member() {
        Actor me = actors.current();
        if (!me.sitsOnRecruitmentCommission()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentApplication", null, "komisja rekrutacyjna");
            throw new AccessDeniedException();
        }
        return me;
    }

    /** The unit asked for, or the user's own unit; a department official must name it. */
    private static long unitOf(Actor me, Long unitId) {
        if (unitId != null) {
            return unitId;
        }
        if (me.unitId() != null && me.canVerifyRecruitmentApplicationsOf(me.unitId())) {
            return me.unitId();
        }
        throw new ValidationException(List.of(new Violation("unit", "validation.required")));
    }

    /** The unit's name when the user may work for it in the campaign (404 otherwise: another unit's list, an unknown campaign). */
    private String campaignUnit(Actor me, long campaignId, long unit) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("""
                select u.name from unit u where u.id = ?2 and exists (select 1 from recruitment_campaign c where c.id = ?1)""")
                .setParameter(1, campaignId).setParameter(2, unit).getResultList();
        if (names.isEmpty() || !me.canVerifyRecruitmentApplicationsOf(unit)) {
            if (!names.isEmpty()) {
                audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", campaignId,
                        "lista wniosków komisji innej placówki (" + unit + ")");
            }
            throw new NotFoundException("unit", unit);
        }
        return names.get(0);
    }

    private static Verdict verdict(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Verdict.valueOf(v.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new Violation("verdict", "recruitment.commission.verdictRequired")));
        }
    }

    private void touch(long id) {
        em.createNativeQuery("update recruitment_application set updated_at = now(), version = version + 1 where id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    private static void change(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(strip(before), after)) {
            changes.add(what + " „" + (before == null ? "" : before) + "” → „" + (after == null ? "" : after) + "”");
        }
    }

    private void event(long id, String actor, String what) {
        em.createNativeQuery("insert into recruitment_application_event (application_id, at, actor, what) values (?1, clock_timestamp(), ?2, ?3)")
                .setParameter(1, id).setParameter(2, actor).setParameter(3, what.length() > 2000 ? what.substring(0, 2000) : what)
                .executeUpdate();
    }

    private static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    // ---------------------------------------------------------------- an allowed appeal

    /**
     * The director, allowing an appeal (RecruitmentAppeals decides who may), accepts declared criteria the commission
     * had rejected or left undecided: their verdicts become ACCEPTED and the candidate's points are counted again by the
     * same rules ({@link CommissionReview#score}) into {@code recruitment_preference}, in the caller's transaction. The
     * only change to a FINAL run's input allowed after it (the caller re-evaluates the candidate against the run).
     * Codes the parent did not declare are refused (422, field {@code acceptedCriteria}); so is an application that
     * was never verified (409: it had no points in the run).
     */
    public List<Scored> acceptOnAppeal(long applicationId, List<String> codes, String actor) {
        Locked a = row(applicationId, true);
        if (a == null) {
            throw new NotFoundException("application", applicationId);
        }
        if (!"VERIFIED".equals(a.status()) || a.candidateId() == null) {
            throw new ConflictException("recruitment.appeal.notVerified", a.code());
        }
        Map<String, Verdict> verdicts = verdicts(applicationId);
        for (String code : codes) {
            if (!verdicts.containsKey(code)) {
                throw new ValidationException(List.of(new Violation("acceptedCriteria", "recruitment.commission.notDeclared")));
            }
        }
        for (String code : codes) {
            if (verdicts.get(code) == Verdict.ACCEPTED) {
                continue;
            }
            em.createNativeQuery("""
                    update recruitment_application_criterion set verdict = 'ACCEPTED', reason = null, decided_by = ?3, decided_at = clock_timestamp()
                    where application_id = ?1 and code = ?2""").setParameter(1, applicationId).setParameter(2, code).setParameter(3, actor)
                    .executeUpdate();
            Object label = em.createNativeQuery("select coalesce((select label from recruitment_criterion where campaign_id = ?1 and code = ?2), ?2)")
                    .setParameter(1, a.campaignId()).setParameter(2, code).getSingleResult();
            event(applicationId, actor, "Dyrektor, uwzględniając odwołanie, uznał kryterium „" + label + "”");
        }
        touch(applicationId);
        List<Scored> scored = writePreferences(a);
        event(applicationId, actor, "Punkty policzone ponownie po odwołaniu: " + describe(scored));
        return scored;
    }
}
