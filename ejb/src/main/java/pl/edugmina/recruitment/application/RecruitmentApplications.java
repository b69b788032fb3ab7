package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.recruitment.domain.applications.Pesel;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * Parents' applications in a recruitment campaign (issue 5): a parent (CITIZEN) writes a draft on the portal (child,
 * home address, guardians without PESEL, the list of preferences, the criteria they declare), and submits it signed
 * with Profil Zaufany, through ePUAP, or printed and brought signed to the first-choice unit. Submission gives the
 * child a candidate with a public code and a PIN for the results page (shown once; a new one can be made). One active
 * application per child and campaign: a second submission withdraws the first only when the parent confirms it, in
 * the same transaction. The first-choice unit's commission verifies it (RecruitmentCommission); the parent
 * follows its status, the points, the outcome and confirms the will to attend.
 *
 * <p>Who sees an application: its parent, the department's officials, and the director and secretariat of a unit whose
 * class is on its list. Every reading of one is in the audit log; PESEL and content never go to the server log.
 */
@Stateless
public class RecruitmentApplications {

    public static final int MAX_NAME = 100;
    public static final int MAX_GUARDIAN = 200;
    public static final int MAX_REASON = 2_000;
    private static final Pattern POSTAL = Pattern.compile("^[0-9]{2}-[0-9]{3}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()-]{9,30}$");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PAPER_SUBMITTED =
            "Wniosek złożony do wydruku: podpisany papierowy wniosek trzeba dostarczyć do placówki pierwszego wyboru; kod kandydata ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @Inject
    private CandidatePins pins;

    @EJB
    private SecondaryRecruitment secondary;

    @EJB
    private SupplementaryRound supplementary;

    // ---------------------------------------------------------------- records

    public record Guardian(String name, String email, String phone) {
    }

    /** What a parent fills in; everything may be missing in a draft, a submission needs it complete. */
    public record Draft(String childFirstName, String childLastName, LocalDate birthDate, String pesel, String identityDocument,
                        String locality, String street, String houseNumber, String flat, String postalCode,
                        Guardian guardian1, Guardian guardian2, List<Long> preferences, List<String> criteria) {
        public Draft {
            preferences = preferences == null ? List.of() : List.copyOf(preferences);
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }

    public record OfferedClass(long id, long unitId, String unitName, String name, String profile, int seats) {
        public String label() {
            return unitName + " – " + name + (profile == null || profile.isBlank() ? "" : " (" + profile + ")");
        }
    }

    public record CampaignCriterion(String code, String group, String label, BigDecimal points, String proof) {
    }

    /** A campaign open for applications, with everything the form offers. */
    public record OpenCampaign(long id, String type, String schoolYear, String name, int maxPreferences, Instant applicationsFrom,
                               Instant applicationsTo, List<OfferedClass> classes, List<CampaignCriterion> criteria) {
    }

    public record Summary(long id, long campaignId, String campaignName, String child, String status, String channel, String code,
                          Instant updatedAt) {
    }

    /**
     * One preference as verified: {@code points} (kindergarten/dormitory: the statutory criteria, stage 1; class I: the
     * council's), {@code secondTier} (kindergarten/dormitory: the council's criteria, stage 2, in points; otherwise the
     * statutory tie-break count) and {@code tier} (above 0: placed before any points, e.g. a child from the catchment area).
     */
    public record PreferenceView(int rank, OfferedClass offered, BigDecimal points, BigDecimal secondTier, Integer tier) {
    }

    public record DeclaredCriterion(String code, String group, String label, BigDecimal points, String proof, String verdict,
                                    String reason) {
    }

    public record Event(Instant at, String actor, String what) {
    }

    /** A file the parent attached (a statement or a document proving a criterion; {@code code}: which one, or none). */
    public record AttachmentView(long id, String code, String fileName, String mediaType, long sizeBytes, Instant uploadedAt) {
    }

    /** A file's name, type and content, for a download. */
    public record FileContent(String fileName, String mediaType, byte[] content) {
    }

    /** The published outcome: placed (class and preference) or not; whether the parent confirmed the will to attend. */
    public record Outcome(boolean placed, OfferedClass placedClass, int preference, Instant confirmedAt, boolean canConfirm) {
    }

    public record Detail(long id, long version, long campaignId, String campaignName, String campaignType, int maxPreferences,
                         String status, String channel, String code, Draft draft, List<PreferenceView> preferences,
                         List<DeclaredCriterion> criteria, List<Event> history, List<String> warnings, Instant submittedAt,
                         String signer, String returnedReason, String withdrawnReason, Outcome outcome, boolean mine,
                         boolean editable, boolean withdrawable, List<AttachmentView> attachments) {
    }

    /** A submitted application: the candidate's code and the PIN, shown to the parent once. */
    public record Submitted(long id, String code, String pin, Long withdrawnId) {
    }

    /** An application ready to be signed: its data as it will be submitted, for the signed document. */
    public record ForSigning(long id, String token, String campaignName, Detail detail) {
    }

    // ---------------------------------------------------------------- campaigns open for applications

    /** Campaigns taking applications now, each with its offer and criteria (for the form). */
    public List<OpenCampaign> openCampaigns() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.type, c.school_year, c.name, c.max_preferences, s.starts_at, s.ends_at
                from recruitment_campaign c join recruitment_stage s on s.campaign_id = c.id and s.stage = 'APPLICATIONS'
                where c.status = 'APPLICATIONS' and now() between s.starts_at and s.ends_at
                order by c.school_year desc, c.type, c.name""").getResultList();
        List<OpenCampaign> out = new ArrayList<>(rows.stream().map(r -> new OpenCampaign(num(r[0]), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), instant(r[5]), instant(r[6]), classes(num(r[0])), criteria(num(r[0])))).toList());
        // the supplementary round (ADR 0016): the classes with free places only
        for (long id : supplementary.openCampaigns()) {
            out.add(campaignForm(id));
        }
        return out;
    }

    /** The campaign's form if it takes applications now, or null: one campaign read (the form of a new application). */
    public OpenCampaign openCampaign(long campaignId) {
        return isOpen(campaignId) ? campaignForm(campaignId) : null;
    }

    public OpenCampaign campaignForm(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.type, c.school_year, c.name, c.max_preferences, s.starts_at, s.ends_at
                from recruitment_campaign c left join recruitment_stage s on s.campaign_id = c.id and s.stage = 'APPLICATIONS'
                where c.id = ?1""").setParameter(1, campaignId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("campaign", campaignId);
        }
        Object[] r = rows.get(0);
        if (supplementary.open(campaignId)) {
            // the supplementary round (ADR 0016): its stage's dates, the classes with free places only
            Map<Long, Integer> free = supplementary.freePlaces(campaignId);
            Object[] stage = (Object[]) em.createNativeQuery(
                    "select starts_at, ends_at from recruitment_stage where campaign_id = ?1 and stage = 'SUPPLEMENTARY'")
                    .setParameter(1, campaignId).getSingleResult();
            return new OpenCampaign(num(r[0]), (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(), instant(stage[0]),
                    instant(stage[1]), classes(campaignId).stream().filter(k -> free.getOrDefault(k.id(), 0) > 0).toList(),
                    criteria(campaignId));
        }
        return new OpenCampaign(num(r[0]), (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(), instant(r[5]),
                instant(r[6]), classes(campaignId), criteria(campaignId));
    }

    private List<OfferedClass> classes(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select k.id, k.unit_id, u.name, k.name, k.profile, k.seats from recruitment_class k join unit u on u.id = k.unit_id
                where k.campaign_id = ?1 order by u.name, k.name, k.id""").setParameter(1, campaignId).getResultList();
        return rows.stream().map(RecruitmentApplications::offered).toList();
    }

    private static OfferedClass offered(Object[] r) {
        return new OfferedClass(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue());
    }

    List<CampaignCriterion> criteria(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select code, grp, label, points, proof from recruitment_criterion where campaign_id = ?1 order by position, code""")
                .setParameter(1, campaignId).getResultList();
        return rows.stream().map(r -> new CampaignCriterion((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4]))
                .toList();
    }

    // ---------------------------------------------------------------- drafts

    /** A new draft of the current parent in a campaign open for applications; returns its id. */
    public long create(long campaignId, Draft draft) {
        Actor me = parent();
        OpenCampaign campaign = requireOpen(campaignId);
        ValidationException.throwIfAny(check(campaign, draft, false));
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                insert into recruitment_application (id, campaign_id, owner_login, status, created_at, updated_at)
                values (nextval('recruitment_application_seq'), ?1, ?2, 'DRAFT', now(), now()) returning id""")
                .setParameter(1, campaignId).setParameter(2, me.login()).getResultList();
        long id = ids.get(0).longValue();
        write(id, draft);
        event(id, me.login(), "Utworzono szkic wniosku");
        audit.record(me.login(), AuditAction.CREATE, "RecruitmentApplication", id, "Szkic wniosku w naborze " + campaignId);
        return id;
    }

    /** Saves the parent's draft (or an application returned for corrections) if nobody changed it since {@code version}. */
    public void update(long id, long version, Draft draft) {
        Actor me = parent();
        Object[] row = lockOwn(me, id);
        String status = (String) row[1];
        if (!"DRAFT".equals(status) && !"RETURNED".equals(status)) {
            throw new ConflictException("recruitment.apply.notEditable", id);
        }
        requireNotFrozen(num(row[0]));
        if (((Number) row[2]).longValue() != version) {
            throw new ConflictException("recruitment.apply.stale", id);
        }
        OpenCampaign campaign = campaignForm(num(row[0]));
        ValidationException.throwIfAny(check(campaign, draft, false));
        write(id, draft);
        em.createNativeQuery("update recruitment_application set updated_at = now(), version = version + 1 where id = ?1")
                .setParameter(1, id).executeUpdate();
        event(id, me.login(), "RETURNED".equals(status) ? "Poprawiono wniosek zwrócony przez komisję" : "Zapisano szkic wniosku");
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id, "Wniosek zapisany");
    }

    private void write(long id, Draft d) {
        Guardian g1 = d.guardian1() == null ? new Guardian(null, null, null) : d.guardian1();
        Guardian g2 = d.guardian2() == null ? new Guardian(null, null, null) : d.guardian2();
        em.createNativeQuery("""
                update recruitment_application set child_first_name = cast(?2 as text), child_last_name = cast(?3 as text),
                       birth_date = cast(?4 as date), pesel = cast(?5 as text), identity_document = cast(?6 as text),
                       locality = cast(?7 as text), street = cast(?8 as text), house_number = cast(?9 as text), flat = cast(?10 as text),
                       postal_code = cast(?11 as text), guardian1_name = cast(?12 as text), guardian1_email = cast(?13 as text),
                       guardian1_phone = cast(?14 as text), guardian2_name = cast(?15 as text), guardian2_email = cast(?16 as text),
                       guardian2_phone = cast(?17 as text)
                where id = ?1""")
                .setParameter(1, id).setParameter(2, strip(d.childFirstName())).setParameter(3, strip(d.childLastName()))
                .setParameter(4, d.birthDate() == null ? null : Date.valueOf(d.birthDate())).setParameter(5, strip(d.pesel()))
                .setParameter(6, strip(d.identityDocument())).setParameter(7, strip(d.locality())).setParameter(8, strip(d.street()))
                .setParameter(9, strip(d.houseNumber())).setParameter(10, strip(d.flat())).setParameter(11, strip(d.postalCode()))
                .setParameter(12, strip(g1.name())).setParameter(13, strip(g1.email())).setParameter(14, strip(g1.phone()))
                .setParameter(15, strip(g2.name())).setParameter(16, strip(g2.email())).setParameter(17, strip(g2.phone()))
                .executeUpdate();
        em.createNativeQuery("delete from recruitment_application_preference where application_id = ?1").setParameter(1, id).executeUpdate();
        int rank = 0;
        for (Long classId : d.preferences()) {
            em.createNativeQuery("insert into recruitment_application_preference (application_id, rank, class_id) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, ++rank).setParameter(3, classId).executeUpdate();
        }
        // the verdicts of criteria still declared stay (a correction keeps what the commission already accepted)
        Set<String> declared = new LinkedHashSet<>(d.criteria());
        @SuppressWarnings("unchecked")
        List<String> existing = em.createNativeQuery("select code from recruitment_application_criterion where application_id = ?1")
                .setParameter(1, id).getResultList();
        for (String code : existing) {
            if (!declared.contains(code)) {
                em.createNativeQuery("delete from recruitment_application_criterion where application_id = ?1 and code = ?2")
                        .setParameter(1, id).setParameter(2, code).executeUpdate();
            }
        }
        for (String code : declared) {
            if (!existing.contains(code)) {
                em.createNativeQuery("insert into recruitment_application_criterion (application_id, code) values (?1, ?2)")
                        .setParameter(1, id).setParameter(2, code).executeUpdate();
            }
        }
    }

    /** What is wrong with the draft; {@code complete}: everything a submission needs. */
    List<Violation> check(OpenCampaign campaign, Draft d, boolean complete) {
        List<Violation> v = new ArrayList<>();
        text(v, "childFirstName", d.childFirstName(), MAX_NAME, complete);
        text(v, "childLastName", d.childLastName(), MAX_NAME, complete);
        if (d.birthDate() == null) {
            if (complete) {
                v.add(new Violation("birthDate", "validation.required"));
            }
        } else if (d.birthDate().isAfter(LocalDate.now()) || d.birthDate().isBefore(LocalDate.now().minusYears(30))) {
            v.add(new Violation("birthDate", "recruitment.apply.invalid.birthDate"));
        }
        String pesel = strip(d.pesel());
        if (pesel != null) {
            if (!Pesel.isValid(pesel)) {
                v.add(new Violation("pesel", "recruitment.apply.invalid.pesel"));
            } else if (d.birthDate() != null && !Pesel.birthDate(pesel).orElseThrow().equals(d.birthDate())) {
                v.add(new Violation("pesel", "recruitment.apply.peselDate"));
            }
        } else if (complete && strip(d.identityDocument()) == null) {
            v.add(new Violation("pesel", "recruitment.apply.peselOrDocument"));
        }
        text(v, "identityDocument", d.identityDocument(), 100, false);
        text(v, "locality", d.locality(), 100, complete);
        text(v, "street", d.street(), 200, complete);
        text(v, "houseNumber", d.houseNumber(), 20, complete);
        text(v, "flat", d.flat(), 20, false);
        String postal = strip(d.postalCode());
        if (postal == null) {
            if (complete) {
                v.add(new Violation("postalCode", "validation.required"));
            }
        } else if (!POSTAL.matcher(postal).matches()) {
            v.add(new Violation("postalCode", "recruitment.apply.invalid.postalCode"));
        }
        guardian(v, "guardian1", d.guardian1(), complete);
        if (d.guardian2() != null) {
            guardian(v, "guardian2", d.guardian2(), false);
        }
        Set<Long> offered = campaign.classes().stream().map(OfferedClass::id).collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        for (Long c : d.preferences()) {
            if (c == null || !offered.contains(c)) {
                v.add(new Violation("preferences", "recruitment.apply.unknownClass"));
                break;
            }
            if (!seen.add(c)) {
                v.add(new Violation("preferences", "recruitment.apply.classTwice"));
                break;
            }
        }
        if (d.preferences().size() > campaign.maxPreferences()) {
            v.add(new Violation("preferences", "recruitment.apply.tooMany", campaign.maxPreferences()));
        } else if (complete && d.preferences().isEmpty()) {
            v.add(new Violation("preferences", "recruitment.apply.noPreference"));
        }
        Set<String> codes = campaign.criteria().stream().map(CampaignCriterion::code).collect(Collectors.toSet());
        for (String code : d.criteria()) {
            if (!codes.contains(code)) {
                v.add(new Violation("criteria", "recruitment.apply.unknownCriterion"));
                break;
            }
        }
        return v;
    }

    private static void text(List<Violation> v, String field, String value, int max, boolean required) {
        String s = strip(value);
        if (s == null) {
            if (required) {
                v.add(new Violation(field, "validation.required"));
            }
        } else if (s.length() > max) {
            v.add(new Violation(field, "validation.tooLong", max));
        }
    }

    private static void guardian(List<Violation> v, String field, Guardian g, boolean required) {
        Guardian x = g == null ? new Guardian(null, null, null) : g;
        boolean any = strip(x.name()) != null || strip(x.email()) != null || strip(x.phone()) != null;
        text(v, field + ".name", x.name(), MAX_GUARDIAN, required || any);
        if (strip(x.email()) != null && (x.email().strip().length() > 254 || !EMAIL.matcher(x.email().strip()).matches())) {
            v.add(new Violation(field + ".email", "validation.email"));
        }
        if (strip(x.phone()) != null && !PHONE.matcher(x.phone().strip()).matches()) {
            v.add(new Violation(field + ".phone", "validation.phone"));
        }
        if ((required || any) && strip(x.email()) == null && strip(x.phone()) == null) {
            v.add(new Violation(field + ".email", "recruitment.apply.contact"));
        }
    }

    // ---------------------------------------------------------------- submission

    /** Submits the application to be printed, signed and brought to the first-choice unit. */
    public Submitted submitOnPaper(long id, boolean replaceConfirmed) {
        Actor me = parent();
        Object[] row = lockOwn(me, id);
        requireSubmittable(id, (String) row[1]);
        secondary.requireComplete(id);
        return submit(me.login(), id, "PAPER", null, null, null, replaceConfirmed);
    }

    /**
     * A new application written and submitted on paper in one step: what the parents' form sends when "Złóż do wydruku"
     * is pressed before any draft was saved ({@code POST /api/portal/recruitment/submissions}). The same checks, rows,
     * history and audit as {@link #create} followed by {@link #submitOnPaper}, in about a third of the statements: only
     * the classes and criteria the application names are read (not the campaign's whole offer, twice), and the rows are
     * written once instead of written, read back and updated (docs/benchmarks.md §13). A secondary school's campaign
     * (its results are entered on the saved draft), the supplementary round (free places) and a second application of
     * the same child take the two-step path in the same transaction, so the outcome does not depend on the way in.
     */
    public Submitted submitNewOnPaper(long campaignId, Draft draft, boolean replaceConfirmed) {
        Actor me = parent();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.type, c.max_preferences, c.status = 'APPLICATIONS' and exists (select 1 from recruitment_stage s
                       where s.campaign_id = c.id and s.stage = 'APPLICATIONS' and now() between s.starts_at and s.ends_at)
                from recruitment_campaign c where c.id = ?1""").setParameter(1, campaignId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("campaign", campaignId);
        }
        String type = (String) rows.get(0)[0];
        if (!Boolean.TRUE.equals(rows.get(0)[2]) || "SECONDARY".equals(type)) {
            return submitOnPaper(create(campaignId, draft), replaceConfirmed);
        }
        OpenCampaign named = new OpenCampaign(campaignId, type, null, null, ((Number) rows.get(0)[1]).intValue(), null, null,
                namedClasses(campaignId, draft.preferences()), namedCriteria(campaignId, draft.criteria()));
        ValidationException.throwIfAny(check(named, draft, true));
        if (duplicateOf(0L, campaignId, draft, true) != null) {
            // the child has an active application: the two-step path names it, or withdraws it when the parent confirmed
            return submitOnPaper(create(campaignId, draft), replaceConfirmed);
        }
        String pin = CandidatePins.newPin();
        long firstUnit = named.classes().stream().filter(k -> k.id() == draft.preferences().get(0)).findFirst().orElseThrow().unitId();
        Guardian g1 = draft.guardian1();
        Guardian g2 = draft.guardian2() != null && strip(draft.guardian2().name()) != null ? draft.guardian2() : null;
        String[] codeOut = new String[1];
        long id = em.unwrap(Session.class).doReturningWork(c -> {
            // a random code, drawn again if the campaign has it already (the insert tells, no separate look-up)
            long candidate = 0;
            String code = null;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into recruitment_candidate (id, campaign_id, code, first_name, last_name, birth_date, pesel, created_at, pin_hmac, round)
                    values (nextval('recruitment_candidate_seq'), ?, ?, ?, ?, ?, ?, now(), ?, 'MAIN')
                    on conflict on constraint recruitment_candidate_code_uq do nothing returning id""")) {
                for (int attempt = 0; code == null; attempt++) {
                    if (attempt == 20) {
                        throw new IllegalStateException("no free candidate code in campaign " + campaignId);
                    }
                    String drawn = drawCode(type);
                    ps.setLong(1, campaignId);
                    ps.setString(2, drawn);
                    ps.setString(3, draft.childFirstName().strip());
                    ps.setString(4, draft.childLastName().strip());
                    ps.setDate(5, Date.valueOf(draft.birthDate()));
                    ps.setString(6, strip(draft.pesel()));
                    ps.setString(7, pins.hmac(drawn, pin));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            candidate = rs.getLong(1);
                            code = drawn;
                        }
                    }
                }
            }
            codeOut[0] = code;
            long application;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into recruitment_application (id, campaign_id, owner_login, status, channel, child_first_name, child_last_name,
                           birth_date, pesel, identity_document, locality, street, house_number, flat, postal_code, guardian1_name,
                           guardian1_email, guardian1_phone, guardian2_name, guardian2_email, guardian2_phone, code, candidate_id, unit_id,
                           submitted_at, created_at, updated_at, version)
                    values (nextval('recruitment_application_seq'), ?, ?, 'SUBMITTED', 'PAPER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                           ?, ?, ?, now(), now(), now(), 1) returning id""")) {
                Guardian second = draft.guardian2() == null ? new Guardian(null, null, null) : draft.guardian2();
                int i = 0;
                ps.setLong(++i, campaignId);
                ps.setString(++i, me.login());
                for (String v : new String[] {draft.childFirstName(), draft.childLastName()}) {
                    ps.setString(++i, strip(v));
                }
                ps.setDate(++i, Date.valueOf(draft.birthDate()));
                for (String v : new String[] {draft.pesel(), draft.identityDocument(), draft.locality(), draft.street(), draft.houseNumber(),
                        draft.flat(), draft.postalCode(), g1.name(), g1.email(), g1.phone(), second.name(), second.email(), second.phone()}) {
                    ps.setString(++i, strip(v));
                }
                ps.setString(++i, code);
                ps.setLong(++i, candidate);
                ps.setLong(++i, firstUnit);
                application = single(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into recruitment_application_preference (application_id, rank, class_id)
                    select ?, t.r, t.c from unnest(?) with ordinality as t(c, r)""")) {
                ps.setLong(1, application);
                ps.setArray(2, c.createArrayOf("bigint", draft.preferences().toArray()));
                ps.executeUpdate();
            }
            if (!draft.criteria().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "insert into recruitment_application_criterion (application_id, code) select ?, unnest(?)")) {
                    ps.setLong(1, application);
                    ps.setArray(2, c.createArrayOf("text", new LinkedHashSet<>(draft.criteria()).toArray()));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into recruitment_guardian (candidate_id, position, full_name, email, phone) values (?, ?, ?, ?, ?)""")) {
                int position = 0;
                for (Guardian g : g2 == null ? List.of(g1) : List.of(g1, g2)) {
                    ps.setLong(1, candidate);
                    ps.setInt(2, ++position);
                    ps.setString(3, g.name().strip());
                    ps.setString(4, strip(g.email()));
                    ps.setString(5, strip(g.phone()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into recruitment_application_event (application_id, at, actor, what)
                    values (?, clock_timestamp(), ?, ?), (?, clock_timestamp(), ?, ?)""")) {
                ps.setLong(1, application);
                ps.setString(2, me.login());
                ps.setString(3, "Utworzono szkic wniosku");
                ps.setLong(4, application);
                ps.setString(5, me.login());
                ps.setString(6, PAPER_SUBMITTED + code);
                ps.executeUpdate();
            }
            return application;
        });
        String code = codeOut[0];
        audit.record(me.login(), AuditAction.CREATE, "RecruitmentApplication", id, "Szkic wniosku w naborze " + campaignId);
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id, "Wniosek złożony (PAPER), kandydat " + code);
        return new Submitted(id, code, pin, null);
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The campaign's classes among {@code ids} (an id not offered is missing: the check names it). */
    private List<OfferedClass> namedClasses(long campaignId, List<Long> ids) {
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select k.id, k.unit_id, u.name, k.name, k.profile, k.seats from recruitment_class k join unit u on u.id = k.unit_id
                where k.campaign_id = ?1 and k.id in (?2)""").setParameter(1, campaignId).setParameter(2, known).getResultList();
        return rows.stream().map(RecruitmentApplications::offered).toList();
    }

    /** The campaign's criteria among {@code codes}. */
    private List<CampaignCriterion> namedCriteria(long campaignId, List<String> codes) {
        List<String> known = codes.stream().filter(Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select code, grp, label, points, proof from recruitment_criterion where campaign_id = ?1 and code in (?2)""")
                .setParameter(1, campaignId).setParameter(2, known).getResultList();
        return rows.stream().map(r -> new CampaignCriterion((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4]))
                .toList();
    }

    /**
     * Checks that the parent's application can be submitted and records that it goes to signing under {@code token};
     * returns its data for the document to sign. A second application of the same child needs {@code replaceConfirmed}.
     */
    public ForSigning startSigning(long id, boolean replaceConfirmed, String token) {
        Actor me = parent();
        Object[] row = lockOwn(me, id);
        requireSubmittable(id, (String) row[1]);
        Read read = read(id, me, false);
        Detail d = read.detail();
        OpenCampaign campaign = read.campaign();
        ValidationException.throwIfAny(check(campaign, d.draft(), true));
        secondary.requireComplete(id);
        requireTimetable(d.campaignId(), (String) row[1]);
        duplicateOf(id, d.campaignId(), d.draft(), replaceConfirmed);
        em.createNativeQuery("""
                update recruitment_application set status = 'SIGNING', signing_token = ?2, replace_confirmed = ?3, updated_at = now(),
                       version = version + 1 where id = ?1""")
                .setParameter(1, id).setParameter(2, token).setParameter(3, replaceConfirmed).executeUpdate();
        event(id, me.login(), "Wniosek przekazany do podpisu Profilem Zaufanym");
        return new ForSigning(id, token, campaign.name(), d);
    }

    /** The unsigned e-form sent to signing, kept to compare with the signed copy that comes back. */
    public void keepDocument(long id, byte[] xml) {
        em.createNativeQuery("update recruitment_application set document = ?2 where id = ?1 and status = 'SIGNING'")
                .setParameter(1, id).setParameter(2, xml).executeUpdate();
    }

    /** The application's document: the unsigned e-form while it is being signed, the signed one after. */
    public byte[] document(long id) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("select document from recruitment_application where id = ?1").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            throw new NotFoundException("application", id);
        }
        return rows.get(0);
    }

    /** The provider's address of the signing, kept to fetch the signed document. */
    public void signingAt(long id, String url) {
        em.createNativeQuery("update recruitment_application set signing_url = ?2 where id = ?1 and status = 'SIGNING'")
                .setParameter(1, id).setParameter(2, url).executeUpdate();
    }

    public record Signing(long id, String owner, String status, String signingUrl, String code) {
    }

    /** The application sent to signing under {@code token} (not found: 404). */
    public Signing signing(String token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select id, owner_login, status, signing_url, code from recruitment_application where signing_token = ?1")
                .setParameter(1, token == null ? "" : token).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("application", token);
        }
        Object[] r = rows.get(0);
        return new Signing(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4]);
    }

    /** The current parent's application sent to signing under {@code token}; another's is not found (404). */
    public Signing ownSigning(String token) {
        Actor me = parent();
        Signing s = signing(token);
        if (!me.login().equals(s.owner())) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentApplication", s.id(), "cudzy podpis wniosku");
            throw new NotFoundException("application", token);
        }
        return s;
    }

    /** The signing did not happen (cancelled, refused): the application is a draft again, with the reason in its history. */
    public void signingFailed(String token, String reason) {
        Signing s = signing(token);
        int n = em.createNativeQuery("""
                update recruitment_application set status = case when code is null then 'DRAFT' else 'RETURNED' end,
                       updated_at = now(), version = version + 1 where id = ?1 and status = 'SIGNING'""")
                .setParameter(1, s.id()).executeUpdate();
        if (n == 1) {
            event(s.id(), s.owner(), "Podpis nie został złożony: " + (reason == null ? "anulowano" : reason));
        }
    }

    /** The signed document came back and was verified: the application is submitted (channel PROFIL_ZAUFANY). */
    public Submitted signed(String token, byte[] document, String signer, Instant signedAt) {
        Signing s = signing(token);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select status, replace_confirmed from recruitment_application where id = ?1 for update").setParameter(1, s.id()).getResultList();
        if (!"SIGNING".equals(rows.get(0)[0])) {
            throw new ConflictException("recruitment.apply.notSigning", s.id());
        }
        return submit(s.owner(), s.id(), "PROFIL_ZAUFANY", document, signer, signedAt, (Boolean) rows.get(0)[1]);
    }

    /**
     * An application received as a signed e-form (ePUAP), matched to the parent's draft {@code id}: submitted with
     * channel EPUAP. The e-form's sender must be one of the guardians (checked by the caller with the signature).
     */
    public Submitted receivedThroughEpuap(long id, byte[] document, String signer, Instant signedAt, long inboundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select status, owner_login, replace_confirmed from recruitment_application where id = ?1 for update")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("application", id);
        }
        requireSubmittable(id, (String) rows.get(0)[0]);
        em.createNativeQuery("update recruitment_application set inbound_id = ?2 where id = ?1").setParameter(1, id).setParameter(2, inboundId)
                .executeUpdate();
        return submit("epuap", id, "EPUAP", document, signer, signedAt, (Boolean) rows.get(0)[2]);
    }

    private void requireSubmittable(long id, String status) {
        if (!"DRAFT".equals(status) && !"RETURNED".equals(status) && !"SIGNING".equals(status)) {
            throw new ConflictException("recruitment.apply.alreadySubmitted", id);
        }
    }

    /** Applications are taken in the APPLICATIONS stage; one returned by the commission also while it verifies. */
    private void requireTimetable(long campaignId, String status) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.status, (select count(*) from recruitment_stage s where s.campaign_id = c.id and now() between s.starts_at and s.ends_at
                                  and (s.stage = 'APPLICATIONS' or (?2 and s.stage = 'VERIFICATION')))
                from recruitment_campaign c where c.id = ?1""").setParameter(1, campaignId).setParameter(2, "RETURNED".equals(status))
                .getResultList();
        Object[] r = rows.get(0);
        boolean open = "APPLICATIONS".equals(r[0]) || ("RETURNED".equals(status) && "VERIFICATION".equals(r[0]));
        // the supplementary round takes new applications (a correction of the main round's is over: ADR 0016)
        if ((!open || ((Number) r[1]).longValue() == 0) && !(!"RETURNED".equals(status) && supplementary.open(campaignId))) {
            throw new ConflictException("recruitment.apply.closed");
        }
    }

    private Submitted submit(String actor, long id, String channel, byte[] document, String signer, Instant signedAt,
                             boolean replaceConfirmed) {
        // one reading of the application and of its campaign's offer and criteria (the check and the first choice need them)
        Read read = read(id, null, false);
        Detail d = read.detail();
        String priorStatus = d.status();
        OpenCampaign campaign = read.campaign();
        ValidationException.throwIfAny(check(campaign, d.draft(), true));
        requireTimetable(d.campaignId(), "SIGNING".equals(priorStatus) ? (d.code() == null ? "DRAFT" : "RETURNED") : priorStatus);
        boolean supplementaryRound = supplementary.open(d.campaignId());
        // in the supplementary round a child already in the campaign takes part with their list (ADR 0016): no replacing
        if (supplementaryRound && duplicateOf(id, d.campaignId(), d.draft(), true) != null) {
            throw new ConflictException("recruitment.supplementary.alreadyCandidate");
        }
        Long withdrawn = duplicateOf(id, d.campaignId(), d.draft(), replaceConfirmed);
        if (withdrawn != null) {
            withdrawInternal(withdrawn, actor, "Zastąpiony wnioskiem złożonym dla tego samego dziecka (potwierdzone przez rodzica)", id);
            event(id, actor, "Złożenie zastąpiło wcześniejszy wniosek tego dziecka (nr " + withdrawn + ")");
        }
        Draft draft = d.draft();
        long firstUnit = campaign.classes().stream().filter(c -> c.id() == draft.preferences().get(0)).findFirst().orElseThrow().unitId();
        String pin = CandidatePins.newPin();
        String code = d.code();
        Long candidate = candidateOf(id);
        if (candidate == null) {
            code = newCode(d.campaignId(), d.campaignType());
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("""
                    insert into recruitment_candidate (id, campaign_id, code, first_name, last_name, birth_date, pesel, created_at, pin_hmac, round)
                    values (nextval('recruitment_candidate_seq'), ?1, ?2, ?3, ?4, ?5, cast(?6 as text), now(), ?7, ?8) returning id""")
                    .setParameter(1, d.campaignId()).setParameter(2, code).setParameter(3, draft.childFirstName().strip())
                    .setParameter(4, draft.childLastName().strip()).setParameter(5, Date.valueOf(draft.birthDate()))
                    .setParameter(6, strip(draft.pesel())).setParameter(7, pins.hmac(code, pin))
                    .setParameter(8, supplementaryRound ? "SUPPLEMENTARY" : "MAIN").getResultList();
            candidate = ids.get(0).longValue();
        } else {
            em.createNativeQuery("""
                    update recruitment_candidate set first_name = ?2, last_name = ?3, birth_date = ?4, pesel = cast(?5 as text), pin_hmac = ?6
                    where id = ?1""").setParameter(1, candidate).setParameter(2, draft.childFirstName().strip())
                    .setParameter(3, draft.childLastName().strip()).setParameter(4, Date.valueOf(draft.birthDate()))
                    .setParameter(5, strip(draft.pesel())).setParameter(6, pins.hmac(code, pin)).executeUpdate();
            // the points are the commission's to give again after a correction
            em.createNativeQuery("delete from recruitment_preference where candidate_id = ?1").setParameter(1, candidate).executeUpdate();
            em.createNativeQuery("delete from recruitment_guardian where candidate_id = ?1").setParameter(1, candidate).executeUpdate();
        }
        guardianRow(candidate, 1, draft.guardian1());
        if (draft.guardian2() != null && strip(draft.guardian2().name()) != null) {
            guardianRow(candidate, 2, draft.guardian2());
        }
        em.createNativeQuery("""
                update recruitment_application set status = 'SUBMITTED', channel = ?2, code = ?3, candidate_id = ?4, unit_id = ?5,
                       submitted_at = now(), document = coalesce(cast(?6 as bytea), document), signer = cast(?7 as text),
                       signed_at = cast(?8 as timestamptz), returned_reason = null, updated_at = now(),
                       version = version + 1
                where id = ?1""")
                .setParameter(1, id).setParameter(2, channel).setParameter(3, code).setParameter(4, candidate).setParameter(5, firstUnit)
                .setParameter(6, document).setParameter(7, signer)
                .setParameter(8, signedAt == null ? null : java.sql.Timestamp.from(signedAt)).executeUpdate();
        event(id, actor, switch (channel) {
            case "PROFIL_ZAUFANY" -> "Wniosek złożony, podpisany Profilem Zaufanym (" + signer + "); kod kandydata " + code;
            case "EPUAP" -> "Wniosek złożony przez ePUAP (" + signer + "); kod kandydata " + code;
            default -> PAPER_SUBMITTED + code;
        });
        audit.record(actor, AuditAction.UPDATE, "RecruitmentApplication", id, "Wniosek złożony (" + channel + "), kandydat " + code);
        return new Submitted(id, code, pin, withdrawn);
    }

    private void guardianRow(long candidate, int position, Guardian g) {
        em.createNativeQuery("""
                insert into recruitment_guardian (candidate_id, position, full_name, email, phone) values (?1, ?2, ?3, cast(?4 as text),
                cast(?5 as text))""").setParameter(1, candidate).setParameter(2, position).setParameter(3, g.name().strip())
                .setParameter(4, strip(g.email())).setParameter(5, strip(g.phone())).executeUpdate();
    }

    private Long candidateOf(long id) {
        Object c = em.createNativeQuery("select candidate_id from recruitment_application where id = ?1").setParameter(1, id).getSingleResult();
        return c == null ? null : ((Number) c).longValue();
    }

    /**
     * The other active application of the same child (by PESEL, or by name and birth date), if any: without the parent's
     * confirmation a conflict naming it; with it, its id (to be withdrawn).
     */
    private Long duplicateOf(long id, long campaignId, Draft d, boolean replaceConfirmed) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = strip(d.pesel()) != null
                ? em.createNativeQuery("""
                        select id, code from recruitment_application where campaign_id = ?1 and id <> ?2 and pesel = ?3
                        and status in ('SUBMITTED','VERIFIED','RETURNED') for update""")
                .setParameter(1, campaignId).setParameter(2, id).setParameter(3, d.pesel().strip()).getResultList()
                : em.createNativeQuery("""
                        select id, code from recruitment_application where campaign_id = ?1 and id <> ?2 and pesel is null
                        and lower(child_last_name) = lower(?3) and lower(child_first_name) = lower(?4) and birth_date = ?5
                        and status in ('SUBMITTED','VERIFIED','RETURNED') for update""")
                .setParameter(1, campaignId).setParameter(2, id).setParameter(3, d.childLastName().strip())
                .setParameter(4, d.childFirstName().strip()).setParameter(5, Date.valueOf(d.birthDate())).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        if (!replaceConfirmed) {
            throw new ConflictException("recruitment.apply.duplicate", rows.get(0)[1]);
        }
        return num(rows.get(0)[0]);
    }

    /** A candidate's code: the campaign type's letter and 7 characters without look-alikes (P-7KQ2M9X). */
    private static String drawCode(String type) {
        String prefix = switch (type) {
            case "KINDERGARTEN" -> "P";
            case "CLASS_ONE" -> "S";
            case "SECONDARY" -> "L";
            default -> "B";
        };
        StringBuilder b = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 7; i++) {
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    private String newCode(long campaignId, String type) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = drawCode(type);
            Object taken = em.createNativeQuery("select count(*) from recruitment_candidate where campaign_id = ?1 and code = ?2")
                    .setParameter(1, campaignId).setParameter(2, code).getSingleResult();
            if (((Number) taken).longValue() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free candidate code in campaign " + campaignId);
    }

    /** A new PIN for the parent's submitted application (the old one stops working); shown once. */
    public Submitted newPin(long id) {
        Actor me = parent();
        lockOwn(me, id);
        Detail d = load(id, me, false);
        if (d.code() == null || "WITHDRAWN".equals(d.status())) {
            throw new ConflictException("recruitment.apply.notSubmitted", id);
        }
        String pin = CandidatePins.newPin();
        em.createNativeQuery("update recruitment_candidate set pin_hmac = ?2 where id = ?1").setParameter(1, candidateOf(id))
                .setParameter(2, pins.hmac(d.code(), pin)).executeUpdate();
        // the published results keep a copy of the PIN's HMAC (ADR 0013): the new PIN must open them too
        em.createNativeQuery("update recruitment_public_result set pin_hmac = ?2 where candidate_id = ?1").setParameter(1, candidateOf(id))
                .setParameter(2, pins.hmac(d.code(), pin)).executeUpdate();
        event(id, me.login(), "Wygenerowano nowy PIN do wyników");
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id, "Nowy PIN kandydata " + d.code());
        return new Submitted(id, d.code(), pin, null);
    }

    // ---------------------------------------------------------------- attachments

    /**
     * Attaches a file to the parent's draft (or an application returned for corrections): checked by its content
     * (PDF, images, office documents; a renamed or damaged file is refused with the reason), at most
     * {@value pl.edugmina.messaging.domain.AttachmentPolicy#MAX_FILES} files of
     * {@value pl.edugmina.messaging.domain.AttachmentPolicy#MAX_BYTES} bytes each; {@code code} names the criterion
     * it proves (or null).
     */
    public long attach(long id, String code, String fileName, byte[] content) {
        Actor me = parent();
        Object[] row = lockOwn(me, id);
        String status = (String) row[1];
        if (!"DRAFT".equals(status) && !"RETURNED".equals(status)) {
            throw new ConflictException("recruitment.apply.notEditable", id);
        }
        requireNotFrozen(num(row[0]));
        String criterion = strip(code);
        if (criterion != null && criteria(num(row[0])).stream().noneMatch(c -> c.code().equals(criterion))) {
            throw new ValidationException(List.of(new Violation("code", "recruitment.apply.unknownCriterion")));
        }
        Object stored = em.createNativeQuery("select count(*) from recruitment_application_attachment where application_id = ?1")
                .setParameter(1, id).getSingleResult();
        if (((Number) stored).longValue() >= pl.edugmina.messaging.domain.AttachmentPolicy.MAX_FILES) {
            throw new ValidationException(List.of(new Violation("file", "recruitment.apply.tooManyFiles",
                    pl.edugmina.messaging.domain.AttachmentPolicy.MAX_FILES)));
        }
        byte[] bytes = content == null ? new byte[0] : content;
        pl.edugmina.messaging.domain.AttachmentPolicy.Result checked = pl.edugmina.messaging.domain.AttachmentPolicy.check(fileName, bytes);
        if (checked.accepted().isEmpty()) {
            throw new ValidationException(List.of(new Violation("file", "recruitment.apply.fileRefused", checked.reason())));
        }
        String sha;
        try {
            sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                insert into recruitment_application_attachment (id, application_id, code, file_name, media_type, size_bytes, sha256, content,
                                                                uploaded_by, uploaded_at)
                values (nextval('recruitment_application_attachment_seq'), ?1, cast(?2 as text), ?3, ?4, ?5, ?6, ?7, ?8, now()) returning id""")
                .setParameter(1, id).setParameter(2, criterion).setParameter(3, checked.accepted().get().fileName())
                .setParameter(4, checked.accepted().get().mediaType()).setParameter(5, (long) bytes.length).setParameter(6, sha)
                .setParameter(7, bytes).setParameter(8, me.login()).getResultList();
        long attachment = ids.get(0).longValue();
        event(id, me.login(), "Dołączono plik „" + checked.accepted().get().fileName() + "”");
        audit.record(me.login(), AuditAction.CREATE, "RecruitmentApplication", id, "Załącznik " + attachment + " dołączony");
        return attachment;
    }

    /** Removes a file from the parent's draft (or returned application). */
    public void removeAttachment(long id, long attachmentId) {
        Actor me = parent();
        Object[] row = lockOwn(me, id);
        String status = (String) row[1];
        if (!"DRAFT".equals(status) && !"RETURNED".equals(status)) {
            throw new ConflictException("recruitment.apply.notEditable", id);
        }
        requireNotFrozen(num(row[0]));
        int n = em.createNativeQuery("delete from recruitment_application_attachment where id = ?1 and application_id = ?2")
                .setParameter(1, attachmentId).setParameter(2, id).executeUpdate();
        if (n == 0) {
            throw new NotFoundException("attachment", attachmentId);
        }
        event(id, me.login(), "Usunięto dołączony plik");
        audit.record(me.login(), AuditAction.DELETE, "RecruitmentApplication", id, "Załącznik " + attachmentId + " usunięty");
    }

    /** One of the parent's own files. */
    public FileContent attachment(long id, long attachmentId) {
        Actor me = parent();
        lockOwn(me, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select file_name, media_type, content from recruitment_application_attachment where id = ?1 and application_id = ?2")
                .setParameter(1, attachmentId).setParameter(2, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("attachment", attachmentId);
        }
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "RecruitmentApplication", id, "Załącznik " + attachmentId + " pobrany");
        return new FileContent((String) rows.get(0)[0], (String) rows.get(0)[1], (byte[]) rows.get(0)[2]);
    }

    private List<AttachmentView> attachments(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, code, file_name, media_type, size_bytes, uploaded_at from recruitment_application_attachment
                where application_id = ?1 order by id""").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new AttachmentView(num(r[0]), (String) r[1], (String) r[2], (String) r[3], num(r[4]), instant(r[5])))
                .toList();
    }

    // ---------------------------------------------------------------- withdrawal, confirmation

    /** The parent withdraws the application before the final allocation; the candidate leaves the campaign. */
    public void withdraw(long id, String reason) {
        Actor me = parent();
        Object[] row = lockOwn(me, id);
        String status = (String) row[1];
        if ("WITHDRAWN".equals(status)) {
            throw new ConflictException("recruitment.apply.withdrawn", id);
        }
        Object published = em.createNativeQuery("select published_run_id from recruitment_campaign where id = ?1")
                .setParameter(1, num(row[0])).getSingleResult();
        if (published != null) {
            throw new ConflictException("recruitment.apply.afterAllocation");
        }
        String r = strip(reason);
        if (r != null && r.length() > MAX_REASON) {
            throw new ValidationException(List.of(new Violation("reason", "validation.tooLong", MAX_REASON)));
        }
        withdrawInternal(id, me.login(), r == null ? "Wycofany przez rodzica" : "Wycofany przez rodzica: " + r, null);
    }

    private void withdrawInternal(long id, String actor, String reason, Long replacedBy) {
        Long candidate = candidateOf(id);
        em.createNativeQuery("""
                update recruitment_application set status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_reason = ?2,
                       replaced_by = cast(?3 as bigint), candidate_id = null, updated_at = now(), version = version + 1
                where id = ?1""").setParameter(1, id).setParameter(2, reason).setParameter(3, replacedBy).executeUpdate();
        if (candidate != null) {
            em.createNativeQuery("delete from recruitment_candidate where id = ?1").setParameter(1, candidate).executeUpdate();
        }
        event(id, actor, reason);
        audit.record(actor, AuditAction.UPDATE, "RecruitmentApplication", id, "Wniosek wycofany");
    }

    /** The parent confirms the will to attend the class the child qualified for, during the CONFIRMATION stage. */
    public void confirmWill(long id) {
        Actor me = parent();
        lockOwn(me, id);
        Detail d = load(id, me, false);
        if (d.outcome() == null || !d.outcome().placed()) {
            throw new ConflictException("recruitment.apply.notQualified");
        }
        if (d.outcome().confirmedAt() != null) {
            return;
        }
        if (!d.outcome().canConfirm()) {
            throw new ConflictException("recruitment.apply.confirmationClosed");
        }
        em.createNativeQuery("update recruitment_application set confirmed_at = now(), updated_at = now(), version = version + 1 where id = ?1")
                .setParameter(1, id).executeUpdate();
        event(id, me.login(), "Rodzic potwierdził wolę przyjęcia do: " + d.outcome().placedClass().label());
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", id, "Potwierdzenie woli przyjęcia");
    }

    // ---------------------------------------------------------------- reading

    /** The current parent's applications, newest first. */
    public List<Summary> mine() {
        Actor me = parent();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.campaign_id, c.name, concat_ws(' ', a.child_first_name, a.child_last_name), a.status, a.channel, a.code,
                       a.updated_at
                from recruitment_application a join recruitment_campaign c on c.id = a.campaign_id
                where a.owner_login = ?1 order by a.created_at desc, a.id desc limit 100""").setParameter(1, me.login()).getResultList();
        return rows.stream().map(r -> new Summary(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], instant(r[7]))).toList();
    }

    /** One application, for its parent, the department or a unit on its list; every reading is audited. */
    public Detail detail(long id) {
        Actor me = actors.current();
        Detail d = load(id, me, true);
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentApplication", id,
                d.mine() ? "Wniosek odczytany przez rodzica" : "Wniosek odczytany");
        return d;
    }

    /**
     * Loads an application; with {@code me} given, refuses (and audits) a reader who may not see it: 404 for those
     * who should not learn it exists.
     */
    Detail load(long id, Actor me, boolean checkAccess) {
        return read(id, me, checkAccess).detail();
    }

    /** An application as {@link #load} reads it, with its campaign's form read on the way (not read again to check it). */
    private record Read(Detail detail, OpenCampaign campaign) {
    }

    private Read read(long id, Actor me, boolean checkAccess) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.campaign_id, c.name, c.type, c.max_preferences, a.status, a.channel, a.code, a.owner_login,
                       a.child_first_name, a.child_last_name, a.birth_date, a.pesel, a.identity_document, a.locality, a.street,
                       a.house_number, a.flat, a.postal_code, a.guardian1_name, a.guardian1_email, a.guardian1_phone,
                       a.guardian2_name, a.guardian2_email, a.guardian2_phone, a.submitted_at, a.signer, a.returned_reason,
                       a.withdrawn_reason, a.version, a.candidate_id, c.published_run_id, a.confirmed_at, c.school_year, s.starts_at, s.ends_at
                from recruitment_application a join recruitment_campaign c on c.id = a.campaign_id
                left join recruitment_stage s on s.campaign_id = c.id and s.stage = 'APPLICATIONS'
                where a.id = ?1""")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("application", id);
        }
        Object[] r = rows.get(0);
        long campaignId = num(r[0]);
        List<OfferedClass> classes = classes(campaignId);
        Map<Long, OfferedClass> byId = classes.stream().collect(Collectors.toMap(OfferedClass::id, Function.identity()));
        @SuppressWarnings("unchecked")
        List<Object[]> prefRows = em.createNativeQuery("""
                select ap.rank, ap.class_id, p.points, p.tier, p.second_tier from recruitment_application_preference ap
                left join recruitment_preference p on p.candidate_id = cast(?2 as bigint) and p.class_id = ap.class_id
                where ap.application_id = ?1 order by ap.rank""").setParameter(1, id).setParameter(2, r[29]).getResultList();
        List<PreferenceView> prefs = prefRows.stream().map(p -> new PreferenceView(((Number) p[0]).intValue(), byId.get(num(p[1])),
                p[2] == null ? null : BigDecimal.valueOf(num(p[2]), 2),
                p[4] == null ? null : "CLASS_ONE".equals(r[2]) || "SECONDARY".equals(r[2]) ? BigDecimal.valueOf(num(p[4])) : BigDecimal.valueOf(num(p[4]), 2),
                p[3] == null ? null : ((Number) p[3]).intValue())).toList();
        boolean mine = me != null && me.has(pl.edugmina.security.Role.CITIZEN) && Objects.equals(me.login(), r[7]);
        if (checkAccess && me != null && !mine && !me.seesAllRecruitmentApplications()
                && prefs.stream().noneMatch(p -> p.offered() != null && me.readsRecruitmentApplicationsOf(p.offered().unitId()))) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentApplication", id, "wniosek rekrutacyjny");
            throw new NotFoundException("application", id);
        }
        List<CampaignCriterion> campaignCriteria = criteria(campaignId);
        Map<String, CampaignCriterion> criteria = campaignCriteria.stream()
                .collect(Collectors.toMap(CampaignCriterion::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        @SuppressWarnings("unchecked")
        List<Object[]> declaredRows = em.createNativeQuery(
                "select code, verdict, reason from recruitment_application_criterion where application_id = ?1").setParameter(1, id)
                .getResultList();
        List<DeclaredCriterion> declared = new ArrayList<>();
        List<String> declaredCodes = new ArrayList<>();
        for (CampaignCriterion c : criteria.values()) {
            for (Object[] dr : declaredRows) {
                if (c.code().equals(dr[0])) {
                    declared.add(new DeclaredCriterion(c.code(), c.group(), c.label(), c.points(), c.proof(), (String) dr[1], (String) dr[2]));
                    declaredCodes.add(c.code());
                }
            }
        }
        Draft draft = new Draft((String) r[8], (String) r[9], r[10] == null ? null : ((Date) r[10]).toLocalDate(), (String) r[11],
                (String) r[12], (String) r[13], (String) r[14], (String) r[15], (String) r[16], (String) r[17],
                new Guardian((String) r[18], (String) r[19], (String) r[20]),
                r[21] == null && r[22] == null && r[23] == null ? null : new Guardian((String) r[21], (String) r[22], (String) r[23]),
                prefs.stream().map(p -> p.offered().id()).toList(), declaredCodes);
        @SuppressWarnings("unchecked")
        List<Object[]> eventRows = em.createNativeQuery(
                "select at, actor, what from recruitment_application_event where application_id = ?1 order by at, id").setParameter(1, id)
                .getResultList();
        List<Event> history = eventRows.stream().map(e -> new Event(instant(e[0]), (String) e[1], (String) e[2])).toList();
        String status = (String) r[4];
        int max = ((Number) r[3]).intValue();
        List<String> warnings = new ArrayList<>();
        if (("DRAFT".equals(status) || "RETURNED".equals(status)) && prefs.size() < max) {
            warnings.add(prefs.isEmpty() ? "recruitment.apply.warn.noPreference" : "recruitment.apply.warn.shortList");
        }
        Long outcomeRun = r[30] == null || r[29] == null ? null : num(r[30]);
        if (outcomeRun != null) {
            // a candidate of the published supplementary round (ADR 0016): that round's outcome
            @SuppressWarnings("unchecked")
            List<Number> supplementaryRun = em.createNativeQuery("""
                    select x.run_id from recruitment_allocation_result x join recruitment_campaign c on c.supplementary_run_id = x.run_id
                    where c.id = ?1 and x.candidate_id = ?2""").setParameter(1, campaignId).setParameter(2, num(r[29])).getResultList();
            outcomeRun = supplementaryRun.isEmpty() ? outcomeRun : supplementaryRun.get(0).longValue();
        }
        Outcome outcome = outcomeRun == null ? null : outcome(outcomeRun, num(r[29]), campaignId, byId, instant(r[31]));
        boolean editable = mine && ("DRAFT".equals(status) || "RETURNED".equals(status));
        boolean withdrawable = mine && !"WITHDRAWN".equals(status) && r[30] == null;
        Detail detail = new Detail(id, ((Number) r[28]).longValue(), campaignId, (String) r[1], (String) r[2], max, status, (String) r[5],
                (String) r[6], draft, prefs, declared, history, warnings, instant(r[24]), (String) r[25], (String) r[26], (String) r[27],
                outcome, mine, editable, withdrawable, attachments(id));
        return new Read(detail, new OpenCampaign(campaignId, (String) r[2], (String) r[32], (String) r[1], max, instant(r[33]), instant(r[34]),
                classes, campaignCriteria));
    }

    private Outcome outcome(long runId, long candidateId, long campaignId, Map<Long, OfferedClass> classes, Instant confirmedAt) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select class_id, preference from recruitment_allocation_result where run_id = ?1 and candidate_id = ?2")
                .setParameter(1, runId).setParameter(2, candidateId).getResultList();
        if (rows.isEmpty() || rows.get(0)[0] == null) {
            return new Outcome(false, null, 0, null, false);
        }
        Object open = em.createNativeQuery("""
                select count(*) from recruitment_stage where campaign_id = ?1 and stage = 'CONFIRMATION' and now() between starts_at and ends_at""")
                .setParameter(1, campaignId).getSingleResult();
        return new Outcome(true, classes.get(num(rows.get(0)[0])), ((Number) rows.get(0)[1]).intValue(), confirmedAt,
                confirmedAt == null && ((Number) open).longValue() > 0);
    }

    // ---------------------------------------------------------------- helpers

    private Actor parent() {
        Actor me = actors.current();
        if (!me.canApplyForRecruitment()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentApplication", null, "wnioski rekrutacyjne rodzica");
            throw new AccessDeniedException();
        }
        return me;
    }

    /** The campaign's form if it takes applications now (one campaign read, not every open one); 409 otherwise. */
    private OpenCampaign requireOpen(long campaignId) {
        if (!isOpen(campaignId)) {
            throw new ConflictException("recruitment.apply.closed");
        }
        return campaignForm(campaignId);
    }

    private boolean isOpen(long campaignId) {
        Object open = em.createNativeQuery("""
                select count(*) from recruitment_campaign c join recruitment_stage s on s.campaign_id = c.id and s.stage = 'APPLICATIONS'
                where c.id = ?1 and c.status = 'APPLICATIONS' and now() between s.starts_at and s.ends_at""")
                .setParameter(1, campaignId).getSingleResult();
        // the APPLICATIONS stage, or the supplementary round's (free places after the main round)
        return ((Number) open).longValue() > 0 || supplementary.open(campaignId);
    }

    /** Locks the parent's own application: {campaign_id, status, version}; another's is not found. */
    private Object[] lockOwn(Actor me, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select campaign_id, status, version from recruitment_application where id = ?1 and owner_login = ?2 for update")
                .setParameter(1, id).setParameter(2, me.login()).getResultList();
        if (rows.isEmpty()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentApplication", id, "cudzy wniosek");
            throw new NotFoundException("application", id);
        }
        return rows.get(0);
    }

    /** Appends a line to the application's history. */
    public void event(long id, String actor, String what) {
        em.createNativeQuery("insert into recruitment_application_event (application_id, at, actor, what) values (?1, clock_timestamp(), ?2, ?3)")
                .setParameter(1, id).setParameter(2, actor).setParameter(3, what.length() > 2000 ? what.substring(0, 2000) : what)
                .executeUpdate();
    }

    static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    /**
     * Once a FINAL allocation is published its input is frozen (the lists and points it used; explanations are rebuilt
     * from them): a draft or an application returned for corrections is no longer changed (409). Only an allowed
     * appeal changes a candidate's points after it ({@link RecruitmentAppealResults}).
     */
    private void requireNotFrozen(long campaignId) {
        Object published = em.createNativeQuery("select published_run_id from recruitment_campaign where id = ?1")
                .setParameter(1, campaignId).getSingleResult();
        if (published != null) {
            throw new ConflictException("recruitment.appeal.frozen");
        }
    }
}
