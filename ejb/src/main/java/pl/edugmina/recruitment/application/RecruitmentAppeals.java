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
import pl.edugmina.recruitment.domain.terms.AdministrativeTerms;
import pl.edugmina.recruitment.domain.terms.PolishPublicHolidays;
import pl.edugmina.recruitment.domain.terms.RecruitmentTerms;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;
import pl.edugmina.security.Role;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * After the lists of admitted (Prawo oświatowe art. 158): the parent of a candidate not admitted to a preferred unit
 * asks the commission for the justification (within 7 days of the lists), the commission gives it (within 5 days), the
 * parent may appeal to the director (within 7 days of receiving it), the director decides (within 7 days). Every term
 * is counted the law's way ({@link AdministrativeTerms}: the day of the event not counted, a term ending on a Saturday
 * or a holiday moves to the next working day) from the defaults in {@link RecruitmentTerms}. The commission is the
 * first-choice unit's: its director or secretariat answers a request; its director decides an appeal.
 */
@Stateless
public class RecruitmentAppeals {

    public static final int MAX_TEXT = 10_000;
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @EJB
    private RecruitmentApplications applications;

    @EJB
    private RecruitmentAppealResults results;

    public record AppealView(long id, long applicationId, String code, String child, String campaignName, String kind, String status,
                             String content, Instant filedAt, LocalDate dueOn, String answer, Instant answeredAt, String answeredBy) {
    }

    /** What the parent may do now and until when (null: not yet or no longer). */
    public record Rights(LocalDate listsAnnounced, LocalDate justificationUntil, LocalDate appealUntil, boolean canRequestJustification,
                         boolean canAppeal, List<AppealView> appeals) {
    }

    private static final AdministrativeTerms TERMS = new AdministrativeTerms(PolishPublicHolidays.statutory());
    private static final RecruitmentTerms LAW = RecruitmentTerms.statutoryDefaults();

    // ---------------------------------------------------------------- the parent

    /** The parent's requests and appeals of their application, and what they may file now. */
    public Rights rights(long applicationId) {
        RecruitmentApplications.Detail d = applications.detail(applicationId);
        return rights(d);
    }

    private Rights rights(RecruitmentApplications.Detail d) {
        List<AppealView> list = list("where p.application_id = ?1", d.id());
        LocalDate announced = announced(d.campaignId());
        LocalDate today = LocalDate.now(WARSAW);
        boolean refused = d.outcome() != null && (!d.outcome().placed() || d.outcome().preference() > 1);
        LocalDate justificationUntil = announced == null ? null : LAW.lastDayToRequestJustification(TERMS, announced);
        boolean pendingOrAnswered = list.stream().anyMatch(a -> "JUSTIFICATION".equals(a.kind()));
        boolean canRequest = d.mine() && refused && announced != null && !today.isBefore(announced) && !today.isAfter(justificationUntil)
                && !pendingOrAnswered;
        AppealView answered = list.stream().filter(a -> "JUSTIFICATION".equals(a.kind()) && "ANSWERED".equals(a.status())).findFirst()
                .orElse(null);
        LocalDate appealUntil = answered == null ? null : LAW.lastDayToAppeal(TERMS, answered.answeredAt().atZone(WARSAW).toLocalDate());
        boolean canAppeal = d.mine() && answered != null && !today.isAfter(appealUntil) && list.stream().noneMatch(a -> "APPEAL".equals(a.kind()));
        return new Rights(announced, justificationUntil, appealUntil, canRequest, canAppeal, list);
    }

    /** The parent asks the commission for the justification of the refusal. */
    public long requestJustification(long applicationId, String content) {
        return file(applicationId, content, "JUSTIFICATION");
    }

    /** The parent appeals to the director against the commission's decision, after its justification. */
    public long appeal(long applicationId, String content) {
        return file(applicationId, content, "APPEAL");
    }

    /** Files the parent's request ({@code JUSTIFICATION}) or appeal ({@code APPEAL}) if its term is running, with its due day. */
    private long file(long applicationId, String content, String kind) {
        RecruitmentApplications.Detail d = applications.detail(applicationId);
        Rights r = rights(d);
        if (!d.mine()) {
            throw new NotFoundException("application", applicationId);
        }
        boolean appeal = "APPEAL".equals(kind);
        if (appeal ? !r.canAppeal() : !r.canRequestJustification()) {
            throw new ConflictException(appeal ? "recruitment.appeal.appealNotNow" : "recruitment.appeal.justificationNotNow");
        }
        String text = text(content);
        LocalDate today = LocalDate.now(WARSAW);
        LocalDate due = appeal ? LAW.lastDayToDecideAppeal(TERMS, today) : LAW.lastDayToPrepareJustification(TERMS, today);
        long id = insert(applicationId, kind, text, due);
        String login = actors.current().login();
        applications.event(applicationId, login, appeal ? "Rodzic odwołał się do dyrektora; rozstrzygnięcie do " + due
                : "Rodzic wniósł o uzasadnienie odmowy przyjęcia; komisja odpowiada do " + due);
        audit.record(login, AuditAction.CREATE, "RecruitmentAppeal", id,
                (appeal ? "Odwołanie" : "Wniosek o uzasadnienie") + " (wniosek " + applicationId + ")");
        return id;
    }

    private long insert(long applicationId, String kind, String text, LocalDate due) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                insert into recruitment_appeal (id, application_id, kind, status, content, filed_at, due_on)
                values (nextval('recruitment_appeal_seq'), ?1, ?2, 'PENDING', ?3, now(), ?4) returning id""")
                .setParameter(1, applicationId).setParameter(2, kind).setParameter(3, text).setParameter(4, Date.valueOf(due)).getResultList();
        return ids.get(0).longValue();
    }

    private static String text(String content) {
        String t = content == null ? "" : content.strip();
        if (t.isEmpty()) {
            throw new ValidationException(List.of(new Violation("content", "validation.required")));
        }
        if (t.length() > MAX_TEXT) {
            throw new ValidationException(List.of(new Violation("content", "validation.tooLong", MAX_TEXT)));
        }
        return t;
    }

    // ---------------------------------------------------------------- the commission and the director

    /** Pending requests and appeals the current user answers (their units'), or all for the department; oldest due first. */
    public List<AppealView> pending() {
        Actor me = actors.current();
        if (me.seesAllRecruitmentApplications()) {
            return list("where p.status = 'PENDING'", null);
        }
        if (!(me.has(Role.UNIT_DIRECTOR) || me.has(Role.UNIT_SECRETARY)) || me.unitScope().isEmpty()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentAppeal", null, "odwołania rekrutacyjne");
            throw new AccessDeniedException();
        }
        List<AppealView> all = list("where p.status = 'PENDING' and a.unit_id in (" + String.join(",",
                me.unitScope().stream().map(String::valueOf).toList()) + ")", null);
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentAppeal", null, "Lista odwołań i wniosków o uzasadnienie (" + all.size() + ")");
        return all;
    }

    /** The commission's justification (a request) or the director's decision (an appeal: {@code allowed} or dismissed). */
    public void answer(long appealId, String answer, Boolean allowed) {
        answer(appealId, answer, allowed, List.of());
    }

    /**
     * As {@link #answer(long, String, Boolean)}; an appeal allowed with {@code acceptedCriteria} (declared criteria the
     * director now accepts) re-evaluates the candidate against the published FINAL run
     * ({@link RecruitmentAppealResults}) in this transaction. Returns what that changed (null unless allowed).
     */
    public RecruitmentAppealResults.Outcome answer(long appealId, String answer, Boolean allowed, List<String> acceptedCriteria) {
        Actor me = actors.current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.kind, p.status, a.unit_id, a.id from recruitment_appeal p join recruitment_application a on a.id = p.application_id
                where p.id = ?1 for update of p""").setParameter(1, appealId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("appeal", appealId);
        }
        String kind = (String) rows.get(0)[0];
        long unit = ((Number) rows.get(0)[2]).longValue();
        long applicationId = ((Number) rows.get(0)[3]).longValue();
        boolean commission = (me.has(Role.UNIT_DIRECTOR) || ("JUSTIFICATION".equals(kind) && me.has(Role.UNIT_SECRETARY)))
                && me.unitScope().contains(unit);
        if (!commission) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentAppeal", appealId, "odpowiedź na odwołanie");
            throw me.readsRecruitmentApplicationsOf(unit) || me.seesAllRecruitmentApplications() ? new AccessDeniedException()
                    : new NotFoundException("appeal", appealId);
        }
        if (!"PENDING".equals(rows.get(0)[1])) {
            throw new ConflictException("recruitment.appeal.answered");
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new ValidationException(List.of(new Violation("answer", "validation.required")));
        }
        if (text.length() > 20_000) {
            throw new ValidationException(List.of(new Violation("answer", "validation.tooLong", 20_000)));
        }
        String status;
        if ("APPEAL".equals(kind)) {
            if (allowed == null) {
                throw new ValidationException(List.of(new Violation("allowed", "validation.required")));
            }
            status = allowed ? "ALLOWED" : "DISMISSED";
        } else {
            status = "ANSWERED";
        }
        List<String> criteria = acceptedCriteria == null ? List.of()
                : acceptedCriteria.stream().filter(java.util.Objects::nonNull).map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
        if (!criteria.isEmpty() && !"ALLOWED".equals(status)) {
            throw new ValidationException(List.of(new Violation("acceptedCriteria", "recruitment.appeal.criteriaOnlyAllowed")));
        }
        em.createNativeQuery("update recruitment_appeal set status = ?2, answer = ?3, answered_by = ?4, answered_at = now() where id = ?1")
                .setParameter(1, appealId).setParameter(2, status).setParameter(3, text).setParameter(4, me.login()).executeUpdate();
        RecruitmentAppealResults.Outcome outcome = "ALLOWED".equals(status)
                ? results.reevaluate(appealId, applicationId, criteria, me.login()) : null;
        applications.event(applicationId, me.login(), switch (status) {
            case "ANSWERED" -> "Komisja sporządziła uzasadnienie";
            case "ALLOWED" -> "Dyrektor uwzględnił odwołanie; " + outcome.describe();
            default -> "Dyrektor nie uwzględnił odwołania";
        });
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentAppeal", appealId, "Odpowiedź: " + status);
        return outcome;
    }

    /** A declared criterion of the appellant's application, with the commission's verdict, for the director's decision. */
    public record AppealCriterion(String code, String label, java.math.BigDecimal points, String verdict, String reason) {
    }

    /** The criteria the parent declared on the appealed application and what the commission decided on them (the director of the unit). */
    public List<AppealCriterion> criteria(long appealId) {
        Actor me = actors.current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.unit_id, a.id, a.campaign_id from recruitment_appeal p join recruitment_application a on a.id = p.application_id
                where p.id = ?1 and p.kind = 'APPEAL'""").setParameter(1, appealId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("appeal", appealId);
        }
        long unit = ((Number) rows.get(0)[0]).longValue();
        long applicationId = ((Number) rows.get(0)[1]).longValue();
        if (!(me.has(Role.UNIT_DIRECTOR) && me.unitScope().contains(unit)) && !me.seesAllRecruitmentApplications()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentAppeal", appealId, "kryteria wniosku w odwołaniu");
            throw new NotFoundException("appeal", appealId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> list = em.createNativeQuery("""
                select x.code, coalesce(r.label, x.code), r.points, x.verdict, x.reason from recruitment_application_criterion x
                left join recruitment_criterion r on r.campaign_id = ?2 and r.code = x.code
                where x.application_id = ?1 order by r.position, x.code""").setParameter(1, applicationId).setParameter(2, rows.get(0)[2])
                .getResultList();
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentApplication", applicationId, "Kryteria wniosku w odwołaniu " + appealId);
        return list.stream().map(r -> new AppealCriterion((String) r[0], (String) r[1], (java.math.BigDecimal) r[2], (String) r[3],
                (String) r[4])).toList();
    }

    // ---------------------------------------------------------------- reading

    private List<AppealView> list(String where, Long applicationId) {
        var q = em.createNativeQuery("""
                select p.id, p.application_id, a.code, concat_ws(' ', a.child_first_name, a.child_last_name), c.name, p.kind, p.status,
                       p.content, p.filed_at, p.due_on, p.answer, p.answered_at, p.answered_by
                from recruitment_appeal p join recruitment_application a on a.id = p.application_id
                join recruitment_campaign c on c.id = a.campaign_id""" + " " + where + " order by p.due_on, p.id limit 500");
        if (applicationId != null) {
            q.setParameter(1, applicationId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new AppealView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], instant(r[8]), ((Date) r[9]).toLocalDate(), (String) r[10],
                instant(r[11]), (String) r[12])).toList();
    }

    /** The day the lists of admitted were announced: the ADMITTED_LIST stage's first day (Warsaw); null before any list. */
    private LocalDate announced(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                select coalesce((select s.starts_at from recruitment_stage s where s.campaign_id = c.id and s.stage = 'ADMITTED_LIST'),
                                (select r.finished_at from recruitment_allocation_run r where r.id = c.published_run_id))
                from recruitment_campaign c where c.id = ?1 and c.published_run_id is not null""").setParameter(1, campaignId).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return null;
        }
        return instant(rows.get(0)).atZone(WARSAW).toLocalDate();
    }
}
