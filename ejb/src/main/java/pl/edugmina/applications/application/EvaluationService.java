package pl.edugmina.applications.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.applications.application.ApplicationRepository.App;
import pl.edugmina.applications.application.ApplicationRepository.Call;
import pl.edugmina.applications.application.ApplicationRepository.FileInfo;
import pl.edugmina.applications.domain.ApplicationStatus;
import pl.edugmina.applications.domain.Criteria;
import pl.edugmina.applications.domain.Refusal;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.messaging.domain.ReplyForm;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * A committee member's work ("Moje oceny"): the applications assigned to them — and only those — with their content,
 * and their own score sheet, given independently (a member never sees another member's points; the averages and the
 * ranking are for those who run the call). Members score remotely, each at their own time, while the application is
 * under evaluation; a sheet may be changed until the evaluation ends. Reads and scores are audited.
 */
@Stateless
public class EvaluationService {

    public static final int MAX_COMMENT = 10_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @EJB
    private ApplicationRepository repo;

    public record MyRow(long applicationId, long callId, String callName, String unitName, String title, BigDecimal requested,
                        ApplicationStatus status, boolean scored, Instant scoredAt) {
    }

    /** The applications assigned to the caller, those still to be scored first. */
    public List<MyRow> mine() {
        Actor me = requireMember();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, c.id, c.name, u.name, a.title, a.requested_amount, a.status, s.scored_at
                from application_assignment x join application a on a.id = x.application_id
                join application_call c on c.id = a.call_id join unit u on u.id = a.unit_id
                left join application_score s on s.application_id = x.application_id and s.member_login = x.member_login
                where x.member_login = ?1
                order by (a.status = 'UNDER_EVALUATION' and s.scored_at is null) desc, c.closes_on desc, c.id, u.name, a.id""")
                .setParameter(1, me.login()).getResultList();
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "Application", null, "Moje oceny (" + rows.size() + " wniosków)");
        return rows.stream().map(r -> new MyRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], (BigDecimal) r[5],
                ApplicationStatus.valueOf((String) r[6]), r[7] != null, instant(r[7]))).toList();
    }

    /** An assigned application as the member scores it: its content, the criteria and the member's own sheet. */
    public record EvaluationView(long applicationId, long callId, String callName, String kindName, String unitName, String title,
                                 BigDecimal requested, ApplicationStatus status, ReplyForm form, JsonObject answers, List<FileInfo> files,
                                 Criteria criteria, Map<String, BigDecimal> myPoints, String myComment, Instant scoredAt, boolean canScore) {
    }

    public EvaluationView evaluation(long applicationId) {
        Actor me = requireMember();
        App a = requireAssigned(me, applicationId, false);
        Call call = repo.call(a.callId(), false);
        @SuppressWarnings("unchecked")
        List<Object[]> sheet = em.createNativeQuery("select cast(points as text), comment, scored_at from application_score "
                + "where application_id = ?1 and member_login = ?2").setParameter(1, applicationId).setParameter(2, me.login()).getResultList();
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "Application", applicationId, "Wniosek do oceny");
        return new EvaluationView(a.id(), call.id(), call.name(), call.kindName(), a.unitName(), a.title(), a.requestedAmount(), a.status(),
                call.applicationForm(), a.answers(), repo.files(a.id(), "APPLICATION"), call.criteria(),
                sheet.isEmpty() ? Map.of() : ApplicationRepository.points((String) sheet.get(0)[0]),
                sheet.isEmpty() ? null : (String) sheet.get(0)[1], sheet.isEmpty() ? null : instant(sheet.get(0)[2]),
                a.status() == ApplicationStatus.UNDER_EVALUATION);
    }

    /**
     * The member's points for every criterion (as typed: "7,5" or "7.5"), with an optional comment; replaces their
     * earlier sheet. Refused field by field when a value is missing or outside 0…max.
     */
    public void score(long applicationId, Map<String, String> points, String comment) {
        Actor me = requireMember();
        App a = requireAssigned(me, applicationId, true); // serialised with the end of the evaluation
        if (a.status() != ApplicationStatus.UNDER_EVALUATION) {
            throw new ConflictException("application.score.closed");
        }
        Call call = repo.call(a.callId(), false);
        Map<String, BigDecimal> sheet;
        try {
            sheet = call.criteria().checkSheet(points);
        } catch (Refusal.Refused e) {
            throw Violations.of(e);
        }
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            throw Violations.one("comment", "validation.tooLong", MAX_COMMENT);
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        sheet.forEach(json::add);
        boolean inserted = (Boolean) em.createNativeQuery("""
                insert into application_score (application_id, member_login, points, comment, scored_at)
                values (?1, ?2, cast(?3 as jsonb), ?4, now())
                on conflict (application_id, member_login) do update set points = excluded.points, comment = excluded.comment,
                    scored_at = excluded.scored_at
                returning (xmax = 0)""")
                .setParameter(1, applicationId).setParameter(2, me.login()).setParameter(3, json.build().toString())
                .setParameter(4, comment == null || comment.isBlank() ? null : comment.strip()).getSingleResult();
        repo.event(applicationId, me.login(), "SCORED", null, null, null, true);
        audit.record(me.login(), inserted ? AuditAction.CREATE : AuditAction.UPDATE, "Application", applicationId, "Ocena członka komisji");
    }

    private Actor requireMember() {
        Actor me = actors.current();
        if (!me.canSitOnCommittee()) {
            throw new AccessDeniedException();
        }
        return me;
    }

    /** An application not assigned to the caller does not exist for them. */
    private App requireAssigned(Actor me, long applicationId, boolean lock) {
        boolean assigned = num(em.createNativeQuery("select count(*) from application_assignment where application_id = ?1 and member_login = ?2")
                .setParameter(1, applicationId).setParameter(2, me.login()).getSingleResult()) > 0;
        if (!me.canScoreApplication(assigned)) {
            throw new NotFoundException("application", applicationId);
        }
        return repo.app(applicationId, lock);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
