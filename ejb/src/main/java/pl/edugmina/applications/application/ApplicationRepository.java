package pl.edugmina.applications.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.applications.domain.ApplicationStatus;
import pl.edugmina.applications.domain.CallRules;
import pl.edugmina.applications.domain.CallStage;
import pl.edugmina.applications.domain.Criteria;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.domain.AttachmentPolicy;
import pl.edugmina.messaging.domain.ReplyForm;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static pl.edugmina.platform.SqlValues.date;
import static pl.edugmina.platform.SqlValues.instant;

/**
 * The applications context's tables (native SQL): calls, applications, committee, assignments, score sheets, files and
 * the history. Used by the application services inside their transactions; decides nothing about who may do what.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ApplicationRepository {

    @PersistenceContext
    private EntityManager em;

    /** A call as stored, its rules rebuilt. */
    public record Call(long id, int kindId, String kindName, String name, String description, CallRules rules, Criteria criteria,
                       ReplyForm applicationForm, ReplyForm reportForm, LocalDate reportDue, CallStage stage, String createdBy,
                       Instant createdAt, int version) {
    }

    /** An application as stored, with its unit. */
    public record App(long id, long callId, long unitId, String unitName, Integer unitRspo, int unitTypeId, String unitTypeName,
                      ApplicationStatus status, String title, BigDecimal requestedAmount, JsonObject answers, Instant firstSubmittedAt,
                      Instant submittedAt, LocalDate correctionDeadline, BigDecimal recommendedAmount, BigDecimal grantedAmount,
                      String reportText, JsonObject reportAnswers, Instant reportSubmittedAt, String createdBy, Instant createdAt,
                      Instant updatedAt, int version) {
    }

    /** A step of an application's history; {@code internal} steps (assignments, scores) are not shown to the applicant. */
    public record Event(Instant at, String actor, String action, ApplicationStatus fromStatus, ApplicationStatus toStatus,
                        String comment, boolean internal) {
    }

    public record FileInfo(long id, String fileName, long sizeBytes) {
    }

    /** A file to attach: its name as given and its bytes. */
    public record NewFile(String name, byte[] content) {
    }

    public record File(String fileName, String mediaType, byte[] content) {
    }

    // ---------------------------------------------------------------- calls

    private static final String CALL_COLUMNS = """
            select c.id, c.kind_id, k.name, c.name, c.description, c.opens_on, c.closes_on, c.eligible_type_ids,
                   cast(c.unit_limits as text), c.default_limit, c.budget, c.max_per_application, c.partial_allowed,
                   cast(c.criteria as text), cast(c.application_form as text), cast(c.report_form as text), c.report_due, c.stage,
                   c.created_by, c.created_at, c.version
            from application_call c join application_kind k on k.id = c.kind_id""";

    /** The call, or 404; {@code lock}: row-locked until the transaction ends (stage changes are serialised). */
    public Call call(long id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CALL_COLUMNS + " where c.id = ?1" + (lock ? " for update of c" : ""))
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("call", id);
        }
        return call(rows.get(0));
    }

    public List<Call> calls(String where, Object... params) {
        var q = em.createNativeQuery(CALL_COLUMNS + " " + where + " order by c.closes_on desc, c.id desc");
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(ApplicationRepository::call).toList();
    }

    private static Call call(Object[] r) {
        Map<Integer, Integer> limits = new TreeMap<>();
        json((String) r[8]).asJsonObject().forEach((k, v) -> limits.put(Integer.valueOf(k), ((jakarta.json.JsonNumber) v).intValue()));
        CallRules rules = new CallRules(date(r[5]), date(r[6]), ints(r[7]), limits, ((Number) r[9]).intValue(), (BigDecimal) r[10],
                (BigDecimal) r[11], (Boolean) r[12]);
        return new Call(num(r[0]), ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4], rules,
                Criteria.parse(json((String) r[13]).asJsonArray()), form((String) r[14]), form((String) r[15]), date(r[16]),
                CallStage.valueOf((String) r[17]), (String) r[18], instant(r[19]), ((Number) r[20]).intValue());
    }

    public void stage(long callId, CallStage stage) {
        em.createNativeQuery("update application_call set stage = ?2, version = version + 1 where id = ?1")
                .setParameter(1, callId).setParameter(2, stage.name()).executeUpdate();
    }

    /** The call's committee: logins in the order they were added. */
    public Set<String> committee(long callId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select member_login from application_committee where call_id = ?1 order by added_at, member_login")
                .setParameter(1, callId).getResultList();
        return new LinkedHashSet<>(rows);
    }

    // ---------------------------------------------------------------- applications

    private static final String APP_COLUMNS = """
            select a.id, a.call_id, a.unit_id, u.name, u.rspo_number, u.type_id, t.name_pl, a.status, a.title, a.requested_amount,
                   cast(a.answers as text), a.first_submitted_at, a.submitted_at, a.correction_deadline, a.recommended_amount,
                   a.granted_amount, a.report_text, cast(a.report_answers as text), a.report_submitted_at, a.created_by, a.created_at,
                   a.updated_at, a.version
            from application a join unit u on u.id = a.unit_id join unit_type t on t.id = u.type_id""";

    public App app(long id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(APP_COLUMNS + " where a.id = ?1" + (lock ? " for update of a" : ""))
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("application", id);
        }
        return app(rows.get(0));
    }

    /** Applications matching {@code where} (on {@code a}, {@code u}), ordered by unit name and id unless it orders (or locks) itself. */
    public List<App> apps(String where, Object... params) {
        var q = em.createNativeQuery(APP_COLUMNS + " " + where + (where.contains(" order by ") ? "" : " order by u.name, a.id"));
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(ApplicationRepository::app).toList();
    }

    private static App app(Object[] r) {
        return new App(num(r[0]), num(r[1]), num(r[2]), (String) r[3], r[4] == null ? null : ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), (String) r[6], ApplicationStatus.valueOf((String) r[7]), (String) r[8], (BigDecimal) r[9],
                json((String) r[10]).asJsonObject(), instant(r[11]), instant(r[12]), date(r[13]), (BigDecimal) r[14], (BigDecimal) r[15],
                (String) r[16], r[17] == null ? null : json((String) r[17]).asJsonObject(), instant(r[18]), (String) r[19],
                instant(r[20]), instant(r[21]), ((Number) r[22]).intValue());
    }

    /**
     * Moves an application along its life cycle and records the step (with the comment) in its history. An illegal
     * move is a conflict: someone else moved it first, or the screen was out of date.
     */
    public void move(App a, ApplicationStatus to, String actor, String action, String comment) {
        requireMove(a, to);
        em.createNativeQuery("update application set status = ?2, updated_at = now(), version = version + 1 where id = ?1")
                .setParameter(1, a.id()).setParameter(2, to.name()).executeUpdate();
        event(a.id(), actor, action, a.status(), to, comment, false);
    }

    /** The life cycle allows the move, or a conflict (for callers that change the status together with other columns). */
    public static void requireMove(App a, ApplicationStatus to) {
        try {
            a.status().moveTo(to);
        } catch (ApplicationStatus.IllegalTransition e) {
            throw new ConflictException("application.status.illegal", e.from().polish(), e.to().polish());
        }
    }

    public void event(long applicationId, String actor, String action, ApplicationStatus from, ApplicationStatus to, String comment,
                      boolean internal) {
        em.createNativeQuery("""
                insert into application_event (id, application_id, at, actor_login, action, from_status, to_status, comment, internal)
                values (nextval('application_event_seq'), ?1, clock_timestamp(), ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, applicationId).setParameter(2, actor).setParameter(3, action)
                .setParameter(4, from == null ? null : from.name()).setParameter(5, to == null ? null : to.name())
                .setParameter(6, comment).setParameter(7, internal).executeUpdate();
    }

    public List<Event> history(long applicationId, boolean withInternal) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select at, actor_login, action, from_status, to_status, comment, internal "
                        + "from application_event where application_id = ?1" + (withInternal ? "" : " and not internal") + " order by at, id")
                .setParameter(1, applicationId).getResultList();
        return rows.stream().map(r -> new Event(instant(r[0]), (String) r[1], (String) r[2],
                r[3] == null ? null : ApplicationStatus.valueOf((String) r[3]), r[4] == null ? null : ApplicationStatus.valueOf((String) r[4]),
                (String) r[5], (Boolean) r[6])).toList();
    }

    /** How many of the unit's applications in the call take a place under the limit, {@code except} not counted. */
    public long countedTowardsLimit(long callId, long unitId, long except) {
        return num(em.createNativeQuery("select count(*) from application where call_id = ?1 and unit_id = ?2 and status <> 'DRAFT' and id <> ?3")
                .setParameter(1, callId).setParameter(2, unitId).setParameter(3, except).getSingleResult());
    }

    /** Locks the unit's applications in the call: two submissions of one unit never pass the limit check side by side. */
    public void lockUnitApplications(long callId, long unitId) {
        em.createNativeQuery("select id from application where call_id = ?1 and unit_id = ?2 order by id for update")
                .setParameter(1, callId).setParameter(2, unitId).getResultList();
    }

    // ---------------------------------------------------------------- committee's work

    /** Application id → the members assigned to it, for a call. */
    public Map<Long, Set<String>> assignments(long callId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.application_id, s.member_login from application_assignment s join application a on a.id = s.application_id
                where a.call_id = ?1 order by s.application_id, s.member_login""").setParameter(1, callId).getResultList();
        Map<Long, Set<String>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(num(r[0]), k -> new LinkedHashSet<>()).add((String) r[1]));
        return out;
    }

    public Set<String> assigned(long applicationId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select member_login from application_assignment where application_id = ?1 order by member_login")
                .setParameter(1, applicationId).getResultList();
        return new LinkedHashSet<>(rows);
    }

    /** Application id → member → criterion → points, for a call. */
    public Map<Long, Map<String, Map<String, BigDecimal>>> sheets(long callId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.application_id, s.member_login, cast(s.points as text) from application_score s
                join application a on a.id = s.application_id where a.call_id = ?1""").setParameter(1, callId).getResultList();
        Map<Long, Map<String, Map<String, BigDecimal>>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(num(r[0]), k -> new HashMap<>()).put((String) r[1], points((String) r[2])));
        return out;
    }

    static Map<String, BigDecimal> points(String json) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        json(json).asJsonObject().forEach((k, v) -> out.put(k, ((jakarta.json.JsonNumber) v).bigDecimalValue()));
        return out;
    }

    // ---------------------------------------------------------------- files

    /** Checks every file against {@link AttachmentPolicy}; all reasons at once (field {@code files}). */
    public List<AttachmentPolicy.Accepted> checkFiles(List<NewFile> files, int alreadyStored) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        List<AttachmentPolicy.Accepted> accepted = AttachmentPolicy.checkAll(files, NewFile::name, NewFile::content, alreadyStored, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return accepted;
    }

    public void storeFiles(long applicationId, String purpose, List<NewFile> files, List<AttachmentPolicy.Accepted> accepted, String login) {
        for (int i = 0; i < accepted.size(); i++) {
            byte[] content = files.get(i).content();
            em.createNativeQuery("""
                    insert into application_attachment (id, application_id, purpose, file_name, media_type, size_bytes, sha256, content,
                        uploaded_by, uploaded_at)
                    values (nextval('application_attachment_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now())""")
                    .setParameter(1, applicationId).setParameter(2, purpose).setParameter(3, accepted.get(i).fileName())
                    .setParameter(4, accepted.get(i).mediaType()).setParameter(5, (long) content.length)
                    .setParameter(6, pl.edugmina.correspondence.application.InboundStore.sha256(content)).setParameter(7, content)
                    .setParameter(8, login).executeUpdate();
        }
    }

    public List<FileInfo> files(long applicationId, String purpose) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, file_name, size_bytes from application_attachment where application_id = ?1 "
                + "and purpose = ?2 order by id").setParameter(1, applicationId).setParameter(2, purpose).getResultList();
        return rows.stream().map(r -> new FileInfo(num(r[0]), (String) r[1], num(r[2]))).toList();
    }

    // ---------------------------------------------------------------- values

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static ReplyForm form(String json) {
        return json == null ? null : ReplyForm.parse(json(json).asJsonArray());
    }

    static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    static Set<Integer> ints(Object array) {
        Set<Integer> out = new java.util.TreeSet<>();
        Object[] a;
        try {
            a = array instanceof java.sql.Array sql ? (Object[]) sql.getArray() : (Object[]) array;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (a != null) {
            for (Object o : a) {
                out.add(((Number) o).intValue());
            }
        }
        return out;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }
}
