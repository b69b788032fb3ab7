package pl.edugmina.applications.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.applications.application.ApplicationRepository.App;
import pl.edugmina.applications.application.ApplicationRepository.Call;
import pl.edugmina.applications.application.ApplicationRepository.Event;
import pl.edugmina.applications.application.ApplicationRepository.FileInfo;
import pl.edugmina.applications.application.ApplicationRepository.NewFile;
import pl.edugmina.applications.domain.ApplicationStatus;
import pl.edugmina.applications.domain.CallRules;
import pl.edugmina.applications.domain.CallStage;
import pl.edugmina.applications.domain.Refusal;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.domain.AttachmentPolicy;
import pl.edugmina.messaging.domain.ReplyForm;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static pl.edugmina.platform.SqlValues.date;
import static pl.edugmina.platform.SqlValues.instant;

/**
 * The units' side of applications (wnioski): the calls open to their units with the places left under each limit;
 * writing an application (title, requested amount, the call's form, files) as a draft; submitting it — checked against
 * the window, the unit's eligibility, its limit and the form, refused with every reason while nothing already
 * submitted changes; correcting it after a return; the post-project report; and the status and history of each of the
 * unit's applications at all times. A unit never sees another unit's applications (404). Also the single application
 * view for those who run its call. Every change is in the application's history and the audit log; reads are audited.
 */
@Stateless
public class ApplicationService {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 50_000;
    public static final int MAX_ANSWERS = 1_000_000;
    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @EJB
    private ApplicationRepository repo;

    // ---------------------------------------------------------------- calls open to the caller's units

    /** One of the caller's units against a call: may it apply, how many applications it may and did submit. */
    public record UnitPlace(long unitId, String unitName, String unitTypeName, boolean eligible, int limit, long used, boolean canApply) {
    }

    public record OpenCall(long id, String kindName, String name, String description, LocalDate opensOn, LocalDate closesOn,
                           CallRules.Window window, BigDecimal budget, BigDecimal maxPerApplication, ReplyForm form, LocalDate reportDue,
                           List<UnitPlace> units) {
    }

    /** Calls collecting applications now or soon (window not over) for which at least one of the caller's units is eligible. */
    public List<OpenCall> openCalls() {
        Actor me = requireUnitUser();
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> units = em.createNativeQuery("""
                select u.id, u.name, u.type_id, t.name_pl from unit u join unit_type t on t.id = u.type_id
                where u.id = any(cast(?1 as bigint[])) order by (u.id = ?2) desc, u.name""")
                .setParameter(1, me.unitScope().toArray(new Long[0])).setParameter(2, me.unitId() == null ? -1L : me.unitId()).getResultList();
        List<OpenCall> out = new ArrayList<>();
        for (Call c : repo.calls("where c.stage = 'COLLECTING' and c.closes_on >= ?1", java.sql.Date.valueOf(CallRules.today(now)))) {
            List<UnitPlace> places = new ArrayList<>();
            for (Object[] u : units) {
                long unitId = num(u[0]);
                int type = ((Number) u[2]).intValue();
                boolean eligible = c.rules().eligible(type);
                long used = eligible ? repo.countedTowardsLimit(c.id(), unitId, -1) : 0;
                places.add(new UnitPlace(unitId, (String) u[1], (String) u[3], eligible, c.rules().limitFor(type), used,
                        eligible && me.canApplyFor(unitId)));
            }
            if (places.stream().anyMatch(UnitPlace::eligible)) {
                out.add(new OpenCall(c.id(), c.kindName(), c.name(), c.description(), c.rules().opensOn(), c.rules().closesOn(),
                        c.rules().window(now), c.rules().budget(), c.rules().maxPerApplication(), c.applicationForm(), c.reportDue(),
                        places.stream().filter(UnitPlace::eligible).toList()));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the unit's applications

    public record MyRow(long id, long callId, String callName, String kindName, long unitId, String unitName, String title,
                        BigDecimal requested, ApplicationStatus status, Instant submittedAt, LocalDate correctionDeadline,
                        BigDecimal granted, Instant updatedAt) {
    }

    /** Every application of the caller's units (drafts included), newest change first. Audited. */
    public List<MyRow> mine() {
        Actor me = requireUnitUser();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, c.id, c.name, k.name, u.id, u.name, a.title, a.requested_amount, a.status, a.submitted_at, a.correction_deadline,
                       a.granted_amount, a.updated_at
                from application a join application_call c on c.id = a.call_id join application_kind k on k.id = c.kind_id
                join unit u on u.id = a.unit_id
                where a.unit_id = any(cast(?1 as bigint[])) order by a.updated_at desc, a.id desc limit 500""")
                .setParameter(1, me.unitScope().toArray(new Long[0])).getResultList();
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "Application", null, "Wnioski placówki (" + rows.size() + ")");
        return rows.stream().map(r -> new MyRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], num(r[4]), (String) r[5], (String) r[6],
                (BigDecimal) r[7], ApplicationStatus.valueOf((String) r[8]), instant(r[9]), date(r[10]), (BigDecimal) r[11], instant(r[12])))
                .toList();
    }

    /** What the unit writes: title, requested amount, the answers to the call's form (checked on submission). */
    public record Draft(String title, BigDecimal requestedAmount, JsonObject answers) {
    }

    /**
     * A new application of {@code unitId} to the call, as a draft (nothing is checked against the window's end or
     * the limit until it is submitted; the form may be incomplete). Returns its id.
     */
    public long create(long callId, long unitId, Draft d, List<NewFile> files) {
        Actor me = requireApplicant(unitId);
        Call call = repo.call(callId, false);
        Instant now = Instant.now();
        if (call.stage() != CallStage.COLLECTING) {
            throw Violations.one("window", "application.call.closedForSubmissions");
        }
        if (call.rules().window(now) == CallRules.Window.CLOSED) {
            throw Violations.one("window", "application.window.closed", POLISH_DATE.format(call.rules().opensOn()),
                    POLISH_DATE.format(call.rules().closesOn()));
        }
        Object[] unit = (Object[]) em.createNativeQuery("select u.type_id, t.name_pl from unit u join unit_type t on t.id = u.type_id where u.id = ?1")
                .setParameter(1, unitId).getSingleResult();
        if (!call.rules().eligible(((Number) unit[0]).intValue())) {
            throw Violations.one("unit", "application.unit.notEligible", unit[1]);
        }
        List<ValidationException.Violation> errors = checkDraft(call, d);
        List<AttachmentPolicy.Accepted> accepted = acceptFiles(files, 0, errors);
        long id = num(em.createNativeQuery("select nextval('application_seq')").getSingleResult());
        em.createNativeQuery("""
                insert into application (id, call_id, unit_id, status, title, requested_amount, answers, created_by, created_at, updated_at)
                values (?1, ?2, ?3, 'DRAFT', ?4, ?5, cast(?6 as jsonb), ?7, now(), now())""")
                .setParameter(1, id).setParameter(2, callId).setParameter(3, unitId).setParameter(4, d.title().strip())
                .setParameter(5, d.requestedAmount().setScale(2)).setParameter(6, answers(d).toString()).setParameter(7, me.login())
                .executeUpdate();
        repo.storeFiles(id, "APPLICATION", files, accepted, me.login());
        repo.event(id, me.login(), "CREATED", null, ApplicationStatus.DRAFT, null, false);
        audit.record(me.login(), AuditAction.CREATE, "Application", id, "Wniosek placówki " + unitId + " w naborze " + callId + ": " + d.title().strip());
        return id;
    }

    /**
     * Saves changes of a draft or of an application returned for corrections ({@code version}: the one the user saw,
     * optional); {@code files} are added to those already attached.
     */
    public void update(long id, Draft d, List<NewFile> files, Integer version) {
        Actor me = requireUnitUser();
        App a = repo.app(id, true);
        requireApplicant(me, a);
        if (!a.status().editableByUnit()) {
            throw new ConflictException("application.notEditable", a.status().polish());
        }
        if (version != null && version != a.version()) {
            throw new ConflictException("error.concurrentChange");
        }
        Call call = repo.call(a.callId(), false);
        List<ValidationException.Violation> errors = checkDraft(call, d);
        List<AttachmentPolicy.Accepted> accepted = acceptFiles(files, repo.files(id, "APPLICATION").size(), errors);
        em.createNativeQuery("""
                update application set title = ?2, requested_amount = ?3, answers = cast(?4 as jsonb), updated_at = now(), version = version + 1
                where id = ?1""").setParameter(1, id).setParameter(2, d.title().strip()).setParameter(3, d.requestedAmount().setScale(2))
                .setParameter(4, answers(d).toString()).executeUpdate();
        repo.storeFiles(id, "APPLICATION", files, accepted, me.login());
        repo.event(id, me.login(), "UPDATED", null, null, null, false);
        audit.recordChange(me.login(), AuditAction.UPDATE, "Application", id, "Zmiana treści wniosku",
                java.util.Map.of("title", a.title(), "requestedAmount", a.requestedAmount().toPlainString()),
                java.util.Map.of("title", d.title().strip(), "requestedAmount", d.requestedAmount().setScale(2).toPlainString()));
    }

    /** Removes a file from a draft or a returned application. */
    public void removeFile(long id, long fileId) {
        Actor me = requireUnitUser();
        App a = repo.app(id, true);
        requireApplicant(me, a);
        if (!a.status().editableByUnit()) {
            throw new ConflictException("application.notEditable", a.status().polish());
        }
        int n = em.createNativeQuery("delete from application_attachment where id = ?1 and application_id = ?2 and purpose = 'APPLICATION'")
                .setParameter(1, fileId).setParameter(2, id).executeUpdate();
        if (n == 0) {
            throw new NotFoundException("attachment", fileId);
        }
        repo.event(id, me.login(), "FILE_REMOVED", null, null, null, false);
        audit.record(me.login(), AuditAction.DELETE, "ApplicationAttachment", fileId, "Usunięto plik wniosku " + id);
    }

    /**
     * Submits a draft, or resubmits a corrected application. A draft is refused, with every reason, outside the
     * window, for a unit type the call does not admit, or over the unit's limit (every application of the unit the
     * call already has except drafts counts); a correction is accepted in the window or until its correction
     * deadline. The call's form must be filled in correctly. A refusal changes nothing: the draft and everything
     * submitted before stay as they were.
     */
    public void submit(long id) {
        Actor me = requireUnitUser();
        App first = repo.app(id, false);
        requireApplicant(me, first);
        repo.lockUnitApplications(first.callId(), first.unitId());
        App a = repo.app(id, true);
        Call call = repo.call(a.callId(), false);
        Instant now = Instant.now();
        if (a.status() != ApplicationStatus.DRAFT && a.status() != ApplicationStatus.RETURNED) {
            throw new ConflictException("application.status.illegal", a.status().polish(), ApplicationStatus.SUBMITTED.polish());
        }
        List<Refusal> refusals = new ArrayList<>();
        if (call.stage() != CallStage.COLLECTING) {
            refusals.add(new Refusal("window", "application.call.closedForSubmissions"));
        } else if (a.status() == ApplicationStatus.DRAFT) {
            refusals.addAll(call.rules().checkSubmission(a.unitTypeId(), a.unitTypeName(), repo.countedTowardsLimit(call.id(), a.unitId(), a.id()), now));
        } else {
            refusals.addAll(call.rules().checkResubmission(now, a.correctionDeadline()));
        }
        refusals.addAll(call.rules().checkRequested(a.requestedAmount()));
        JsonObject answers = a.answers();
        List<ValidationException.Violation> formErrors = new ArrayList<>();
        if (call.applicationForm() != null) {
            ReplyForm.Checked checked = call.applicationForm().check(answers);
            if (checked.ok()) {
                answers = checked.answer();
            } else {
                checked.problems().forEach(p -> formErrors.add(new ValidationException.Violation(
                        p.row() == null ? "form:" + p.field() : "form:" + p.field() + ":" + p.row() + ":" + p.column(),
                        "message.form.problem", p.describe(call.applicationForm()))));
            }
        }
        if (!refusals.isEmpty() || !formErrors.isEmpty()) {
            List<ValidationException.Violation> all = new ArrayList<>(Violations.of(refusals).violations());
            all.addAll(formErrors);
            audit.recordIndependently(me.login(), AuditAction.UPDATE, "Application", id, "Złożenie wniosku odrzucone: "
                    + refusals.stream().map(Refusal::messageKey).toList() + (formErrors.isEmpty() ? "" : " + formularz (" + formErrors.size() + ")"));
            throw new ValidationException(all);
        }
        boolean again = a.status() == ApplicationStatus.RETURNED;
        ApplicationRepository.requireMove(a, ApplicationStatus.SUBMITTED);
        em.createNativeQuery("""
                update application set status = 'SUBMITTED', answers = cast(?2 as jsonb), first_submitted_at = coalesce(first_submitted_at, ?3),
                    submitted_at = ?3, updated_at = ?3, version = version + 1
                where id = ?1""").setParameter(1, id).setParameter(2, answers.toString()).setParameter(3, ApplicationRepository.ts(now))
                .executeUpdate();
        repo.event(id, me.login(), again ? "RESUBMITTED" : "SUBMITTED", a.status(), ApplicationStatus.SUBMITTED, null, false);
        audit.record(me.login(), AuditAction.UPDATE, "Application", id, again ? "Wniosek poprawiony i złożony ponownie" : "Wniosek złożony");
    }

    /**
     * The post-project report of a granted application: the call's report form when it has one, otherwise a text,
     * with files. A report after the call's report date is accepted and marked late in the history.
     */
    public void submitReport(long id, String text, JsonObject answers, List<NewFile> files) {
        Actor me = requireUnitUser();
        App a = repo.app(id, true);
        requireApplicant(me, a);
        if (a.status() != ApplicationStatus.GRANTED) {
            throw new ConflictException("application.report.notGranted", a.status().polish());
        }
        Call call = repo.call(a.callId(), false);
        List<ValidationException.Violation> errors = new ArrayList<>();
        JsonObject reportAnswers = null;
        if (call.reportForm() != null) {
            ReplyForm.Checked checked = call.reportForm().check(answers == null ? JsonValue.EMPTY_JSON_OBJECT : answers);
            if (checked.ok()) {
                reportAnswers = checked.answer();
            } else {
                checked.problems().forEach(p -> errors.add(new ValidationException.Violation(
                        p.row() == null ? "form:" + p.field() : "form:" + p.field() + ":" + p.row() + ":" + p.column(),
                        "message.form.problem", p.describe(call.reportForm()))));
            }
        } else if (text == null || text.isBlank()) {
            errors.add(new ValidationException.Violation("reportText", "validation.required"));
        }
        if (text != null && text.strip().length() > MAX_TEXT) {
            errors.add(new ValidationException.Violation("reportText", "validation.tooLong", MAX_TEXT));
        }
        List<AttachmentPolicy.Accepted> accepted = acceptFiles(files, repo.files(id, "REPORT").size(), errors);
        Instant now = Instant.now();
        em.createNativeQuery("""
                update application set report_text = ?2, report_answers = cast(?3 as jsonb), report_submitted_at = ?4 where id = ?1""")
                .setParameter(1, id).setParameter(2, text == null || text.isBlank() ? null : text.strip())
                .setParameter(3, reportAnswers == null ? null : reportAnswers.toString()).setParameter(4, ApplicationRepository.ts(now))
                .executeUpdate();
        repo.storeFiles(id, "REPORT", files, accepted, me.login());
        boolean late = call.reportDue() != null && CallRules.today(now).isAfter(call.reportDue());
        repo.move(a, ApplicationStatus.REPORT_SUBMITTED, me.login(), "REPORT_SUBMITTED",
                late ? "Sprawozdanie złożone po terminie (" + POLISH_DATE.format(call.reportDue()) + ")" : null);
        audit.record(me.login(), AuditAction.UPDATE, "Application", id, "Sprawozdanie z realizacji" + (late ? " (po terminie)" : ""));
    }

    // ---------------------------------------------------------------- one application

    public record Detail(long id, long callId, String callName, String kindName, CallStage callStage, LocalDate opensOn, LocalDate closesOn,
                         LocalDate reportDue, long unitId, String unitName, ApplicationStatus status, String title, BigDecimal requestedAmount,
                         JsonObject answers, ReplyForm form, Instant firstSubmittedAt, Instant submittedAt, LocalDate correctionDeadline,
                         BigDecimal recommendedAmount, BigDecimal grantedAmount, String reportText, JsonObject reportAnswers, ReplyForm reportForm,
                         Instant reportSubmittedAt, int version, List<Event> history, List<FileInfo> files, List<FileInfo> reportFiles,
                         boolean canEdit, boolean canReport, boolean canReturn, boolean canSettle) {
    }

    /**
     * One application with its history: for the users of its unit (the committee's internal steps left out) and
     * for those who run its call (not while it is a draft). Anyone else: 404. Audited.
     */
    public Detail view(long id) {
        Actor me = actors.current();
        App a = repo.app(id, false);
        Call call = repo.call(a.callId(), false);
        boolean unitSide = me.canViewApplicationsOf(a.unitId());
        boolean manager = !unitSide && me.canManageApplicationCall(call.createdBy()) && a.status() != ApplicationStatus.DRAFT;
        if (!unitSide && !manager) {
            throw new NotFoundException("application", id);
        }
        boolean applicant = me.canApplyFor(a.unitId());
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "Application", id, "Wniosek: " + a.title());
        return new Detail(a.id(), call.id(), call.name(), call.kindName(), call.stage(), call.rules().opensOn(), call.rules().closesOn(),
                call.reportDue(), a.unitId(), a.unitName(), a.status(), a.title(), a.requestedAmount(), a.answers(), call.applicationForm(),
                a.firstSubmittedAt(), a.submittedAt(), a.correctionDeadline(), a.recommendedAmount(), a.grantedAmount(), a.reportText(),
                a.reportAnswers(), call.reportForm(), a.reportSubmittedAt(), a.version(), repo.history(id, manager),
                repo.files(id, "APPLICATION"), repo.files(id, "REPORT"),
                applicant && a.status().editableByUnit(), applicant && a.status() == ApplicationStatus.GRANTED,
                manager && a.status() == ApplicationStatus.SUBMITTED && call.stage() == CallStage.COLLECTING,
                manager && a.status() == ApplicationStatus.REPORT_SUBMITTED);
    }

    /** A file of an application or its report: for its unit, those who run the call, and members assigned to it. Audited. */
    public ApplicationRepository.File file(long attachmentId) {
        Actor me = actors.current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select x.application_id, x.file_name, x.media_type, x.content, a.unit_id, c.created_by, a.status,
                       exists (select 1 from application_assignment s where s.application_id = a.id and s.member_login = ?2)
                from application_attachment x join application a on a.id = x.application_id join application_call c on c.id = a.call_id
                where x.id = ?1""").setParameter(1, attachmentId).setParameter(2, me.login()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("attachment", attachmentId);
        }
        Object[] r = rows.get(0);
        boolean allowed = me.canViewApplicationsOf(num(r[4]))
                || (me.canManageApplicationCall((String) r[5]) && !"DRAFT".equals(r[6]))
                || me.canScoreApplication((Boolean) r[7]);
        if (!allowed) {
            throw new NotFoundException("attachment", attachmentId);
        }
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "ApplicationAttachment", attachmentId, "Plik wniosku " + num(r[0]));
        return new ApplicationRepository.File((String) r[1], (String) r[2], (byte[]) r[3]);
    }

    // ---------------------------------------------------------------- helpers

    private List<ValidationException.Violation> checkDraft(Call call, Draft d) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.add(new ValidationException.Violation("title", "validation.required"));
        } else if (d.title().strip().length() > MAX_TITLE) {
            errors.add(new ValidationException.Violation("title", "validation.tooLong", MAX_TITLE));
        }
        call.rules().checkRequested(d.requestedAmount())
                .forEach(r -> errors.add(new ValidationException.Violation(r.field(), r.messageKey(), r.arguments())));
        if (d.answers() != null && d.answers().toString().length() > MAX_ANSWERS) {
            errors.add(new ValidationException.Violation("form", "application.form.tooLarge"));
        }
        return errors;
    }

    private List<AttachmentPolicy.Accepted> acceptFiles(List<NewFile> files, int stored, List<ValidationException.Violation> errors) {
        List<AttachmentPolicy.Accepted> accepted = List.of();
        try {
            accepted = repo.checkFiles(files, stored);
        } catch (ValidationException e) {
            errors.addAll(e.violations());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return accepted;
    }

    private static JsonObject answers(Draft d) {
        return d.answers() == null ? JsonValue.EMPTY_JSON_OBJECT : d.answers();
    }

    private Actor requireUnitUser() {
        Actor me = actors.current();
        if (!me.isUnitUser()) {
            throw new AccessDeniedException();
        }
        return me;
    }

    /** The caller writes for {@code unitId}; a unit not theirs is "not found", a role that only reads is refused. */
    private Actor requireApplicant(long unitId) {
        Actor me = requireUnitUser();
        if (!me.canViewApplicationsOf(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        if (!me.canApplyFor(unitId)) {
            throw new AccessDeniedException();
        }
        return me;
    }

    private static void requireApplicant(Actor me, App a) {
        if (!me.canViewApplicationsOf(a.unitId())) {
            throw new NotFoundException("application", a.id());
        }
        if (!me.canApplyFor(a.unitId())) {
            throw new AccessDeniedException();
        }
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
