package pl.edugmina.applications.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.applications.application.ApplicationRepository.App;
import pl.edugmina.applications.application.ApplicationRepository.Call;
import pl.edugmina.applications.domain.ApplicationStatus;
import pl.edugmina.applications.domain.CallRules;
import pl.edugmina.applications.domain.CallStage;
import pl.edugmina.applications.domain.Criteria;
import pl.edugmina.applications.domain.FundSplit;
import pl.edugmina.common.Money;
import pl.edugmina.applications.domain.Ranking;
import pl.edugmina.applications.domain.Refusal;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.domain.ReplyForm;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;
import pl.edugmina.security.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static pl.edugmina.platform.SqlValues.date;

/**
 * The department's side of applications (wnioski): kinds, calls for applications with their rules, the committee and
 * its assignments, the course of the evaluation, the ranking with the proposed split of funds, the recommendation list
 * for the mayor, the mayor's decision, returning applications for corrections and settling reports. A call's
 * applications are seen by those who run it ({@link Actor#canManageApplicationCall}); drafts stay the unit's own.
 * Every change is recorded in the application's history and in the audit log; every read of application data is
 * audited.
 */
@Stateless
public class ApplicationCallService {

    public static final int MAX_NAME = 300;
    public static final int MAX_TEXT = 50_000;
    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Statuses an application has once its evaluation started. */
    static final Set<ApplicationStatus> EVALUATION_ON = EnumSet.of(ApplicationStatus.UNDER_EVALUATION, ApplicationStatus.EVALUATED,
            ApplicationStatus.RECOMMENDED, ApplicationStatus.NOT_RECOMMENDED, ApplicationStatus.GRANTED, ApplicationStatus.REJECTED,
            ApplicationStatus.REPORT_SUBMITTED, ApplicationStatus.SETTLED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @EJB
    private ApplicationRepository repo;

    // ---------------------------------------------------------------- kinds

    public record Kind(int id, String code, String name, String description) {
    }

    /** The active kinds of applications (any logged-in user: they name the calls). */
    public List<Kind> kinds() {
        if (!actors.current().isAuthenticated()) {
            throw new AccessDeniedException();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, code, name, description from application_kind where active order by id")
                .getResultList();
        return rows.stream().map(r -> new Kind(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** A new kind of application (e.g. a new award); {@code code}: capital letters, digits, underscores. */
    public int createKind(String code, String name, String description) {
        Actor me = requireCreator();
        List<ValidationException.Violation> errors = new ArrayList<>();
        String c = code == null ? "" : code.strip();
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            errors.add(new ValidationException.Violation("code", "application.kind.code"));
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            errors.add(new ValidationException.Violation("name", "validation.required"));
        } else if (n.length() > MAX_NAME) {
            errors.add(new ValidationException.Violation("name", "validation.tooLong", MAX_NAME));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                insert into application_kind (id, code, name, description)
                select coalesce(max(id), 0) + 1, ?1, ?2, ?3 from application_kind
                on conflict (code) do nothing returning id""")
                .setParameter(1, c).setParameter(2, n).setParameter(3, description == null ? "" : description.strip()).getResultList();
        if (ids.isEmpty()) {
            throw new ConflictException("application.kind.exists", c);
        }
        int id = ids.get(0).intValue();
        audit.record(me.login(), AuditAction.CREATE, "ApplicationKind", id, "Rodzaj wniosków: " + n);
        return id;
    }

    // ---------------------------------------------------------------- calls

    /**
     * A new call: {@code limits} per unit type (RSPO id → how many applications one unit may submit), otherwise
     * {@code defaultLimit}; {@code criteria} as {@link Criteria#parse}; forms as {@link ReplyForm#parse} (optional).
     */
    public record NewCall(Integer kindId, String name, String description, LocalDate opensOn, LocalDate closesOn,
                          Set<Integer> eligibleUnitTypes, Map<Integer, Integer> limits, Integer defaultLimit, BigDecimal budget,
                          BigDecimal maxPerApplication, boolean partialAllowed, JsonArray criteria, JsonArray applicationForm,
                          JsonArray reportForm, LocalDate reportDue) {
    }

    /** Opens a call; every problem of its definition is named at once. Returns its id. */
    public long create(NewCall c) {
        Actor me = requireCreator();
        List<ValidationException.Violation> errors = new ArrayList<>();
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty()) {
            errors.add(new ValidationException.Violation("name", "validation.required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new ValidationException.Violation("name", "validation.tooLong", MAX_NAME));
        }
        String description = c.description() == null ? "" : c.description().strip();
        if (description.length() > MAX_TEXT) {
            errors.add(new ValidationException.Violation("description", "validation.tooLong", MAX_TEXT));
        }
        if (c.kindId() == null) {
            errors.add(new ValidationException.Violation("kindId", "validation.required"));
        } else if (num(em.createNativeQuery("select count(*) from application_kind where id = ?1 and active").setParameter(1, c.kindId())
                .getSingleResult()) == 0) {
            errors.add(new ValidationException.Violation("kindId", "application.kind.unknown"));
        }
        CallRules rules = null;
        try {
            rules = new CallRules(c.opensOn(), c.closesOn(), c.eligibleUnitTypes(), c.limits(), c.defaultLimit() == null ? 0 : c.defaultLimit(),
                    c.budget(), c.maxPerApplication(), c.partialAllowed());
        } catch (Refusal.Refused e) {
            errors.addAll(Violations.of(e).violations());
        }
        LocalDate today = CallRules.today(Instant.now());
        if (c.closesOn() != null && c.closesOn().isBefore(today)) {
            errors.add(new ValidationException.Violation("closesOn", "application.call.window.past"));
        }
        Set<Integer> types = new java.util.TreeSet<>(c.eligibleUnitTypes() == null ? Set.of() : c.eligibleUnitTypes());
        if (c.limits() != null) {
            types.addAll(c.limits().keySet());
        }
        if (!types.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Number> known = em.createNativeQuery("select id from unit_type where id = any(cast(?1 as integer[]))")
                    .setParameter(1, types.toArray(new Integer[0])).getResultList();
            known.forEach(k -> types.remove(k.intValue()));
            if (!types.isEmpty()) {
                errors.add(new ValidationException.Violation("eligibleUnitTypes", "application.call.types.unknown", types.toString()));
            }
        }
        Criteria criteria = null;
        try {
            criteria = Criteria.parse(c.criteria());
        } catch (Refusal.Refused e) {
            errors.addAll(Violations.of(e).violations());
        }
        ReplyForm applicationForm = form(c.applicationForm(), "applicationForm", errors);
        ReplyForm reportForm = form(c.reportForm(), "reportForm", errors);
        if (c.reportDue() != null && c.closesOn() != null && !c.reportDue().isAfter(c.closesOn())) {
            errors.add(new ValidationException.Violation("reportDue", "application.call.reportDue.order"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = num(em.createNativeQuery("select nextval('application_call_seq')").getSingleResult());
        JsonObjectBuilder limits = Json.createObjectBuilder();
        rules.limits().forEach((k, v) -> limits.add(String.valueOf(k), v));
        em.createNativeQuery("""
                insert into application_call (id, kind_id, name, description, opens_on, closes_on, eligible_type_ids, unit_limits, default_limit,
                    budget, max_per_application, partial_allowed, criteria, application_form, report_form, report_due, stage, created_by, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as integer[]), cast(?8 as jsonb), ?9, ?10, cast(?11 as numeric), ?12, cast(?13 as jsonb),
                    cast(?14 as jsonb), cast(?15 as jsonb), cast(?16 as date), 'COLLECTING', ?17, now())""")
                .setParameter(1, id).setParameter(2, c.kindId()).setParameter(3, name).setParameter(4, description)
                .setParameter(5, java.sql.Date.valueOf(rules.opensOn())).setParameter(6, java.sql.Date.valueOf(rules.closesOn()))
                .setParameter(7, rules.eligibleUnitTypes().toArray(new Integer[0])).setParameter(8, limits.build().toString())
                .setParameter(9, rules.defaultLimit()).setParameter(10, rules.budget())
                .setParameter(11, rules.maxPerApplication() == null ? null : rules.maxPerApplication().toPlainString())
                .setParameter(12, rules.partialAllowed()).setParameter(13, criteria.toJson().toString())
                .setParameter(14, applicationForm == null ? null : applicationForm.toJson().toString())
                .setParameter(15, reportForm == null ? null : reportForm.toJson().toString())
                .setParameter(16, c.reportDue() == null ? null : c.reportDue().toString()).setParameter(17, me.login())
                .executeUpdate();
        audit.record(me.login(), AuditAction.CREATE, "ApplicationCall", id, "Nabór wniosków: " + name + " ("
                + POLISH_DATE.format(rules.opensOn()) + "–" + POLISH_DATE.format(rules.closesOn()) + ", budżet " + Money.format(rules.budget()) + ")");
        return id;
    }

    private static ReplyForm form(JsonArray definition, String field, List<ValidationException.Violation> errors) {
        if (definition == null || definition.isEmpty()) {
            return null;
        }
        try {
            return ReplyForm.parse(definition);
        } catch (ReplyForm.InvalidDefinition e) {
            e.problems().forEach(p -> errors.add(new ValidationException.Violation(field, "application.form.invalid", p)));
            return null;
        }
    }

    public record CallRow(long id, String kindName, String name, LocalDate opensOn, LocalDate closesOn, CallRules.Window window,
                          CallStage stage, BigDecimal budget, long submitted, String createdBy, boolean canManage) {
    }

    /** Every call, newest window first, with the number of applications submitted (drafts are not counted). Department. */
    public List<CallRow> calls() {
        Actor me = requireCreator();
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, k.name, c.name, c.opens_on, c.closes_on, c.stage, c.budget, c.created_by,
                       (select count(*) from application a where a.call_id = c.id and a.status <> 'DRAFT')
                from application_call c join application_kind k on k.id = c.kind_id
                order by c.closes_on desc, c.id desc limit 500""").getResultList();
        return rows.stream().map(r -> new CallRow(num(r[0]), (String) r[1], (String) r[2], date(r[3]), date(r[4]),
                CallRules.window(date(r[3]), date(r[4]), now), CallStage.valueOf((String) r[5]), (BigDecimal) r[6], num(r[8]),
                (String) r[7], me.canManageApplicationCall((String) r[7]))).toList();
    }

    public record Member(String login, String displayName) {
    }

    /** A submitted application as the department lists it: who is assigned, how many scored. */
    public record AppRow(long id, long unitId, Integer rspo, String unitName, String title, BigDecimal requested, ApplicationStatus status,
                         Instant firstSubmittedAt, Instant submittedAt, LocalDate correctionDeadline, List<String> assigned, int scored,
                         BigDecimal recommended, BigDecimal granted) {
    }

    public record CallView(Call call, CallRules.Window window, List<Member> committee, List<AppRow> applications, long drafts,
                           boolean canDecide, Map<Integer, String> unitTypeNames) {
    }

    /** A call with its committee and its submitted applications, for those who run it. Audited. */
    public CallView call(long id) {
        Actor me = requireCreator();
        Call call = repo.call(id, false);
        requireManager(me, call);
        Map<Long, Set<String>> assignments = repo.assignments(id);
        Map<Long, Map<String, Map<String, BigDecimal>>> sheets = repo.sheets(id);
        List<AppRow> rows = repo.apps("where a.call_id = ?1 and a.status <> 'DRAFT'", id).stream().map(a -> {
            Set<String> assigned = assignments.getOrDefault(a.id(), Set.of());
            int scored = (int) assigned.stream().filter(m -> sheets.getOrDefault(a.id(), Map.of()).containsKey(m)).count();
            return new AppRow(a.id(), a.unitId(), a.unitRspo(), a.unitName(), a.title(), a.requestedAmount(), a.status(), a.firstSubmittedAt(),
                    a.submittedAt(), a.correctionDeadline(), List.copyOf(assigned), scored, a.recommendedAmount(), a.grantedAmount());
        }).toList();
        long drafts = num(em.createNativeQuery("select count(*) from application where call_id = ?1 and status = 'DRAFT'")
                .setParameter(1, id).getSingleResult());
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "ApplicationCall", id, "Wnioski naboru (" + rows.size() + ")");
        return new CallView(call, call.rules().window(Instant.now()), members(repo.committee(id)), rows, drafts,
                me.canRecordApplicationDecision(), unitTypeNames());
    }

    /** RSPO unit types by id, Polish names (for the call's form and its rules). */
    public Map<Integer, String> unitTypeNames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name_pl from unit_type order by name_pl").getResultList();
        Map<Integer, String> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).intValue(), (String) r[1]));
        return out;
    }

    /** Department staff who can sit on a committee (enabled accounts with a department role). */
    public List<Member> committeeCandidates() {
        requireCreator();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.login, u.display_name from app_user u
                where u.enabled and u.unit_id is null
                  and exists (select 1 from app_user_role r where r.user_id = u.id and r.role = any(cast(?1 as text[])))
                order by u.display_name, u.login""")
                .setParameter(1, Role.DEPARTMENT.stream().map(Enum::name).toArray(String[]::new)).getResultList();
        return rows.stream().map(r -> new Member((String) r[0], (String) r[1])).toList();
    }

    private List<Member> members(Collection<String> logins) {
        return logins.stream().map(l -> new Member(l, actors.displayName(l))).toList();
    }

    // ---------------------------------------------------------------- committee

    /**
     * Sets the call's committee (department staff only). Members may be added until the evaluation ends; a member
     * assigned to an application is removed only after being unassigned.
     */
    public void setCommittee(long callId, Collection<String> logins) {
        Actor me = requireCreator();
        Call call = repo.call(callId, true);
        requireManager(me, call);
        if (call.stage() != CallStage.COLLECTING && call.stage() != CallStage.EVALUATION) {
            throw new ConflictException("application.call.stageNot", stagePolish(call.stage()));
        }
        Set<String> wanted = new LinkedHashSet<>();
        List<ValidationException.Violation> errors = new ArrayList<>();
        for (String l : logins == null ? List.<String>of() : logins) {
            String login = l == null ? "" : l.strip();
            if (login.isEmpty()) {
                continue;
            }
            if (!actors.forLogin(login).canSitOnCommittee()) {
                errors.add(new ValidationException.Violation("committee", "application.committee.notStaff", login));
            }
            wanted.add(login);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Set<String> before = repo.committee(callId);
        Map<Long, Set<String>> assignments = repo.assignments(callId);
        for (String gone : before) {
            if (!wanted.contains(gone) && assignments.values().stream().anyMatch(s -> s.contains(gone))) {
                throw new ConflictException("application.committee.memberAssigned", actors.displayName(gone));
            }
        }
        em.createNativeQuery("delete from application_committee where call_id = ?1 and member_login <> all(cast(?2 as text[]))")
                .setParameter(1, callId).setParameter(2, wanted.toArray(new String[0])).executeUpdate();
        for (String m : wanted) {
            em.createNativeQuery("""
                    insert into application_committee (call_id, member_login, added_by, added_at) values (?1, ?2, ?3, clock_timestamp())
                    on conflict do nothing""").setParameter(1, callId).setParameter(2, m).setParameter(3, me.login()).executeUpdate();
        }
        audit.recordChange(me.login(), AuditAction.UPDATE, "ApplicationCall", callId, "Skład komisji",
                Map.of("committee", String.join(", ", before)), Map.of("committee", String.join(", ", wanted)));
    }

    /**
     * Ends the submissions and starts the committee's work: every SUBMITTED application goes UNDER_EVALUATION, each
     * assigned to every committee member (the department can change that per application). While the window is still
     * open this needs {@code closeEarly}; it is refused while an application returned for corrections may still come
     * back (its correction deadline has not passed).
     */
    public void startEvaluation(long callId, boolean closeEarly) {
        Actor me = requireCreator();
        Call call = repo.call(callId, true);
        requireManager(me, call);
        requireStage(call, CallStage.COLLECTING);
        Instant now = Instant.now();
        if (call.rules().window(now) == CallRules.Window.OPEN && !closeEarly) {
            throw new ConflictException("application.evaluation.windowOpen", POLISH_DATE.format(call.rules().closesOn()));
        }
        Set<String> committee = repo.committee(callId);
        if (committee.isEmpty()) {
            throw Violations.one("committee", "application.committee.empty");
        }
        LocalDate today = CallRules.today(now);
        long waiting = repo.apps("where a.call_id = ?1 and a.status = 'RETURNED'", callId).stream()
                .filter(a -> a.correctionDeadline() != null && !today.isAfter(a.correctionDeadline())).count();
        if (waiting > 0) {
            throw new ConflictException("application.evaluation.awaitingCorrections", waiting);
        }
        List<App> submitted = repo.apps("where a.call_id = ?1 and a.status = 'SUBMITTED'", callId);
        if (submitted.isEmpty()) {
            throw new ConflictException("application.evaluation.nothing");
        }
        for (App a : submitted) {
            repo.move(a, ApplicationStatus.UNDER_EVALUATION, me.login(), "EVALUATION_STARTED", null);
            for (String m : committee) {
                insertAssignment(a.id(), m, me.login());
            }
            repo.event(a.id(), me.login(), "ASSIGNED", null, null, String.join(", ", committee), true);
        }
        repo.stage(callId, CallStage.EVALUATION);
        audit.record(me.login(), AuditAction.UPDATE, "ApplicationCall", callId, "Rozpoczęcie oceny: " + submitted.size() + " wniosków, komisja: "
                + String.join(", ", committee));
    }

    private void insertAssignment(long applicationId, String member, String by) {
        em.createNativeQuery("""
                insert into application_assignment (application_id, member_login, assigned_by, assigned_at) values (?1, ?2, ?3, now())
                on conflict do nothing""").setParameter(1, applicationId).setParameter(2, member).setParameter(3, by).executeUpdate();
    }

    /**
     * Who of the committee scores this application (at least one). A member who already scored it stays: their
     * points are part of the evaluation.
     */
    public void assign(long applicationId, Collection<String> logins) {
        Actor me = requireCreator();
        App a = repo.app(applicationId, true);
        Call call = repo.call(a.callId(), false);
        requireManager(me, call);
        if (a.status() != ApplicationStatus.UNDER_EVALUATION) {
            throw new ConflictException("application.assign.notUnderEvaluation");
        }
        Set<String> wanted = new LinkedHashSet<>();
        (logins == null ? List.<String>of() : logins).stream().filter(l -> l != null && !l.isBlank()).map(String::strip).forEach(wanted::add);
        if (wanted.isEmpty()) {
            throw Violations.one("members", "application.assign.none");
        }
        Set<String> committee = repo.committee(call.id());
        for (String m : wanted) {
            if (!committee.contains(m)) {
                throw Violations.one("members", "application.assign.notMember", m);
            }
        }
        Set<String> before = repo.assigned(applicationId);
        Set<String> scored = repo.sheets(call.id()).getOrDefault(applicationId, Map.of()).keySet();
        for (String m : before) {
            if (!wanted.contains(m) && scored.contains(m)) {
                throw new ConflictException("application.assign.alreadyScored", actors.displayName(m));
            }
        }
        em.createNativeQuery("delete from application_assignment where application_id = ?1 and member_login <> all(cast(?2 as text[]))")
                .setParameter(1, applicationId).setParameter(2, wanted.toArray(new String[0])).executeUpdate();
        wanted.forEach(m -> insertAssignment(applicationId, m, me.login()));
        repo.event(applicationId, me.login(), "ASSIGNED", null, null, String.join(", ", wanted), true);
        audit.recordChange(me.login(), AuditAction.ASSIGN, "Application", applicationId, "Przydział do oceny",
                Map.of("members", String.join(", ", before)), Map.of("members", String.join(", ", wanted)));
    }

    // ---------------------------------------------------------------- ranking, split, recommendation, decision

    public record RankingRow(Integer rank, long id, long unitId, String unitName, String title, BigDecimal requested, boolean complete,
                             int assigned, int scored, Map<String, BigDecimal> averages, BigDecimal total, BigDecimal proposed,
                             FundSplit.Outcome outcome, ApplicationStatus status, BigDecimal recommended, BigDecimal granted) {
    }

    public record RankingView(long callId, String callName, CallStage stage, Criteria criteria, BigDecimal maxTotal, BigDecimal budget,
                              BigDecimal maxPerApplication, boolean partialAllowed, List<RankingRow> rows, BigDecimal proposedTotal,
                              BigDecimal remaining, int incomplete, boolean canDecide) {
    }

    /**
     * The ranking of the applications under (or after) evaluation — averages per criterion, totals, places — with
     * the proposed split of the budget ({@link FundSplit}: in rank order, capped, partial last only when allowed).
     * Incomplete applications are shown without a place. For those who run the call; audited.
     */
    public RankingView ranking(long callId) {
        Actor me = requireCreator();
        Call call = repo.call(callId, false);
        requireManager(me, call);
        RankingView view = rankingOf(call, me);
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "ApplicationCall", callId, "Ranking i podział środków");
        return view;
    }

    private RankingView rankingOf(Call call, Actor me) {
        List<App> apps = repo.apps("where a.call_id = ?1 and a.status = any(cast(?2 as text[]))", call.id(),
                EVALUATION_ON.stream().map(Enum::name).toArray(String[]::new));
        Map<Long, Set<String>> assignments = repo.assignments(call.id());
        Map<Long, Map<String, Map<String, BigDecimal>>> sheets = repo.sheets(call.id());
        List<Ranking.Candidate> candidates = apps.stream().map(a -> new Ranking.Candidate(a.id(), a.firstSubmittedAt(), a.requestedAmount(),
                assignments.getOrDefault(a.id(), Set.of()), sheets.getOrDefault(a.id(), Map.of()))).toList();
        List<Ranking.Row> ranked = Ranking.rank(call.criteria(), candidates);
        FundSplit.Result split = FundSplit.split(ranked.stream().filter(Ranking.Row::complete)
                .map(r -> new FundSplit.Request(r.id(), r.requested())).toList(), call.rules().budget(), call.rules().maxPerApplication(),
                call.rules().partialAllowed());
        Map<Long, FundSplit.Allocation> allocations = new HashMap<>();
        split.allocations().forEach(x -> allocations.put(x.id(), x));
        Map<Long, App> byId = new HashMap<>();
        apps.forEach(a -> byId.put(a.id(), a));
        List<RankingRow> rows = ranked.stream().map(r -> {
            App a = byId.get(r.id());
            FundSplit.Allocation x = allocations.get(r.id());
            return new RankingRow(r.rank(), r.id(), a.unitId(), a.unitName(), a.title(), a.requestedAmount(), r.complete(), r.assigned(),
                    r.scored(), r.averages(), r.total(), x == null ? null : x.amount(), x == null ? null : x.outcome(), a.status(),
                    a.recommendedAmount(), a.grantedAmount());
        }).toList();
        int incomplete = (int) rows.stream().filter(r -> !r.complete()).count();
        return new RankingView(call.id(), call.name(), call.stage(), call.criteria(), call.criteria().maxTotal(), call.rules().budget(),
                call.rules().maxPerApplication(), call.rules().partialAllowed(), rows, split.allocated(), split.remaining(), incomplete,
                me.canRecordApplicationDecision());
    }

    /** Ends the evaluation when every application has been scored by all its assigned members: the ranking is final. */
    public void closeEvaluation(long callId) {
        Actor me = requireCreator();
        Call call = repo.call(callId, true);
        requireManager(me, call);
        requireStage(call, CallStage.EVALUATION);
        // the applications are locked before the ranking is read: a score saved meanwhile waits, then finds the evaluation over
        repo.apps("where a.call_id = ?1 and a.status = 'UNDER_EVALUATION' order by a.id for update of a", callId);
        RankingView view = rankingOf(call, me);
        if (view.incomplete() > 0) {
            throw new ConflictException("application.evaluation.incomplete", view.incomplete());
        }
        for (RankingRow r : view.rows()) {
            App a = repo.app(r.id(), true);
            repo.move(a, ApplicationStatus.EVALUATED, me.login(), "EVALUATED",
                    "Miejsce " + r.rank() + ", średnia suma punktów " + r.total().toPlainString().replace('.', ','));
        }
        repo.stage(callId, CallStage.EVALUATED);
        audit.record(me.login(), AuditAction.UPDATE, "ApplicationCall", callId, "Zakończenie oceny: " + view.rows().size() + " wniosków");
    }

    /**
     * The recommendation for the mayor: each evaluated application gets the amount recommended — the proposed split
     * when {@code amounts} is null, otherwise the amounts given (every application, within its request, the maximum
     * and the budget). More than zero: RECOMMENDED, zero: NOT_RECOMMENDED.
     */
    public void recommend(long callId, Map<Long, BigDecimal> amounts) {
        Actor me = requireCreator();
        Call call = repo.call(callId, true);
        requireManager(me, call);
        requireStage(call, CallStage.EVALUATED);
        RankingView view = rankingOf(call, me);
        Map<Long, BigDecimal> chosen = amounts != null ? amounts : proposal(view);
        checkAmounts(call, chosen, view.rows());
        BigDecimal total = BigDecimal.ZERO;
        for (RankingRow r : view.rows()) {
            BigDecimal amount = chosen.get(r.id()).setScale(2);
            App a = repo.app(r.id(), true);
            em.createNativeQuery("update application set recommended_amount = ?2 where id = ?1").setParameter(1, a.id())
                    .setParameter(2, amount).executeUpdate();
            boolean yes = amount.signum() > 0;
            repo.move(a, yes ? ApplicationStatus.RECOMMENDED : ApplicationStatus.NOT_RECOMMENDED, me.login(), yes ? "RECOMMENDED" : "NOT_RECOMMENDED",
                    "Kwota rekomendowana: " + Money.format(amount));
            total = total.add(amount);
        }
        repo.stage(callId, CallStage.RECOMMENDED);
        audit.record(me.login(), AuditAction.UPDATE, "ApplicationCall", callId, "Lista rekomendacji: " + Money.format(total)
                + (amounts == null ? " (podział proponowany)" : " (kwoty ustalone ręcznie)"));
    }

    /**
     * The mayor's final decision: each recommended or not recommended application gets the granted amount — the
     * recommended amounts when {@code amounts} is null. More than zero: GRANTED, zero: REJECTED. Department director.
     */
    public void decide(long callId, Map<Long, BigDecimal> amounts) {
        Actor me = requireCreator();
        if (!me.canRecordApplicationDecision()) {
            throw new AccessDeniedException();
        }
        Call call = repo.call(callId, true);
        requireStage(call, CallStage.RECOMMENDED);
        RankingView view = rankingOf(call, me);
        Map<Long, BigDecimal> chosen = new HashMap<>();
        if (amounts == null) {
            view.rows().forEach(r -> chosen.put(r.id(), r.recommended()));
        } else {
            chosen.putAll(amounts);
        }
        checkAmounts(call, chosen, view.rows());
        BigDecimal total = BigDecimal.ZERO;
        for (RankingRow r : view.rows()) {
            BigDecimal amount = chosen.get(r.id()).setScale(2);
            App a = repo.app(r.id(), true);
            em.createNativeQuery("update application set granted_amount = ?2 where id = ?1").setParameter(1, a.id())
                    .setParameter(2, amount).executeUpdate();
            boolean yes = amount.signum() > 0;
            repo.move(a, yes ? ApplicationStatus.GRANTED : ApplicationStatus.REJECTED, me.login(), yes ? "GRANTED" : "REJECTED",
                    yes ? "Przyznana kwota: " + Money.format(amount) : "Nie przyznano środków");
            total = total.add(amount);
        }
        repo.stage(callId, CallStage.DECIDED);
        audit.record(me.login(), AuditAction.UPDATE, "ApplicationCall", callId, "Rozstrzygnięcie: przyznano " + Money.format(total));
    }

    private static Map<Long, BigDecimal> proposal(RankingView view) {
        Map<Long, BigDecimal> out = new HashMap<>();
        view.rows().forEach(r -> out.put(r.id(), r.proposed() == null ? BigDecimal.ZERO.setScale(2) : r.proposed()));
        return out;
    }

    private static void checkAmounts(Call call, Map<Long, BigDecimal> chosen, List<RankingRow> rows) {
        Map<Long, BigDecimal> requested = new HashMap<>();
        rows.forEach(r -> requested.put(r.id(), r.requested()));
        List<Refusal> problems = FundSplit.checkAmounts(chosen, requested, call.rules().budget(), call.rules().maxPerApplication());
        if (!problems.isEmpty()) {
            throw Violations.of(problems);
        }
    }

    // ---------------------------------------------------------------- lists for the mayor (PDF)

    public record ListRow(int position, Integer rank, String unitName, String title, BigDecimal requested, BigDecimal points,
                          BigDecimal amount) {
    }

    /** A list as a document: {@code decision} false for the recommendation list, true for the decision list. */
    public record ListDocument(boolean decision, long callId, String callName, String kindName, LocalDate opensOn, LocalDate closesOn,
                               BigDecimal budget, BigDecimal maxTotal, List<ListRow> rows, BigDecimal total, Instant at, String by) {
    }

    /** The recommendation list for the mayor: every evaluated application in rank order with the recommended amount. Audited. */
    public ListDocument recommendationList(long callId) {
        return list(callId, false);
    }

    /** The decision list: every application of the decision in rank order with the granted amount. Audited. */
    public ListDocument decisionList(long callId) {
        return list(callId, true);
    }

    private ListDocument list(long callId, boolean decision) {
        Actor me = requireCreator();
        Call call = repo.call(callId, false);
        requireManager(me, call);
        if (decision ? call.stage() != CallStage.DECIDED : call.stage().ordinal() < CallStage.RECOMMENDED.ordinal()) {
            throw new NotFoundException(decision ? "decision" : "recommendation", callId);
        }
        RankingView view = rankingOf(call, me);
        List<ListRow> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int position = 0;
        for (RankingRow r : view.rows()) {
            BigDecimal amount = decision ? r.granted() : r.recommended();
            rows.add(new ListRow(++position, r.rank(), r.unitName(), r.title(), r.requested(), r.total(), amount));
            total = total.add(amount == null ? BigDecimal.ZERO : amount);
        }
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "ApplicationCall", callId, decision ? "Lista rozstrzygnięcia (PDF)" : "Lista rekomendacji (PDF)");
        return new ListDocument(decision, callId, call.name(), call.kindName(), call.rules().opensOn(), call.rules().closesOn(),
                call.rules().budget(), call.criteria().maxTotal(), rows, total, Instant.now(), actors.displayName(me.login()));
    }

    // ---------------------------------------------------------------- one application

    /**
     * Returns a submitted application to its unit for corrections, with what to correct; the unit may correct and
     * submit it again until {@code deadline} (default: 7 days from today) even after the window. Only before the
     * evaluation starts.
     */
    public void returnForCorrections(long applicationId, String comment, LocalDate deadline) {
        Actor me = requireCreator();
        App a = repo.app(applicationId, true);
        Call call = repo.call(a.callId(), false);
        requireManager(me, call);
        requireStage(call, CallStage.COLLECTING);
        if (comment == null || comment.isBlank()) {
            throw Violations.one("comment", "application.comment.required");
        }
        if (comment.strip().length() > MAX_TEXT) {
            throw Violations.one("comment", "validation.tooLong", MAX_TEXT);
        }
        LocalDate today = CallRules.today(Instant.now());
        LocalDate until = deadline == null ? today.plusDays(7) : deadline;
        if (until.isBefore(today)) {
            throw Violations.one("deadline", "application.correction.deadlinePast");
        }
        em.createNativeQuery("update application set correction_deadline = ?2 where id = ?1").setParameter(1, applicationId)
                .setParameter(2, java.sql.Date.valueOf(until)).executeUpdate();
        repo.move(a, ApplicationStatus.RETURNED, me.login(), "RETURNED", comment.strip() + "\nTermin poprawy: " + POLISH_DATE.format(until));
        audit.record(me.login(), AuditAction.UPDATE, "Application", applicationId, "Zwrócono do poprawy (termin " + POLISH_DATE.format(until) + ")");
    }

    /** Accepts the post-project report: the application is settled. */
    public void settle(long applicationId, String comment) {
        Actor me = requireCreator();
        App a = repo.app(applicationId, true);
        requireManager(me, repo.call(a.callId(), false));
        repo.move(a, ApplicationStatus.SETTLED, me.login(), "SETTLED", blankToNull(comment));
        audit.record(me.login(), AuditAction.UPDATE, "Application", applicationId, "Sprawozdanie przyjęte, wniosek rozliczony");
    }

    /** Sends the report back to the unit with what to correct (the application is GRANTED again, the report kept). */
    public void returnReport(long applicationId, String comment) {
        Actor me = requireCreator();
        App a = repo.app(applicationId, true);
        requireManager(me, repo.call(a.callId(), false));
        if (comment == null || comment.isBlank()) {
            throw Violations.one("comment", "application.comment.required");
        }
        repo.move(a, ApplicationStatus.GRANTED, me.login(), "REPORT_RETURNED", comment.strip());
        audit.record(me.login(), AuditAction.UPDATE, "Application", applicationId, "Sprawozdanie zwrócone do poprawy");
    }

    // ---------------------------------------------------------------- rules of access

    private Actor requireCreator() {
        Actor me = actors.current();
        if (!me.canCreateApplicationCalls()) {
            throw new AccessDeniedException();
        }
        return me;
    }

    /** A department user who does not run the call does not learn of its applications: 404. */
    static void requireManager(Actor me, Call call) {
        if (!me.canManageApplicationCall(call.createdBy())) {
            throw new NotFoundException("call", call.id());
        }
    }

    private static void requireStage(Call call, CallStage stage) {
        if (call.stage() != stage) {
            throw new ConflictException("application.call.stageNot", stagePolish(call.stage()));
        }
    }

    static String stagePolish(CallStage s) {
        return switch (s) {
            case COLLECTING -> "nabór wniosków";
            case EVALUATION -> "ocena komisji";
            case EVALUATED -> "ocena zakończona";
            case RECOMMENDED -> "lista rekomendacji przygotowana";
            case DECIDED -> "rozstrzygnięty";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
