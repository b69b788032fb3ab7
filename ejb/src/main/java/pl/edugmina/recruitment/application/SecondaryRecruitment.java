package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import pl.edugmina.recruitment.domain.applications.CommissionReview.Scored;
import pl.edugmina.recruitment.domain.points.Points;
import pl.edugmina.recruitment.domain.points.RecruitmentDefaults;
import pl.edugmina.recruitment.domain.points.SecondaryPoints;
import pl.edugmina.recruitment.domain.points.SecondaryPointsConfig;
import pl.edugmina.recruitment.domain.secondary.SecondaryResults;
import pl.edugmina.recruitment.domain.secondary.SecondaryScoring;
import pl.edugmina.recruitment.domain.secondary.SecondarySubjects;
import pl.edugmina.recruitment.domain.setup.CampaignStatus;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * Secondary-school recruitment (issue 5): how a SECONDARY campaign counts points (its own copy of the law's numbers,
 * made from {@link RecruitmentDefaults} the first time it is read, then the department's to change while the campaign is
 * prepared), which two subjects' grades each class counts besides Polish and maths, the results a parent declares on
 * the application (exam, grades, distinction, achievements, volunteering, olympiad laureate), and the points per
 * preference from the results the commission verified ({@link RecruitmentCommission#decideSecondary}).
 *
 * <p>Who: the department for the set-up ({@link Actor#canManageRecruitmentCampaigns}); the parent for their own
 * application (404 for another's); the commission of the first-choice unit and the department read the results.
 * Every change is audited; reading an application's results is audited as personal data.
 */
@Stateless
public class SecondaryRecruitment {

    public static final int MAX_REASON = 2_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    // ---------------------------------------------------------------- records

    public record Level(String code, String label, BigDecimal points) {
    }

    /** The campaign's configuration as the department sees and edits it. */
    public record Config(Map<String, BigDecimal> examWeights, Map<String, BigDecimal> gradePoints, int gradedSubjects,
                         BigDecimal distinction, BigDecimal achievementsCap, BigDecimal volunteering, BigDecimal maximum,
                         List<Level> achievements, int laureateTier) {
    }

    public record Subject(String code, String name) {
    }

    public record ClassSubjects(long classId, long unitId, String unitName, String className, List<String> subjects, String names) {
    }

    /** The set-up of a SECONDARY campaign: configuration, each class's counted subjects, the subjects a class may choose. */
    public record Setup(long campaignId, boolean editable, Config config, List<ClassSubjects> classes, List<Subject> choosable) {
    }

    /** What the parents' form needs (no personal data): the subjects, the achievement levels, each class's subjects. */
    public record Form(long campaignId, List<Subject> exam, List<Subject> graded, List<Level> achievements, List<ClassSubjects> classes) {
    }

    /** An application's results: declared by the parent, verified (or corrected with a reason) by the commission. */
    public record ResultsView(long applicationId, SecondaryResults declared, SecondaryResults results, String verdict, String reason,
                              String decidedBy, Instant decidedAt) {
    }

    /** The points at one class of the list, by part, from the verified results. */
    public record ClassPoints(int rank, long classId, String label, BigDecimal exam, BigDecimal grades, BigDecimal distinction,
                              BigDecimal achievements, BigDecimal volunteering, BigDecimal total, boolean laureate) {
    }

    // ---------------------------------------------------------------- the department's set-up

    public Setup setup(long campaignId) {
        manager("nabór " + campaignId);
        String status = requireSecondary(campaignId);
        return new Setup(campaignId, CampaignStatus.valueOf(status).setupEditable(), config(campaignId), classSubjects(campaignId),
                SecondarySubjects.choosable().stream().map(s -> new Subject(s, SecondarySubjects.name(s))).toList());
    }

    /** Replaces the campaign's configuration (in preparation); a configuration whose parts add up to more than its maximum is refused (422). */
    public void saveConfig(long campaignId, Config c) {
        Actor me = manager("nabór " + campaignId);
        requireEditable(lockSecondary(campaignId));
        List<Violation> v = new ArrayList<>();
        if (c == null) {
            throw new ValidationException(List.of(new Violation("config", "validation.required")));
        }
        if (c.examWeights() == null || !c.examWeights().keySet().equals(new HashSet<>(SecondarySubjects.EXAM))) {
            v.add(new Violation("examWeights", "recruitment.secondary.setup.examWeights"));
        } else {
            c.examWeights().forEach((k, w) -> {
                if (w == null || w.signum() < 0 || w.scale() > 2) {
                    v.add(new Violation("examWeights." + k, "recruitment.secondary.setup.number"));
                }
            });
        }
        if (c.gradePoints() == null || c.gradePoints().isEmpty() || !Set.of("1", "2", "3", "4", "5", "6").containsAll(c.gradePoints().keySet())) {
            v.add(new Violation("gradePoints", "recruitment.secondary.setup.gradePoints"));
        } else {
            c.gradePoints().forEach((k, p) -> number(v, "gradePoints." + k, p));
        }
        if (c.gradedSubjects() < 2 || c.gradedSubjects() > 10) {
            v.add(new Violation("gradedSubjects", "recruitment.secondary.setup.gradedSubjects"));
        }
        number(v, "distinction", c.distinction());
        number(v, "achievementsCap", c.achievementsCap());
        number(v, "volunteering", c.volunteering());
        number(v, "maximum", c.maximum());
        if (c.laureateTier() < 0 || c.laureateTier() > 10) {
            v.add(new Violation("laureateTier", "recruitment.secondary.setup.tier"));
        }
        List<Level> levels = c.achievements() == null ? List.of() : c.achievements();
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            if (l == null || l.code() == null || !l.code().matches("^[A-Z][A-Z0-9_]{0,39}$") || l.label() == null || l.label().isBlank()
                    || l.label().length() > 300) {
                v.add(new Violation("achievements[" + i + "]", "recruitment.secondary.setup.level"));
            } else {
                number(v, "achievements[" + i + "].points", l.points());
            }
        }
        ValidationException.throwIfAny(v);
        try {
            pointsConfig(c);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new Violation("maximum", "recruitment.secondary.setup.overMaximum", c.maximum())));
        }
        if (config(campaignId).gradedSubjects() != c.gradedSubjects()) {
            // another number of graded subjects: each class chooses its subjects again
            em.createNativeQuery("update recruitment_class set counted_subjects = null where campaign_id = ?1").setParameter(1, campaignId)
                    .executeUpdate();
        }
        write(campaignId, c);
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentCampaign", campaignId, "Punktacja szkół ponadpodstawowych: " + describe(c));
    }

    /** The two (the configuration's number less Polish and maths) subjects a class counts (in preparation). */
    public void setClassSubjects(long campaignId, long classId, List<String> subjects) {
        Actor me = manager("nabór " + campaignId);
        requireEditable(lockSecondary(campaignId));
        Config c = config(campaignId);
        int wanted = c.gradedSubjects() - SecondarySubjects.ALWAYS_GRADED.size();
        List<String> s = subjects == null ? List.of() : subjects.stream().filter(Objects::nonNull).map(String::strip).toList();
        if (s.size() != wanted || new HashSet<>(s).size() != s.size() || !SecondarySubjects.choosable().containsAll(s)) {
            throw new ValidationException(List.of(new Violation("subjects", "recruitment.secondary.setup.subjects", wanted)));
        }
        int n = em.createNativeQuery("update recruitment_class set counted_subjects = ?1 where id = ?2 and campaign_id = ?3")
                .setParameter(1, String.join(",", s)).setParameter(2, classId).setParameter(3, campaignId).executeUpdate();
        if (n == 0) {
            throw new NotFoundException("class", classId);
        }
        em.createNativeQuery("update recruitment_campaign set version = version + 1 where id = ?1").setParameter(1, campaignId).executeUpdate();
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentClass", classId, "Przedmioty liczone w klasie: "
                + String.join(", ", s.stream().map(SecondarySubjects::name).toList()));
    }

    // ---------------------------------------------------------------- the parents' form

    public Form form(long campaignId) {
        requireSecondary(campaignId);
        Config c = config(campaignId);
        return new Form(campaignId, SecondarySubjects.EXAM.stream().map(s -> new Subject(s, SecondarySubjects.name(s))).toList(),
                SecondarySubjects.graded().entrySet().stream().map(e -> new Subject(e.getKey(), e.getValue())).toList(), c.achievements(),
                classSubjects(campaignId));
    }

    /** The results of an application: its parent, the department, or a unit on its list (others: 404). Audited. */
    public ResultsView results(long applicationId) {
        Actor me = actors.current();
        App a = app(applicationId);
        boolean mine = me.canApplyForRecruitment() && me.login().equals(a.owner());
        if (!mine && !me.seesAllRecruitmentApplications() && !unitsOf(applicationId).stream().anyMatch(me::readsRecruitmentApplicationsOf)) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentApplication", applicationId, "wyniki kandydata");
            throw new NotFoundException("application", applicationId);
        }
        ResultsView v = view(applicationId);
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentApplication", applicationId, "Wyniki kandydata odczytane");
        return v;
    }

    /** The parent saves the results with the draft (or the application returned for corrections); bad values 422 next to the field. */
    public void saveResults(long applicationId, SecondaryResults r) {
        Actor me = actors.current();
        if (!me.canApplyForRecruitment()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentApplication", applicationId, "wyniki kandydata");
            throw new AccessDeniedException();
        }
        App a = app(applicationId);
        if (!me.login().equals(a.owner())) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentApplication", applicationId, "cudzy wniosek");
            throw new NotFoundException("application", applicationId);
        }
        em.createNativeQuery("select id from recruitment_application where id = ?1 for update").setParameter(1, applicationId).getResultList();
        if (!"SECONDARY".equals(a.campaignType())) {
            throw new ConflictException("recruitment.secondary.notSecondary");
        }
        if (!"DRAFT".equals(a.status()) && !"RETURNED".equals(a.status())) {
            throw new ConflictException("recruitment.apply.notEditable", applicationId);
        }
        SecondaryResults results = r == null ? empty() : r;
        ValidationException.throwIfAny(Violation.allOf(results.problems(false, levels(a.campaignId()))));
        String json = json(results);
        @SuppressWarnings("unchecked")
        List<String> old = em.createNativeQuery("select cast(declared as text) from recruitment_application_secondary where application_id = ?1")
                .setParameter(1, applicationId).getResultList();
        if (!old.isEmpty() && results.equals(parse(old.get(0)))) {
            return;
        }
        em.createNativeQuery("""
                insert into recruitment_application_secondary (application_id, declared, results) values (?1, cast(?2 as jsonb), cast(?2 as jsonb))
                on conflict (application_id) do update set declared = excluded.declared, results = excluded.results, verdict = null,
                       reason = null, decided_by = null, decided_at = null""")
                .setParameter(1, applicationId).setParameter(2, json).executeUpdate();
        // the draft's version stays: the results are saved on their own, beside the draft the parent may be editing
        em.createNativeQuery("update recruitment_application set updated_at = now() where id = ?1").setParameter(1, applicationId).executeUpdate();
        event(applicationId, me.login(), "Zapisano wyniki kandydata (egzamin, oceny, osiągnięcia)");
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentApplication", applicationId, "Wyniki kandydata zapisane");
    }

    /**
     * Before a SECONDARY application is submitted: the exam results and the grades of Polish, maths and of the subjects
     * of every class on the list are given (422 naming the fields otherwise). Nothing for other kinds of campaign.
     */
    public void requireComplete(long applicationId) {
        App a = app(applicationId);
        if (!"SECONDARY".equals(a.campaignType())) {
            return;
        }
        SecondaryResults r = view(applicationId).declared();
        List<Violation> v = new ArrayList<>(Violation.allOf(r.problems(true, levels(a.campaignId()))));
        for (String subject : listedSubjects(applicationId)) {
            if (!r.grades().containsKey(subject)) {
                v.add(new Violation("grades." + subject, "recruitment.secondary.apply.gradeRequired"));
            }
        }
        ValidationException.throwIfAny(v);
    }

    /** The points at each class of the list, by part, once the application is verified (empty before). */
    public List<ClassPoints> points(long applicationId) {
        ResultsView v = results(applicationId);
        App a = app(applicationId);
        if (v.verdict() == null || !"VERIFIED".equals(a.status())) {
            return List.of();
        }
        SecondaryScoring scoring = new SecondaryScoring(scoringConfig(a.campaignId()));
        List<ClassPoints> out = new ArrayList<>();
        for (Object[] r : listed(applicationId)) {
            SecondaryPoints.Score s = scoring.score(v.results(), subjects((String) r[2]));
            out.add(new ClassPoints(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (String) r[3], s.exam(), s.grades(),
                    s.distinction(), s.achievements(), s.volunteering(), s.total(), v.results().laureate()));
        }
        return out;
    }

    // ---------------------------------------------------------------- for the commission (RecruitmentCommission, which checks who and when)

    /** The commission's verdict on the results: ACCEPTED (as declared) or CORRECTED (its values, with a reason). */
    public void decide(long applicationId, String verdict, String reason, SecondaryResults corrected, String by) {
        if (!actors.current().sitsOnRecruitmentCommission()) {
            throw new AccessDeniedException();
        }
        App a = app(applicationId);
        if (!"SECONDARY".equals(a.campaignType())) {
            throw new ConflictException("recruitment.secondary.notSecondary");
        }
        ResultsView now = view(applicationId);
        if (!"ACCEPTED".equals(verdict) && !"CORRECTED".equals(verdict)) {
            throw new ValidationException(List.of(new Violation("verdict", "recruitment.secondary.commission.verdict")));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if ("CORRECTED".equals(verdict)) {
            List<Violation> v = new ArrayList<>();
            if (why == null) {
                v.add(new Violation("reason", "recruitment.secondary.commission.reason"));
            } else if (why.length() > MAX_REASON) {
                v.add(new Violation("reason", "validation.tooLong", MAX_REASON));
            }
            if (corrected == null) {
                v.add(new Violation("results", "validation.required"));
            } else {
                v.addAll(Violation.allOf(corrected.problems(true, levels(a.campaignId()))));
            }
            ValidationException.throwIfAny(v);
        }
        SecondaryResults results = "CORRECTED".equals(verdict) ? corrected : now.declared();
        em.createNativeQuery("""
                insert into recruitment_application_secondary (application_id, declared, results, verdict, reason, decided_by, decided_at)
                values (?1, cast(?2 as jsonb), cast(?3 as jsonb), ?4, cast(?5 as text), ?6, clock_timestamp())
                on conflict (application_id) do update set results = excluded.results, verdict = excluded.verdict, reason = excluded.reason,
                       decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
                .setParameter(1, applicationId).setParameter(2, json(now.declared())).setParameter(3, json(results)).setParameter(4, verdict)
                .setParameter(5, "CORRECTED".equals(verdict) ? why : null).setParameter(6, by).executeUpdate();
    }

    /** Whether the commission decided on the results (a SECONDARY application is verified only then). */
    public boolean decided(long applicationId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select verdict from recruitment_application_secondary where application_id = ?1")
                .setParameter(1, applicationId).getResultList();
        return !rows.isEmpty() && rows.get(0) != null;
    }

    /** The list's priorities from the verified results: points and tier per class; the second tier kept from {@code scored}. */
    public List<Scored> rescore(long campaignId, long applicationId, List<Scored> scored) {
        SecondaryResults r = view(applicationId).results();
        SecondaryScoring scoring = new SecondaryScoring(scoringConfig(campaignId));
        Map<Long, List<String>> subjects = new LinkedHashMap<>();
        for (Object[] row : listed(applicationId)) {
            subjects.put(((Number) row[1]).longValue(), subjects((String) row[2]));
        }
        List<Scored> out = new ArrayList<>();
        int wanted = scoringConfigGraded(campaignId);
        for (Scored s : scored) {
            List<String> counted = subjects.getOrDefault(s.classId(), List.of());
            if (counted.size() + SecondarySubjects.ALWAYS_GRADED.size() != wanted) {
                throw new ConflictException("recruitment.secondary.commission.classSubjects");
            }
            Priority p = scoring.priority(r, counted, s.priority().secondTier());
            out.add(new Scored(s.rank(), s.classId(), s.unitId(), p, false));
        }
        return out;
    }

    // ---------------------------------------------------------------- configuration store

    /** The campaign's configuration; the first reading copies the law's defaults into the campaign. */
    Config config(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(exam_weights as text), cast(grade_points as text), graded_subjects, distinction, achievements_cap, volunteering,
                       maximum, cast(achievement_points as text), laureate_tier from recruitment_secondary_config where campaign_id = ?1""")
                .setParameter(1, campaignId).getResultList();
        if (rows.isEmpty()) {
            Config d = defaults();
            em.createNativeQuery("""
                    insert into recruitment_secondary_config (campaign_id, exam_weights, grade_points, graded_subjects, distinction,
                           achievements_cap, volunteering, maximum, achievement_points, laureate_tier)
                    values (?1, '{}', '{}', 4, 0, 0, 0, 200, '[]', 1) on conflict (campaign_id) do nothing""").setParameter(1, campaignId)
                    .executeUpdate();
            write(campaignId, d);
            return config(campaignId);
        }
        Object[] r = rows.get(0);
        Map<String, BigDecimal> weights = new TreeMap<>();
        read((String) r[0]).forEach((k, v) -> weights.put(k, new BigDecimal(v.toString())));
        Map<String, BigDecimal> grades = new TreeMap<>();
        read((String) r[1]).forEach((k, v) -> grades.put(k, new BigDecimal(v.toString())));
        List<Level> levels = Json.createReader(new StringReader((String) r[7])).readArray().getValuesAs(JsonObject.class).stream()
                .map(o -> new Level(o.getString("code"), o.getString("label"), o.getJsonNumber("points").bigDecimalValue())).toList();
        return new Config(weights, grades, ((Number) r[2]).intValue(), (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5],
                (BigDecimal) r[6], levels, ((Number) r[8]).intValue());
    }

    static Config defaults() {
        SecondaryPointsConfig p = RecruitmentDefaults.secondary();
        Map<String, BigDecimal> grades = new TreeMap<>();
        p.gradePoints().forEach((k, v) -> grades.put(k.toString(), v));
        List<Level> levels = RecruitmentDefaults.secondaryAchievements().entrySet().stream()
                .map(e -> new Level(e.getKey(), e.getValue().getKey(), e.getValue().getValue())).toList();
        return new Config(new TreeMap<>(p.examWeights()), grades, p.gradedSubjects(), p.distinction(), p.achievementsCap(), p.volunteering(),
                p.maximum(), levels, RecruitmentDefaults.precedence().laureate());
    }

    static SecondaryPointsConfig pointsConfig(Config c) {
        Map<Integer, BigDecimal> grades = new TreeMap<>();
        c.gradePoints().forEach((k, v) -> grades.put(Integer.valueOf(k), v));
        return new SecondaryPointsConfig(c.examWeights(), grades, c.gradedSubjects(), c.distinction(), c.achievementsCap(), c.volunteering(),
                c.maximum());
    }

    private int scoringConfigGraded(long campaignId) {
        return config(campaignId).gradedSubjects();
    }

    SecondaryScoring.Config scoringConfig(long campaignId) {
        Config c = config(campaignId);
        Map<String, BigDecimal> levels = new LinkedHashMap<>();
        c.achievements().forEach(l -> levels.put(l.code(), l.points()));
        return new SecondaryScoring.Config(pointsConfig(c), levels, c.laureateTier());
    }

    private void write(long campaignId, Config c) {
        JsonObjectBuilder w = Json.createObjectBuilder();
        c.examWeights().forEach(w::add);
        JsonObjectBuilder g = Json.createObjectBuilder();
        c.gradePoints().forEach(g::add);
        var levels = Json.createArrayBuilder();
        c.achievements().forEach(l -> levels.add(Json.createObjectBuilder().add("code", l.code()).add("label", l.label().strip())
                .add("points", l.points())));
        em.createNativeQuery("""
                update recruitment_secondary_config set exam_weights = cast(?2 as jsonb), grade_points = cast(?3 as jsonb), graded_subjects = ?4,
                       distinction = ?5, achievements_cap = ?6, volunteering = ?7, maximum = ?8, achievement_points = cast(?9 as jsonb),
                       laureate_tier = ?10 where campaign_id = ?1""")
                .setParameter(1, campaignId).setParameter(2, w.build().toString()).setParameter(3, g.build().toString())
                .setParameter(4, c.gradedSubjects()).setParameter(5, c.distinction()).setParameter(6, c.achievementsCap())
                .setParameter(7, c.volunteering()).setParameter(8, c.maximum()).setParameter(9, levels.build().toString())
                .setParameter(10, c.laureateTier()).executeUpdate();
    }

    private static String describe(Config c) {
        return "egzamin " + c.examWeights() + ", oceny " + c.gradePoints() + " (" + c.gradedSubjects() + " przedmioty), świadectwo z wyróżnieniem "
                + c.distinction() + ", osiągnięcia do " + c.achievementsCap() + ", wolontariat " + c.volunteering() + ", maksimum " + c.maximum()
                + ", laureaci w grupie " + c.laureateTier();
    }

    private Set<String> levels(long campaignId) {
        Set<String> out = new HashSet<>();
        config(campaignId).achievements().forEach(l -> out.add(l.code()));
        return out;
    }

    private List<ClassSubjects> classSubjects(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select k.id, k.unit_id, u.name, k.name, k.counted_subjects from recruitment_class k join unit u on u.id = k.unit_id
                where k.campaign_id = ?1 order by lower(u.name), k.name, k.id""").setParameter(1, campaignId).getResultList();
        return rows.stream().map(r -> {
            List<String> s = subjects((String) r[4]);
            return new ClassSubjects(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], s,
                    String.join(", ", SecondaryScoring.counted(s).stream().map(SecondarySubjects::name).toList()));
        }).toList();
    }

    static List<String> subjects(String counted) {
        return counted == null || counted.isBlank() ? List.of() : Arrays.asList(counted.split(","));
    }

    /** rank, class id, counted subjects, label: the application's list. */
    private List<Object[]> listed(long applicationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select ap.rank, ap.class_id, k.counted_subjects, u.name || ' – ' || k.name from recruitment_application_preference ap
                join recruitment_class k on k.id = ap.class_id join unit u on u.id = k.unit_id where ap.application_id = ?1 order by ap.rank""")
                .setParameter(1, applicationId).getResultList();
        return rows;
    }

    private Set<String> listedSubjects(long applicationId) {
        Set<String> out = new java.util.LinkedHashSet<>();
        listed(applicationId).forEach(r -> out.addAll(subjects((String) r[2])));
        return out;
    }

    private List<Long> unitsOf(long applicationId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                select distinct k.unit_id from recruitment_application_preference ap join recruitment_class k on k.id = ap.class_id
                where ap.application_id = ?1""").setParameter(1, applicationId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    // ---------------------------------------------------------------- results store

    private record App(long id, long campaignId, String campaignType, String status, String owner) {
    }

    private App app(long applicationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.campaign_id, c.type, a.status, a.owner_login from recruitment_application a
                join recruitment_campaign c on c.id = a.campaign_id where a.id = ?1""").setParameter(1, applicationId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("application", applicationId);
        }
        Object[] r = rows.get(0);
        return new App(applicationId, ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]);
    }

    private ResultsView view(long applicationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(declared as text), cast(results as text), verdict, reason, decided_by, decided_at
                from recruitment_application_secondary where application_id = ?1""").setParameter(1, applicationId).getResultList();
        if (rows.isEmpty()) {
            return new ResultsView(applicationId, empty(), empty(), null, null, null, null);
        }
        Object[] r = rows.get(0);
        return new ResultsView(applicationId, parse((String) r[0]), parse((String) r[1]), (String) r[2], (String) r[3], (String) r[4],
                instant(r[5]));
    }

    static SecondaryResults empty() {
        return new SecondaryResults(Map.of(), Map.of(), false, Map.of(), false, false);
    }

    static String json(SecondaryResults r) {
        JsonObjectBuilder exam = Json.createObjectBuilder();
        r.exam().forEach(exam::add);
        JsonObjectBuilder grades = Json.createObjectBuilder();
        r.grades().forEach(grades::add);
        JsonObjectBuilder achievements = Json.createObjectBuilder();
        r.achievements().forEach(achievements::add);
        return Json.createObjectBuilder().add("exam", exam).add("grades", grades).add("distinction", r.distinction())
                .add("achievements", achievements).add("volunteering", r.volunteering()).add("laureate", r.laureate()).build().toString();
    }

    static SecondaryResults parse(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        return new SecondaryResults(ints(o.getJsonObject("exam")), ints(o.getJsonObject("grades")), o.getBoolean("distinction", false),
                ints(o.getJsonObject("achievements")), o.getBoolean("volunteering", false), o.getBoolean("laureate", false));
    }

    private static Map<String, Integer> ints(JsonObject o) {
        Map<String, Integer> out = new TreeMap<>();
        if (o != null) {
            o.forEach((k, v) -> out.put(k, ((jakarta.json.JsonNumber) v).intValue()));
        }
        return out;
    }

    private static Map<String, Object> read(String json) {
        Map<String, Object> out = new TreeMap<>();
        Json.createReader(new StringReader(json)).readObject().forEach((k, v) -> out.put(k, v.getValueType() == JsonValue.ValueType.NUMBER
                ? ((jakarta.json.JsonNumber) v).bigDecimalValue() : v.toString()));
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private Actor manager(String what) {
        Actor me = actors.current();
        if (!me.canManageRecruitmentCampaigns()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", null, what);
            throw new AccessDeniedException();
        }
        return me;
    }

    /** The campaign's status if it is a SECONDARY one (404 unknown, 409 another kind). */
    private String requireSecondary(long campaignId) {
        return secondary(campaignId, false);
    }

    private String lockSecondary(long campaignId) {
        return secondary(campaignId, true);
    }

    private String secondary(long campaignId, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select type, status from recruitment_campaign where id = ?1" + (lock ? " for update" : ""))
                .setParameter(1, campaignId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("campaign", campaignId);
        }
        if (!"SECONDARY".equals(rows.get(0)[0])) {
            throw new ConflictException("recruitment.secondary.notSecondary");
        }
        return (String) rows.get(0)[1];
    }

    private static void requireEditable(String status) {
        if (!CampaignStatus.valueOf(status).setupEditable()) {
            throw new ValidationException(List.of(new Violation("status", "recruitment.setup.fixed")));
        }
    }

    private static void number(List<Violation> v, String field, BigDecimal n) {
        if (n == null || n.signum() < 0 || n.scale() > 2 || n.compareTo(new BigDecimal("10000")) >= 0) {
            v.add(new Violation(field, "recruitment.secondary.setup.number"));
        }
    }

    private void event(long id, String actor, String what) {
        em.createNativeQuery("insert into recruitment_application_event (application_id, at, actor, what) values (?1, clock_timestamp(), ?2, ?3)")
                .setParameter(1, id).setParameter(2, actor).setParameter(3, what).executeUpdate();
    }

    static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static long hundredths(BigDecimal b) {
        return Points.hundredths(b);
    }
}
