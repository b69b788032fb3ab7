package pl.edugmina.messaging.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.RichText;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.domain.AnswerFileNames;
import pl.edugmina.messaging.domain.ApprovalChain;
import pl.edugmina.messaging.domain.AttachmentPolicy;
import pl.edugmina.messaging.domain.DeliveryStatus;
import pl.edugmina.messaging.domain.NewMessageMail;
import pl.edugmina.messaging.domain.ReplyForm;
import pl.edugmina.platform.Settings;
import pl.edugmina.platform.mail.MailFormat;
import pl.edugmina.platform.mail.Notifications;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static pl.edugmina.platform.SqlValues.date;
import static pl.edugmina.platform.SqlValues.instant;

/**
 * Tracked messages from the department to units (the OPIUM capability, first part): sending to any
 * mix of units, unit types ("all primary schools") and unit groups; delivery into each unit's inbox in
 * the sending transaction; per unit who opened it first and when, the answers (every version kept,
 * late ones flagged), reminders to the units that have not answered and deadline extensions. The
 * department sees every message and the whole matrix; a unit's users see only messages addressed to
 * their units and only their own units' answers.
 */
@Stateless
public class MessageService {

    public static final int MAX_SUBJECT = 500;
    public static final int MAX_BODY = 50_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @EJB
    private Notifications notifications;

    /**
     * Recipients: units by id, every open unit of the given types, members of the given groups; with a
     * {@code replyForm}, units answer by filling in that form (an answer is then required); with
     * {@code unitRoles}, only the users holding one of those roles in each unit receive it (empty: everyone).
     * With {@code bodyHtml} (formatted text from the editor) the message is kept as sanitised HTML and {@code body} is
     * replaced by the same content as plain text ({@link RichText}).
     */
    public record Draft(String subject, String body, boolean replyRequired, LocalDate deadline,
                        Set<Long> unitIds, Set<Integer> unitTypeIds, Set<Long> groupIds, ReplyForm replyForm,
                        Set<pl.edugmina.security.Role> unitRoles, Set<Long> userIds, Set<Long> userGroupIds, String bodyHtml) {

        public Draft {
            unitRoles = unitRoles == null ? Set.of() : Set.copyOf(unitRoles);
            userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
            userGroupIds = userGroupIds == null ? Set.of() : Set.copyOf(userGroupIds);
        }

        public Draft(String subject, String body, boolean replyRequired, LocalDate deadline,
                     Set<Long> unitIds, Set<Integer> unitTypeIds, Set<Long> groupIds, ReplyForm replyForm,
                     Set<pl.edugmina.security.Role> unitRoles, Set<Long> userIds, Set<Long> userGroupIds) {
            this(subject, body, replyRequired, deadline, unitIds, unitTypeIds, groupIds, replyForm, unitRoles, userIds, userGroupIds, null);
        }

        public Draft(String subject, String body, boolean replyRequired, LocalDate deadline,
                     Set<Long> unitIds, Set<Integer> unitTypeIds, Set<Long> groupIds, ReplyForm replyForm,
                     Set<pl.edugmina.security.Role> unitRoles) {
            this(subject, body, replyRequired, deadline, unitIds, unitTypeIds, groupIds, replyForm, unitRoles, null, null);
        }

        public Draft(String subject, String body, boolean replyRequired, LocalDate deadline,
                     Set<Long> unitIds, Set<Integer> unitTypeIds, Set<Long> groupIds) {
            this(subject, body, replyRequired, deadline, unitIds, unitTypeIds, groupIds, null, null, null, null);
        }

        Draft withReplyRequired() {
            return new Draft(subject, body, true, deadline, unitIds, unitTypeIds, groupIds, replyForm, unitRoles, userIds, userGroupIds, bodyHtml);
        }

        /** The same draft with formatted text from the editor (HTML; sanitised when the message is stored). */
        public Draft withRichBody(String html) {
            return new Draft(subject, body, replyRequired, deadline, unitIds, unitTypeIds, groupIds, replyForm, unitRoles, userIds,
                    userGroupIds, html);
        }

        /** Formatted text made safe, and the plain text taken from it; a plain draft as it is. */
        Draft sanitized() {
            if (bodyHtml == null) {
                return this;
            }
            String safe = RichText.sanitize(bodyHtml);
            String text = RichText.plainText(safe);
            return new Draft(subject, text, replyRequired, deadline, unitIds, unitTypeIds, groupIds, replyForm, unitRoles, userIds,
                    userGroupIds, text.isBlank() ? null : safe);
        }
    }

    /** Reads a form designed by the sender; a form it cannot use is refused with every reason (field {@code replyForm}). */
    public static ReplyForm replyForm(jakarta.json.JsonArray definition) {
        try {
            return definition == null ? null : ReplyForm.parse(definition);
        } catch (ReplyForm.InvalidDefinition e) {
            throw new ValidationException(e.problems().stream()
                    .map(p -> new ValidationException.Violation("replyForm", "message.form.invalid", p)).toList());
        }
    }

    public record SentRow(long id, String subject, String status, String pendingRole, String author, Instant createdAt, Instant sentAt,
                          LocalDate deadline, boolean replyRequired, String recipients, long units, long opened, long answered, long overdue) {
    }

    /** One step of the approval: who did what, with the comment (required when sending back). */
    public record Step(Instant at, String actor, String action, String comment) {
    }

    public record InboxRow(long id, long unitId, String unitName, String subject, Instant sentAt, LocalDate deadline,
                           boolean replyRequired, boolean unread, DeliveryStatus status, int reminders) {
    }

    /** A version of a unit's answer; {@code form} is the filled-in form (normalised), or null. */
    public record Reply(long id, long unitId, String author, String body, Instant createdAt, boolean late, List<FileInfo> files,
                        jakarta.json.JsonObject form) {
    }

    /** A file to attach: its name as given and its bytes. */
    public record NewFile(String name, byte[] content) {
    }

    public record FileInfo(long id, String fileName, long sizeBytes) {
    }

    public record File(String fileName, String mediaType, byte[] content) {
    }

    public record Message(long id, String sender, String subject, String body, boolean replyRequired, LocalDate deadline,
                          Instant sentAt, String recipients, String status, String pendingRole,
                          Set<Long> unitIds, Set<Integer> unitTypeIds, Set<Long> groupIds, Long surveyTemplateId, ReplyForm replyForm,
                          Set<pl.edugmina.security.Role> unitRoles, Long senderUnitId, boolean toDepartment, Long inReplyTo,
                          Set<Long> userIds, Set<Long> userGroupIds, String bodyHtml) {

        /** An Excel survey: units answer with the filled template, the department gets the answers merged. */
        public boolean survey() {
            return surveyTemplateId != null;
        }
    }

    /** A message as one unit sees it: the message, its state at the unit and the unit's own answers. */
    public record UnitView(Message message, long unitId, String unitName, DeliveryStatus status, List<Reply> replies, List<FileInfo> files) {
    }

    public record TrackingRow(long unitId, Integer rspo, String unitName, DeliveryStatus status, Instant openedAt, String openedBy,
                              Instant answeredAt, int replies, int reminders) {
    }

    public record Tracking(Message message, List<TrackingRow> units, List<Step> steps, boolean canApprove, boolean canEdit,
                           List<FileInfo> files) {
    }

    // ---------------------------------------------------------------- the department

    /**
     * Submits a message: it goes out at once when the author needs no approval (the chain, or their
     * rank), otherwise it waits for the first step. Returns its id.
     */
    public long send(Draft d) {
        return send(d, List.of());
    }

    public long send(Draft d, List<NewFile> files) {
        return send(d, files, null);
    }

    /**
     * As {@link #send(Draft, List)}, with an Excel survey when {@code surveyTemplate} is given: the XLSX
     * template every unit fills in and sends back (a survey always requires an answer).
     */
    public long send(Draft d, List<NewFile> files, NewFile surveyTemplate) {
        Actor me = requireSender();
        d = d.sanitized();
        List<NewFile> all = new ArrayList<>(files == null ? List.of() : files);
        List<ValidationException.Violation> templateErrors = new ArrayList<>();
        if (surveyTemplate != null) {
            Surveys.checkTemplate(surveyTemplate).ifPresent(reason ->
                    templateErrors.add(new ValidationException.Violation("surveyTemplate", "message.survey.template.invalid", reason)));
            all.add(surveyTemplate);
        }
        if ((surveyTemplate != null || d.replyForm() != null) && !d.replyRequired()) {
            d = d.withReplyRequired();
        }
        List<AttachmentPolicy.Accepted> accepted = checkFiles(all, templateErrors);
        Resolved to = validate(d);
        long id = ((Number) em.createNativeQuery("select nextval('message_seq')").getSingleResult()).longValue();
        var first = chain().first(me.roles());
        em.createNativeQuery("""
                insert into message (id, sender_login, subject, body, reply_required, deadline, recipients_summary, sent_at, status,
                    pending_role, created_at, to_unit_ids, to_type_ids, to_group_ids, reply_form, to_roles, to_user_ids, to_user_group_ids,
                    body_html)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, null, 'PENDING', 'PENDING', now(), cast(?8 as bigint[]), cast(?9 as integer[]),
                    cast(?10 as bigint[]), cast(?11 as jsonb), cast(?12 as text[]), cast(?13 as bigint[]), cast(?14 as bigint[]), ?15)""")
                .setParameter(1, id).setParameter(2, me.login()).setParameter(3, d.subject().strip())
                .setParameter(4, d.body().strip()).setParameter(5, d.replyRequired())
                .setParameter(6, d.deadline() == null ? null : java.sql.Date.valueOf(d.deadline()))
                .setParameter(7, to.summary())
                .setParameter(8, nz(d.unitIds()).toArray(new Long[0])).setParameter(9, nz(d.unitTypeIds()).toArray(new Integer[0]))
                .setParameter(10, nz(d.groupIds()).toArray(new Long[0]))
                .setParameter(11, d.replyForm() == null ? null : d.replyForm().toJson().toString())
                .setParameter(12, roleNames(d.unitRoles()))
                .setParameter(13, d.userIds().toArray(new Long[0])).setParameter(14, d.userGroupIds().toArray(new Long[0]))
                .setParameter(15, d.bodyHtml())
                .executeUpdate();
        storeFiles(id, null, all, accepted, me.login(), surveyTemplate == null ? -1 : all.size() - 1);
        step(id, me.login(), "SUBMITTED", null);
        audit.record(me.login(), AuditAction.CREATE, "Message", id, "Wiadomość do " + to.summary());
        forward(id, first.orElse(null), me.login());
        return id;
    }

    /** The author corrects a message sent back to them and submits it again. */
    public void resubmit(long id, Draft d) {
        Actor me = requireSender();
        d = d.sanitized();
        Message m = message(id);
        if (!"RETURNED".equals(m.status()) || !m.sender().equals(me.login())) {
            throw new pl.edugmina.common.ConflictException("message.notReturned");
        }
        if ((m.survey() || d.replyForm() != null) && !d.replyRequired()) {
            d = d.withReplyRequired();
        }
        Resolved to = validate(d);
        em.createNativeQuery("""
                update message set subject = ?2, body = ?3, reply_required = ?4, deadline = ?5, recipients_summary = ?6,
                    to_unit_ids = cast(?7 as bigint[]), to_type_ids = cast(?8 as integer[]), to_group_ids = cast(?9 as bigint[]),
                    reply_form = cast(?10 as jsonb), to_roles = cast(?11 as text[]), to_user_ids = cast(?12 as bigint[]),
                    to_user_group_ids = cast(?13 as bigint[]), body_html = ?14, version = version + 1 where id = ?1""")
                .setParameter(1, id).setParameter(2, d.subject().strip()).setParameter(3, d.body().strip())
                .setParameter(4, d.replyRequired()).setParameter(5, d.deadline() == null ? null : java.sql.Date.valueOf(d.deadline()))
                .setParameter(6, to.summary()).setParameter(7, nz(d.unitIds()).toArray(new Long[0]))
                .setParameter(8, nz(d.unitTypeIds()).toArray(new Integer[0])).setParameter(9, nz(d.groupIds()).toArray(new Long[0]))
                .setParameter(10, d.replyForm() == null ? null : d.replyForm().toJson().toString())
                .setParameter(11, roleNames(d.unitRoles()))
                .setParameter(12, d.userIds().toArray(new Long[0])).setParameter(13, d.userGroupIds().toArray(new Long[0]))
                .setParameter(14, d.bodyHtml())
                .executeUpdate();
        step(id, me.login(), "SUBMITTED", null);
        audit.record(me.login(), AuditAction.UPDATE, "Message", id, "Poprawiona wiadomość złożona ponownie");
        forward(id, chain().first(me.roles()).orElse(null), me.login());
    }

    /** The holder of the pending step accepts: the message goes to the next step or out to the units. */
    public void approve(long id, String comment) {
        Actor me = requireSender();
        Message m = message(id);
        pl.edugmina.security.Role pending = requirePendingFor(me, m);
        step(id, me.login(), "APPROVED", blankToNull(comment));
        audit.record(me.login(), AuditAction.UPDATE, "Message", id, "Akceptacja (" + pending + ")");
        forward(id, chain().after(pending).orElse(null), me.login());
    }

    /** The holder of the pending step sends the message back to its author with a comment (required). */
    public void returnToAuthor(long id, String comment) {
        Actor me = requireSender();
        Message m = message(id);
        requirePendingFor(me, m);
        if (comment == null || comment.isBlank()) {
            throw new ValidationException(List.of(new ValidationException.Violation("comment", "message.comment.required")));
        }
        em.createNativeQuery("update message set status = 'RETURNED', pending_role = null, version = version + 1 where id = ?1")
                .setParameter(1, id).executeUpdate();
        step(id, me.login(), "RETURNED", comment.strip());
        audit.record(me.login(), AuditAction.UPDATE, "Message", id, "Zwrócono do autora");
    }

    /** Messages waiting for a step the caller holds. */
    public List<SentRow> awaiting() {
        Actor me = requireSender();
        return sent().stream().filter(r -> "PENDING".equals(r.status()) && me.has(pl.edugmina.security.Role.valueOf(r.pendingRole()))).toList();
    }

    private pl.edugmina.security.Role requirePendingFor(Actor me, Message m) {
        if (!"PENDING".equals(m.status())) {
            throw new pl.edugmina.common.ConflictException("message.notPending");
        }
        pl.edugmina.security.Role pending = pl.edugmina.security.Role.valueOf(m.pendingRole());
        if (!me.has(pending)) {
            throw new AccessDeniedException();
        }
        return pending;
    }

    /** Waits for {@code next}, or, when there is no next step, delivers to the units resolved now. */
    private void forward(long id, pl.edugmina.security.Role next, String actor) {
        if (next != null) {
            em.createNativeQuery("update message set status = 'PENDING', pending_role = ?2 where id = ?1")
                    .setParameter(1, id).setParameter(2, next.name()).executeUpdate();
            return;
        }
        Message m = message(id);
        Resolved to = resolve(new Draft(m.subject(), m.body(), m.replyRequired(), m.deadline(), m.unitIds(), m.unitTypeIds(), m.groupIds(),
                m.replyForm(), m.unitRoles(), m.userIds(), m.userGroupIds()));
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("update message set status = 'SENT', pending_role = null, sent_at = ?2, recipients_summary = ?3 where id = ?1")
                .setParameter(1, id).setParameter(2, now).setParameter(3, to.summary()).executeUpdate();
        em.createNativeQuery("""
                insert into message_recipient (message_id, unit_id, delivered_at)
                select ?1, u, ?2 from unnest(cast(?3 as bigint[])) as u""")
                .setParameter(1, id).setParameter(2, now).setParameter(3, to.unitIds().toArray(new Long[0]))
                .executeUpdate();
        for (var e : to.onlyLogins().entrySet()) {
            em.createNativeQuery("insert into message_recipient (message_id, unit_id, delivered_at, only_logins) values (?1, ?2, ?3, cast(?4 as text[]))")
                    .setParameter(1, id).setParameter(2, e.getKey()).setParameter(3, now)
                    .setParameter(4, e.getValue().stream().sorted().toArray(String[]::new)).executeUpdate();
        }
        int reached = to.unitIds().size() + to.onlyLogins().size();
        step(id, actor, "SENT", reached + " placówek");
        audit.record(actor, AuditAction.UPDATE, "Message", id, "Wysłano do " + reached + " placówek: " + to.summary());
        notifyByMail(m);
    }

    /**
     * An e-mail to every active user of the recipient units (a zespół's users for its member units too) who has an
     * address: one per user, with the subject and a link to the message, never its text (the link needs a login).
     * Queued through the outbox in this transaction: sent only after it commits.
     */
    private void notifyByMail(Message m) {
        notifyByMail(m, null);
    }

    /**
     * Mails the users of the message's recipient units (with {@code onlyUnits}: a reminder to those units only), each
     * once, through the outbox; never the message's text.
     */
    private void notifyByMail(Message m, List<Long> onlyUnits) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (a.id) a.email, r.unit_id, u.name
                from message_recipient r
                join unit u on u.id = r.unit_id
                join app_user a on a.enabled and a.email is not null and (a.unit_id = r.unit_id or a.unit_id = u.parent_id)
                where r.message_id = ?1
                  and exists (select 1 from app_user_role x where x.user_id = a.id and x.role = any(cast(?2 as text[])))
                  and (case when r.only_logins is null
                            then ?4 = 0 or exists (select 1 from app_user_role x where x.user_id = a.id and x.role = any(cast(?5 as text[])))
                            else a.login = any(r.only_logins) end)
                  and not exists (select 1 from app_user_role x where x.user_id = a.id and x.role = any(cast(?3 as text[])))
                  and (?6 = false or r.unit_id = any(cast(?7 as bigint[])))
                order by a.id, (a.unit_id = r.unit_id) desc, r.unit_id""")
                .setParameter(1, m.id())
                .setParameter(2, pl.edugmina.security.Role.UNIT.stream().map(Enum::name).toArray(String[]::new))
                .setParameter(3, pl.edugmina.security.Role.DEPARTMENT.stream().map(Enum::name).toArray(String[]::new))
                .setParameter(4, m.unitRoles().size())
                .setParameter(5, m.unitRoles().stream().map(Enum::name).toArray(String[]::new))
                .setParameter(6, onlyUnits != null)
                .setParameter(7, (onlyUnits == null ? List.<Long>of() : onlyUnits).toArray(new Long[0]))
                .getResultList();
        String subject = onlyUnits == null ? NewMessageMail.subject(m.subject()) : NewMessageMail.reminderSubject(m.subject());
        String baseUrl = Settings.publicUrl();
        LocalDate today = LocalDate.now(DeliveryStatus.OFFICE_ZONE);
        for (Object[] r : rows) {
            String address = (String) r[0];
            if (MailFormat.isDeliverable(address)) {
                notifications.queue(address, subject, onlyUnits == null
                        ? NewMessageMail.text(baseUrl, m.id(), num(r[1]), (String) r[2], m.subject(), m.replyRequired(), m.deadline())
                        : NewMessageMail.reminderText(baseUrl, m.id(), num(r[1]), (String) r[2], m.subject(), m.deadline(), today));
            }
        }
    }

    private void step(long id, String actor, String action, String comment) {
        em.createNativeQuery("insert into message_step (id, message_id, at, actor_login, action, comment) values (nextval('message_step_seq'), ?1, now(), ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, actor).setParameter(3, action).setParameter(4, comment).executeUpdate();
    }

    private Resolved validate(Draft d) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        if (d.subject() == null || d.subject().isBlank()) {
            errors.add(new ValidationException.Violation("subject", "validation.required"));
        } else if (d.subject().strip().length() > MAX_SUBJECT) {
            errors.add(new ValidationException.Violation("subject", "validation.tooLong", MAX_SUBJECT));
        }
        if (d.body() == null || d.body().isBlank()) {
            errors.add(new ValidationException.Violation("body", "validation.required"));
        } else if (d.body().strip().length() > MAX_BODY || d.bodyHtml() != null && d.bodyHtml().length() > 4 * MAX_BODY) {
            errors.add(new ValidationException.Violation("body", "validation.tooLong", MAX_BODY));
        }
        if (!pl.edugmina.security.Role.UNIT.containsAll(d.unitRoles())) {
            errors.add(new ValidationException.Violation("unitRoles", "message.unitRoles.invalid"));
        }
        LocalDate today = LocalDate.now(DeliveryStatus.OFFICE_ZONE);
        if (d.deadline() != null && d.deadline().isBefore(today)) {
            errors.add(new ValidationException.Violation("deadline", "message.deadline.past"));
        }
        if (d.replyRequired() && d.deadline() == null) {
            errors.add(new ValidationException.Violation("deadline", "message.deadline.required"));
        }
        Resolved to = resolve(d);
        if (to.isEmpty()) {
            errors.add(new ValidationException.Violation("recipients", "message.recipients.none"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return to;
    }

    /** Checks every file against {@link AttachmentPolicy}; all reasons at once, nothing stored if any is refused. */
    private List<AttachmentPolicy.Accepted> checkFiles(List<NewFile> files, List<ValidationException.Violation> more) {
        List<ValidationException.Violation> errors = new ArrayList<>(more);
        List<AttachmentPolicy.Accepted> accepted = AttachmentPolicy.checkAll(files, NewFile::name, NewFile::content, 0, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return accepted;
    }

    /** Stores the accepted files; the one at {@code surveyIndex} (-1: none) is the survey's template or a unit's filled survey. */
    private void storeFiles(long messageId, Long replyId, List<NewFile> files, List<AttachmentPolicy.Accepted> accepted, String login,
                            int surveyIndex) {
        for (int i = 0; i < accepted.size(); i++) {
            byte[] content = files.get(i).content();
            em.createNativeQuery("""
                    insert into message_attachment (id, message_id, reply_id, file_name, media_type, size_bytes, sha256, content, uploaded_by,
                        uploaded_at, survey_template, survey_answer)
                    values (nextval('message_attachment_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now(), ?9, ?10)""")
                    .setParameter(1, messageId).setParameter(2, replyId).setParameter(3, accepted.get(i).fileName())
                    .setParameter(4, accepted.get(i).mediaType()).setParameter(5, (long) content.length)
                    .setParameter(6, pl.edugmina.correspondence.application.InboundStore.sha256(content)).setParameter(7, content)
                    .setParameter(8, login).setParameter(9, i == surveyIndex && replyId == null)
                    .setParameter(10, i == surveyIndex && replyId != null).executeUpdate();
        }
    }

    private List<FileInfo> files(long messageId, Long replyId) {
        var q = em.createNativeQuery("select id, file_name, size_bytes from message_attachment where message_id = ?1 and "
                + (replyId == null ? "reply_id is null" : "reply_id = ?2") + " order by id").setParameter(1, messageId);
        if (replyId != null) {
            q.setParameter(2, replyId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new FileInfo(num(r[0]), (String) r[1], num(r[2]))).toList();
    }

    /**
     * A file of a message or an answer: the department any; a unit's users the message's own files once
     * it reached their unit, and their own unit's answers' files. Audited.
     */
    public File file(long attachmentId) {
        Actor me = actors.current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.message_id, a.reply_id, x.unit_id, a.file_name, a.media_type, a.content
                from message_attachment a left join message_reply x on x.id = a.reply_id where a.id = ?1""")
                .setParameter(1, attachmentId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("attachment", attachmentId);
        }
        Object[] r = rows.get(0);
        long messageId = num(r[0]);
        boolean allowed;
        if (me.canSendMessages()) {
            allowed = true;
        } else if (!me.isUnitUser()) {
            allowed = false;
        } else if (r[1] != null) {
            allowed = me.unitScope().contains(num(r[2])) || num(em.createNativeQuery(
                    "select count(*) from message where id = ?1 and sender_unit_id = any(cast(?2 as bigint[]))")
                    .setParameter(1, messageId).setParameter(2, me.unitScope().toArray(new Long[0])).getSingleResult()) > 0;
        } else {
            allowed = num(em.createNativeQuery("""
                    select count(*) from message m where m.id = ?1 and (m.sender_unit_id = any(cast(?2 as bigint[]))
                        or exists (select 1 from message_recipient r where r.message_id = m.id and r.unit_id = any(cast(?2 as bigint[]))"""
                    + forMe(3, 4) + "))")
                    .setParameter(1, messageId).setParameter(2, me.unitScope().toArray(new Long[0])).setParameter(3, myRoles(me))
                    .setParameter(4, me.login()).getSingleResult()) > 0;
        }
        if (!allowed) {
            throw new NotFoundException("attachment", attachmentId);
        }
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "MessageAttachment", attachmentId, "Pobranie pliku wiadomości " + messageId);
        return new File((String) r[3], (String) r[4], (byte[]) r[5]);
    }

    /**
     * Writes every unit's latest answer (its text and files, named {@code <RSPO>_<short name>_<topic>.<ext>})
     * and a summary sheet of who read and answered when ({@code podsumowanie.xlsx}) as a ZIP to {@code out}.
     * Files are read one at a time. For the department; audited.
     */
    public void writeAnswersZip(long id, java.io.OutputStream out) throws java.io.IOException {
        Actor me = requireSender();
        Tracking t = tracking(id);
        String topic = t.message().subject();
        @SuppressWarnings("unchecked")
        List<Object[]> units = em.createNativeQuery("""
                select r.unit_id, u.rspo_number, coalesce(nullif(u.short_name, ''), u.name),
                       (select x.id from message_reply x where x.message_id = r.message_id and x.unit_id = r.unit_id
                        order by x.created_at desc, x.id desc limit 1)
                from message_recipient r join unit u on u.id = r.unit_id where r.message_id = ?1 order by u.name""")
                .setParameter(1, id).getResultList();
        AnswerFileNames names = new AnswerFileNames();
        java.util.Map<Long, List<String>> filesOf = new java.util.HashMap<>();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            for (Object[] u : units) {
                if (u[3] == null) {
                    continue;
                }
                long unitId = num(u[0]);
                Integer rspo = u[1] == null ? null : ((Number) u[1]).intValue();
                String shortName = (String) u[2];
                long replyId = num(u[3]);
                List<String> written = new ArrayList<>();
                String body = (String) em.createNativeQuery("select body from message_reply where id = ?1").setParameter(1, replyId).getSingleResult();
                String textName = names.next(rspo, shortName, topic, "odpowiedz.txt");
                zip.putNextEntry(new java.util.zip.ZipEntry(textName));
                zip.write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
                written.add(textName);
                @SuppressWarnings("unchecked")
                List<Object[]> files = em.createNativeQuery("select id, file_name from message_attachment where reply_id = ?1 order by id")
                        .setParameter(1, replyId).getResultList();
                for (Object[] f : files) {
                    String name = names.next(rspo, shortName, topic, (String) f[1]);
                    byte[] content = (byte[]) em.createNativeQuery("select content from message_attachment where id = ?1")
                            .setParameter(1, num(f[0])).getSingleResult();
                    zip.putNextEntry(new java.util.zip.ZipEntry(name));
                    zip.write(content);
                    zip.closeEntry();
                    written.add(name);
                }
                filesOf.put(unitId, written);
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("podsumowanie.xlsx"));
            zip.write(summary(t, filesOf));
            zip.closeEntry();
            if (t.message().survey()) {
                zip.putNextEntry(new java.util.zip.ZipEntry("zestawienie.xlsx"));
                writeSurvey(t.message(), zip);
                zip.closeEntry();
            }
            if (t.message().replyForm() != null) {
                zip.putNextEntry(new java.util.zip.ZipEntry("formularz.xlsx"));
                writeForm(t.message(), zip);
                zip.closeEntry();
            }
        }
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "Message", id, "Pobranie wszystkich odpowiedzi (ZIP)");
    }

    /**
     * The survey's answers merged into one workbook: per sheet one block of rows per unit that answered
     * (its latest version), with the unit's RSPO number, name and time of answer. For the department; audited.
     */
    public void writeSurveyWorkbook(long id, java.io.OutputStream out) throws java.io.IOException {
        Actor me = requireSender();
        Message m = message(id);
        if (!m.survey()) {
            throw new NotFoundException("survey", id);
        }
        writeSurvey(m, out);
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "Message", id, "Pobranie zestawienia ankiety (XLSX)");
    }

    /**
     * The answers to the message's form as one workbook (each unit's latest answer: one row per unit, one
     * sheet per table). For the department; audited.
     */
    public void writeFormWorkbook(long id, java.io.OutputStream out) throws java.io.IOException {
        Actor me = requireSender();
        Message m = message(id);
        if (m.replyForm() == null) {
            throw new NotFoundException("form", id);
        }
        writeForm(m, out);
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "Message", id, "Pobranie odpowiedzi z formularza (XLSX)");
    }

    private void writeForm(Message m, java.io.OutputStream out) throws java.io.IOException {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.rspo_number, u.name, x.created_at, cast(x.form_answer as text)
                from message_recipient r join unit u on u.id = r.unit_id
                join lateral (select y.created_at, y.form_answer from message_reply y
                              where y.message_id = r.message_id and y.unit_id = r.unit_id and y.form_answer is not null
                              order by y.created_at desc, y.id desc limit 1) x on true
                where r.message_id = ?1 order by u.name, u.id""").setParameter(1, m.id()).getResultList();
        List<pl.edugmina.messaging.domain.ReplyFormWorkbook.UnitAnswer> answers = rows.stream()
                .map(r -> new pl.edugmina.messaging.domain.ReplyFormWorkbook.UnitAnswer(r[0] == null ? null : ((Number) r[0]).intValue(),
                        (String) r[1], instant(r[2]), json((String) r[3]).asJsonObject())).toList();
        pl.edugmina.messaging.domain.ReplyFormWorkbook.write(m.replyForm(), answers, DeliveryStatus.OFFICE_ZONE, out);
    }

    private void writeSurvey(Message m, java.io.OutputStream out) throws java.io.IOException {
        byte[] template = (byte[]) em.createNativeQuery("select content from message_attachment where id = ?1")
                .setParameter(1, m.surveyTemplateId()).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.rspo_number, u.name, x.created_at, a.content
                from message_recipient r join unit u on u.id = r.unit_id
                join lateral (select y.id, y.created_at from message_reply y
                              where y.message_id = r.message_id and y.unit_id = r.unit_id
                                and exists (select 1 from message_attachment b where b.reply_id = y.id and b.survey_answer)
                              order by y.created_at desc, y.id desc limit 1) x on true
                join message_attachment a on a.reply_id = x.id and a.survey_answer
                where r.message_id = ?1 order by u.name, u.id""").setParameter(1, m.id()).getResultList();
        List<pl.edugmina.messaging.domain.ExcelSurvey.UnitAnswer> answers = rows.stream()
                .map(r -> new pl.edugmina.messaging.domain.ExcelSurvey.UnitAnswer(r[0] == null ? null : ((Number) r[0]).intValue(),
                        (String) r[1], instant(r[2]), (byte[]) r[3])).toList();
        Surveys.merge(template, answers, out);
    }

    private byte[] summary(Tracking t, java.util.Map<Long, List<String>> filesOf) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(bytes, "EduGmina", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Podsumowanie");
        String[] headers = {"RSPO", "Placówka", "Stan", "Pierwsze odczytanie", "Odczytał(a)", "Odpowiedź", "Wersje odpowiedzi", "Przypomnienia", "Pliki w archiwum"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
            ws.style(0, c).bold().set();
        }
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DeliveryStatus.OFFICE_ZONE);
        int r = 1;
        for (TrackingRow u : t.units()) {
            if (u.rspo() != null) {
                ws.value(r, 0, u.rspo());
            }
            ws.value(r, 1, u.unitName());
            ws.value(r, 2, switch (u.status()) {
                case DELIVERED -> "dostarczona";
                case OPENED -> "odczytana";
                case ANSWERED -> "odpowiedziano";
                case OVERDUE -> "po terminie";
            });
            if (u.openedAt() != null) {
                ws.value(r, 3, f.format(u.openedAt()));
                ws.value(r, 4, u.openedBy());
            }
            if (u.answeredAt() != null) {
                ws.value(r, 5, f.format(u.answeredAt()));
            }
            ws.value(r, 6, u.replies());
            ws.value(r, 7, u.reminders());
            ws.value(r, 8, String.join(", ", filesOf.getOrDefault(u.unitId(), List.of())));
            r++;
        }
        wb.finish();
        return bytes.toByteArray();
    }

    static ApprovalChain chain() {
        return ApprovalChain.parse(pl.edugmina.platform.Settings.value("edugmina.message.approval", "EDUGMINA_MESSAGE_APPROVAL",
                ApprovalChain.DEFAULT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whole units, and units reached only through chosen people (unit → their logins). */
    private record Resolved(Set<Long> unitIds, String summary, java.util.Map<Long, Set<String>> onlyLogins) {

        Resolved(Set<Long> unitIds, String summary) {
            this(unitIds, summary, java.util.Map.of());
        }

        boolean isEmpty() {
            return unitIds.isEmpty() && onlyLogins.isEmpty();
        }
    }

    private Resolved resolve(Draft d) {
        Set<Long> units = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        String open = "(u.active_to is null or u.active_to >= current_date)";
        for (Integer type : nz(d.unitTypeIds())) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select u.id from unit u where u.type_id = ?1 and " + open + " order by u.id")
                    .setParameter(1, type).getResultList();
            Object name = em.createNativeQuery("select name_pl from unit_type where id = ?1").setParameter(1, type)
                    .getResultStream().findFirst().orElse(null);
            if (name != null) {
                ids.forEach(n -> units.add(n.longValue()));
                parts.add(name + " (" + ids.size() + ")");
            }
        }
        for (Long group : nz(d.groupIds())) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select u.id from unit_group_member m join unit u on u.id = m.unit_id where m.group_id = ?1 and "
                    + open + " order by u.id").setParameter(1, group).getResultList();
            Object name = em.createNativeQuery("select name from unit_group where id = ?1").setParameter(1, group)
                    .getResultStream().findFirst().orElse(null);
            if (name != null) {
                ids.forEach(n -> units.add(n.longValue()));
                parts.add(name + " (" + ids.size() + ")");
            }
        }
        Set<Long> single = nz(d.unitIds());
        if (!single.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select u.id, u.name from unit u where u.id = any(cast(?1 as bigint[])) and " + open
                    + " order by u.name").setParameter(1, single.toArray(new Long[0])).getResultList();
            for (Object[] r : rows) {
                units.add(((Number) r[0]).longValue());
            }
            if (rows.size() <= 3) {
                rows.forEach(r -> parts.add((String) r[1]));
            } else {
                parts.add("wybrane placówki (" + rows.size() + ")");
            }
        }
        java.util.Map<Long, Set<String>> people = new java.util.TreeMap<>();
        Set<Long> userIds = new LinkedHashSet<>(d.userIds());
        for (Long group : d.userGroupIds()) {
            @SuppressWarnings("unchecked")
            List<Number> members = em.createNativeQuery("select user_id from user_group_member where group_id = ?1").setParameter(1, group).getResultList();
            Object name = em.createNativeQuery("select name from user_group where id = ?1").setParameter(1, group).getResultStream().findFirst().orElse(null);
            if (name != null) {
                members.forEach(n -> userIds.add(n.longValue()));
                parts.add(name + " (" + members.size() + " os.)");
            }
        }
        if (!userIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select a.id, a.unit_id, a.login, a.display_name from app_user a join unit u on u.id = a.unit_id"
                    + " where a.id = any(cast(?1 as bigint[])) and a.enabled and " + open + " order by a.display_name")
                    .setParameter(1, userIds.toArray(new Long[0])).getResultList();
            List<String> chosen = new ArrayList<>();
            for (Object[] r : rows) {
                long unit = num(r[1]);
                if (!units.contains(unit)) {
                    people.computeIfAbsent(unit, k -> new java.util.TreeSet<>()).add((String) r[2]);
                }
                if (d.userIds().contains(num(r[0]))) {
                    chosen.add((String) r[3]);
                }
            }
            if (!chosen.isEmpty()) {
                parts.add(chosen.size() <= 3 ? String.join(", ", chosen) : "wybrane osoby (" + chosen.size() + ")");
            }
        }
        String summary = String.join(", ", parts);
        if (!d.unitRoles().isEmpty()) {
            summary += " — tylko: " + d.unitRoles().stream().sorted().map(r -> switch (r) {
                case UNIT_DIRECTOR -> "dyrektorzy";
                case UNIT_SECRETARY -> "sekretariaty";
                case UNIT_ACCOUNTANT -> "księgowość";
                default -> r.name();
            }).collect(java.util.stream.Collectors.joining(", "));
        }
        return new Resolved(units, summary, people);
    }

    private static <T> Set<T> nz(Set<T> s) {
        return s == null ? Set.of() : s;
    }

    public List<SentRow> sent() {
        requireSender();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.id, m.subject, m.status, m.pending_role, m.sender_login, m.created_at, m.sent_at, m.deadline, m.reply_required,
                       m.recipients_summary, count(r.unit_id), count(r.opened_at), count(r.answered_at),
                       count(r.unit_id) filter (where m.reply_required and r.answered_at is null and m.deadline < ?1)
                from message m left join message_recipient r on r.message_id = m.id
                where m.sender_unit_id is null
                group by m.id order by m.created_at desc, m.id desc limit 500""")
                .setParameter(1, java.sql.Date.valueOf(LocalDate.now(DeliveryStatus.OFFICE_ZONE))).getResultList();
        return rows.stream().map(r -> new SentRow(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], instant(r[5]),
                instant(r[6]), date(r[7]), (Boolean) r[8], (String) r[9], num(r[10]), num(r[11]), num(r[12]), num(r[13]))).toList();
    }

    public Tracking tracking(long id) {
        Message m = message(id);
        requireSenderOf(m);
        LocalDate today = LocalDate.now(DeliveryStatus.OFFICE_ZONE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.unit_id, u.rspo_number, u.name, r.opened_at, r.opened_by, r.answered_at,
                       (select count(*) from message_reply x where x.message_id = r.message_id and x.unit_id = r.unit_id), r.reminders
                from message_recipient r join unit u on u.id = r.unit_id
                where r.message_id = ?1 order by u.name""").setParameter(1, id).getResultList();
        List<TrackingRow> units = rows.stream().map(r -> new TrackingRow(num(r[0]), r[1] == null ? null : ((Number) r[1]).intValue(),
                (String) r[2], DeliveryStatus.of(m.replyRequired(), m.deadline(), instant(r[3]), instant(r[5]), today),
                instant(r[3]), (String) r[4], instant(r[5]), (int) num(r[6]), ((Number) r[7]).intValue())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> stepRows = em.createNativeQuery("select at, actor_login, action, comment from message_step where message_id = ?1 order by at, id")
                .setParameter(1, id).getResultList();
        List<Step> steps = stepRows.stream().map(r -> new Step(instant(r[0]), (String) r[1], (String) r[2], (String) r[3])).toList();
        Actor me = actors.current();
        boolean canApprove = "PENDING".equals(m.status()) && me.has(pl.edugmina.security.Role.valueOf(m.pendingRole()));
        boolean canEdit = "RETURNED".equals(m.status()) && m.sender().equals(me.login());
        return new Tracking(m, units, steps, canApprove, canEdit, files(id, null));
    }

    /** The answers of one unit to a message (all versions), for the sender. */
    public List<Reply> replies(long id, long unitId) {
        requireSenderOf(message(id));
        audit.record(actors.current().login(), AuditAction.VIEW_DOCUMENT, "Message", id, "Odpowiedzi placówki " + unitId);
        return replyRows(id, unitId);
    }

    /**
     * Reminds the units that have not answered: the message shows as unread to their users again and they get a reminder
     * by e-mail. Returns how many units.
     */
    public int remind(long id) {
        Actor me = requireSender();
        Message m = message(id);
        if (!m.replyRequired()) {
            throw new ValidationException(List.of(new ValidationException.Violation("replyRequired", "message.remind.noReply")));
        }
        @SuppressWarnings("unchecked")
        List<Number> late = em.createNativeQuery("""
                update message_recipient set reminders = reminders + 1, reminded_at = now()
                where message_id = ?1 and answered_at is null returning unit_id""").setParameter(1, id).getResultList();
        if (!late.isEmpty()) {
            em.createNativeQuery("""
                    delete from message_read where message_id = ?1 and login in
                      (select a.login from app_user a where a.unit_id = any(cast(?2 as bigint[]))
                       or a.unit_id in (select u.parent_id from unit u where u.id = any(cast(?2 as bigint[]))))""")
                    .setParameter(1, id).setParameter(2, late.stream().map(Number::longValue).toArray(Long[]::new)).executeUpdate();
            notifyByMail(m, late.stream().map(Number::longValue).toList());
        }
        audit.record(me.login(), AuditAction.UPDATE, "Message", id, "Przypomnienie do " + late.size() + " placówek");
        return late.size();
    }

    public void extendDeadline(long id, LocalDate deadline) {
        Actor me = requireSender();
        Message m = message(id);
        if (deadline == null || deadline.isBefore(LocalDate.now(DeliveryStatus.OFFICE_ZONE))
                || (m.deadline() != null && !deadline.isAfter(m.deadline()))) {
            throw new ValidationException(List.of(new ValidationException.Violation("deadline", "message.deadline.extend")));
        }
        em.createNativeQuery("update message set deadline = ?2, version = version + 1 where id = ?1")
                .setParameter(1, id).setParameter(2, java.sql.Date.valueOf(deadline)).executeUpdate();
        audit.record(me.login(), AuditAction.UPDATE, "Message", id, "Termin odpowiedzi: " + m.deadline() + " → " + deadline);
    }

    // ---------------------------------------------------------------- units writing to the department

    /** An answer of the department to a unit's message: a message to that unit (see {@link #answerUnit}). */
    public record AnswerRef(long id, String subject, String status, Instant sentAt) {
    }

    public record FromUnitRow(long id, long unitId, String unitName, String author, String subject, Instant sentAt, boolean unread,
                              Instant deptOpenedAt, String deptOpenedBy, int answers) {
    }

    public record FromUnitView(Message message, String unitName, Instant deptOpenedAt, String deptOpenedBy, List<FileInfo> files,
                               List<AnswerRef> answers) {
    }

    /**
     * A unit writes to the department (no approval: it arrives at once in the department's list "Od placówek").
     * Any user of the unit may write for it; files are checked as for every message.
     */
    public long writeToDepartment(long unitId, String subject, String body, List<NewFile> files) {
        Actor me = requireUnit(unitId);
        List<NewFile> all = files == null ? List.of() : files;
        List<AttachmentPolicy.Accepted> accepted = checkFiles(all, textViolations(subject, body));
        long id = num(em.createNativeQuery("select nextval('message_seq')").getSingleResult());
        em.createNativeQuery("""
                insert into message (id, sender_login, subject, body, reply_required, deadline, recipients_summary, sent_at, status,
                    pending_role, created_at, to_unit_ids, to_type_ids, to_group_ids, sender_unit_id, to_department)
                values (?1, ?2, ?3, ?4, false, null, 'Wydział Oświaty', now(), 'SENT', null, now(), '{}', '{}', '{}', ?5, true)""")
                .setParameter(1, id).setParameter(2, me.login()).setParameter(3, subject.strip()).setParameter(4, body.strip())
                .setParameter(5, unitId).executeUpdate();
        storeFiles(id, null, all, accepted, me.login(), -1);
        step(id, me.login(), "SENT", "do Wydziału Oświaty");
        audit.record(me.login(), AuditAction.CREATE, "Message", id, "Wiadomość placówki " + unitId + " do Wydziału");
        return id;
    }

    static final String UNIT_TO_UNIT = "message.unit-to-unit";

    /**
     * Whether units may write to each other: the administrator's setting ({@link #allowUnitToUnit}), else the
     * configuration {@code EDUGMINA_MESSAGE_UNIT_TO_UNIT} (default no).
     */
    public boolean unitToUnitAllowed() {
        Object v = em.createNativeQuery("select value from app_setting where key = ?1").setParameter(1, UNIT_TO_UNIT)
                .getResultStream().findFirst().orElse(null);
        return Boolean.parseBoolean(v != null ? (String) v
                : Settings.value("edugmina.message.unit-to-unit", "EDUGMINA_MESSAGE_UNIT_TO_UNIT", "false"));
    }

    /** The administrator allows units to write to each other, or stops it (messages already sent stay). Audited. */
    public void allowUnitToUnit(boolean allowed) {
        Actor me = actors.current();
        if (!me.canAdministerUsers()) {
            throw new AccessDeniedException();
        }
        boolean before = unitToUnitAllowed();
        em.createNativeQuery("""
                insert into app_setting (key, value, changed_by, changed_at) values (?1, ?2, ?3, now())
                on conflict (key) do update set value = excluded.value, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .setParameter(1, UNIT_TO_UNIT).setParameter(2, Boolean.toString(allowed)).setParameter(3, me.login()).executeUpdate();
        audit.record(me.login(), AuditAction.UPDATE, "Setting", UNIT_TO_UNIT, "Wiadomości między placówkami: " + (before ? "tak" : "nie") + " → "
                + (allowed ? "tak" : "nie"));
    }

    /**
     * A unit writes to other units, where the administrator allows it: delivered at once (no approval),
     * followed by the writing unit like the department follows its messages (who read, who answered).
     */
    public long writeToUnits(long unitId, String subject, String body, boolean replyRequired, LocalDate deadline, Set<Long> toUnits,
                             List<NewFile> files) {
        Actor me = requireUnit(unitId);
        if (!unitToUnitAllowed()) {
            throw new AccessDeniedException();
        }
        Set<Long> targets = new LinkedHashSet<>(nz(toUnits));
        targets.remove(unitId);
        List<ValidationException.Violation> errors = new ArrayList<>(textViolations(subject, body));
        Draft d = new Draft(subject, body, replyRequired, deadline, targets, Set.of(), Set.of());
        Resolved to = resolve(d);
        if (to.unitIds().isEmpty()) {
            errors.add(new ValidationException.Violation("recipients", "message.recipients.none"));
        }
        LocalDate today = LocalDate.now(DeliveryStatus.OFFICE_ZONE);
        if (deadline != null && deadline.isBefore(today)) {
            errors.add(new ValidationException.Violation("deadline", "message.deadline.past"));
        } else if (replyRequired && deadline == null) {
            errors.add(new ValidationException.Violation("deadline", "message.deadline.required"));
        }
        List<NewFile> all = files == null ? List.of() : files;
        List<AttachmentPolicy.Accepted> accepted = checkFiles(all, errors);
        long id = num(em.createNativeQuery("select nextval('message_seq')").getSingleResult());
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("""
                insert into message (id, sender_login, subject, body, reply_required, deadline, recipients_summary, sent_at, status,
                    pending_role, created_at, to_unit_ids, to_type_ids, to_group_ids, sender_unit_id, to_department)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'SENT', null, ?8, cast(?9 as bigint[]), '{}', '{}', ?10, false)""")
                .setParameter(1, id).setParameter(2, me.login()).setParameter(3, subject.strip()).setParameter(4, body.strip())
                .setParameter(5, replyRequired).setParameter(6, deadline == null ? null : java.sql.Date.valueOf(deadline))
                .setParameter(7, to.summary()).setParameter(8, now).setParameter(9, to.unitIds().toArray(new Long[0]))
                .setParameter(10, unitId).executeUpdate();
        storeFiles(id, null, all, accepted, me.login(), -1);
        em.createNativeQuery("insert into message_recipient (message_id, unit_id, delivered_at) select ?1, u, ?2 from unnest(cast(?3 as bigint[])) as u")
                .setParameter(1, id).setParameter(2, now).setParameter(3, to.unitIds().toArray(new Long[0])).executeUpdate();
        step(id, me.login(), "SENT", to.unitIds().size() + " placówek");
        audit.record(me.login(), AuditAction.CREATE, "Message", id, "Wiadomość placówki " + unitId + " do " + to.unitIds().size() + " placówek");
        notifyByMail(message(id));
        return id;
    }

    private static List<ValidationException.Violation> textViolations(String subject, String body) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            errors.add(new ValidationException.Violation("subject", "validation.required"));
        } else if (subject.strip().length() > MAX_SUBJECT) {
            errors.add(new ValidationException.Violation("subject", "validation.tooLong", MAX_SUBJECT));
        }
        if (body == null || body.isBlank()) {
            errors.add(new ValidationException.Violation("body", "validation.required"));
        } else if (body.strip().length() > MAX_BODY) {
            errors.add(new ValidationException.Violation("body", "validation.tooLong", MAX_BODY));
        }
        return errors;
    }

    /** What the units wrote to the department, newest first; {@code q} searches subject, text and the unit's name. */
    public List<FromUnitRow> fromUnits(String q) {
        Actor me = requireSender();
        String filter = q == null || q.isBlank() ? "" : " and (m.subject ilike ?2 or m.body ilike ?2 or u.name ilike ?2)";
        var query = em.createNativeQuery("""
                select m.id, m.sender_unit_id, u.name, m.sender_login, m.subject, m.sent_at,
                       not exists (select 1 from message_read x where x.message_id = m.id and x.login = ?1), m.dept_opened_at, m.dept_opened_by,
                       (select count(*) from message a where a.in_reply_to = m.id)
                from message m join unit u on u.id = m.sender_unit_id
                where m.to_department""" + filter + " order by m.sent_at desc, m.id desc limit 500").setParameter(1, me.login());
        if (!filter.isEmpty()) {
            query.setParameter(2, "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new FromUnitRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], instant(r[5]),
                (Boolean) r[6], instant(r[7]), (String) r[8], (int) num(r[9]))).toList();
    }

    /** Unread messages from units for the calling department user. */
    public long unreadFromUnits() {
        Actor me = actors.current();
        if (!me.canSendMessages()) {
            return 0;
        }
        return num(em.createNativeQuery("""
                select count(*) from message m where m.to_department
                  and not exists (select 1 from message_read x where x.message_id = m.id and x.login = ?1)""")
                .setParameter(1, me.login()).getSingleResult());
    }

    /** The department opens a unit's message: read by the caller, the department's first reading recorded; audited. */
    public FromUnitView openFromUnit(long id) {
        Actor me = requireSender();
        Message m = message(id);
        if (!m.toDepartment()) {
            throw new NotFoundException("message", id);
        }
        em.createNativeQuery("update message set dept_opened_at = coalesce(dept_opened_at, now()), dept_opened_by = coalesce(dept_opened_by, ?2) where id = ?1")
                .setParameter(1, id).setParameter(2, me.login()).executeUpdate();
        em.createNativeQuery("insert into message_read (message_id, login, read_at) values (?1, ?2, now()) on conflict do nothing")
                .setParameter(1, id).setParameter(2, me.login()).executeUpdate();
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "Message", id, "Odczytanie wiadomości placówki " + m.senderUnitId());
        Object[] r = (Object[]) em.createNativeQuery("select u.name, m.dept_opened_at, m.dept_opened_by from message m join unit u on u.id = m.sender_unit_id where m.id = ?1")
                .setParameter(1, id).getSingleResult();
        return new FromUnitView(m, (String) r[0], instant(r[1]), (String) r[2], files(id, null), answers(id));
    }

    private List<AnswerRef> answers(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, subject, status, sent_at from message where in_reply_to = ?1 order by created_at, id")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new AnswerRef(num(r[0]), (String) r[1], (String) r[2], instant(r[3]))).toList();
    }

    /**
     * The department answers a unit's message: a message to that unit only (through the approval chain like
     * any other), linked to the question. Returns the answer's id.
     */
    public long answerUnit(long originalId, Draft d, List<NewFile> files) {
        requireSender();
        Message original = message(originalId);
        if (!original.toDepartment()) {
            throw new NotFoundException("message", originalId);
        }
        Draft toUnit = new Draft(d.subject(), d.body(), d.replyRequired(), d.deadline(), Set.of(original.senderUnitId()), Set.of(), Set.of(),
                d.replyForm(), d.unitRoles(), null, null, d.bodyHtml());
        long id = send(toUnit, files);
        em.createNativeQuery("update message set in_reply_to = ?2 where id = ?1").setParameter(1, id).setParameter(2, originalId).executeUpdate();
        return id;
    }

    /**
     * What a unit wrote: to the department (read there by whom and when, the department's answers) or to
     * other units (how many read and answered).
     */
    public record WrittenRow(long id, long unitId, String unitName, String author, String subject, Instant sentAt, boolean toDepartment,
                             String recipients, Instant deptOpenedAt, String deptOpenedBy, int answers, int units, int opened, int answered) {
    }

    /** What the caller's units wrote, newest first. */
    public List<WrittenRow> writtenByMyUnits() {
        Actor me = requireUnitUser();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.id, m.sender_unit_id, u.name, m.sender_login, m.subject, m.sent_at, m.to_department, m.recipients_summary,
                       m.dept_opened_at, m.dept_opened_by,
                       (select count(*) from message a where a.in_reply_to = m.id and a.status = 'SENT'),
                       (select count(*) from message_recipient r where r.message_id = m.id),
                       (select count(r.opened_at) from message_recipient r where r.message_id = m.id),
                       (select count(r.answered_at) from message_recipient r where r.message_id = m.id)
                from message m join unit u on u.id = m.sender_unit_id
                where m.sender_unit_id = any(cast(?1 as bigint[]))
                order by m.sent_at desc, m.id desc limit 500""").setParameter(1, me.unitScope().toArray(new Long[0])).getResultList();
        return rows.stream().map(r -> new WrittenRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], instant(r[5]),
                (Boolean) r[6], (String) r[7], instant(r[8]), (String) r[9], (int) num(r[10]), (int) num(r[11]), (int) num(r[12]),
                (int) num(r[13]))).toList();
    }

    // ---------------------------------------------------------------- the units

    /** Messages to the caller's units, newest first; {@code q} searches subject and text. */
    public List<InboxRow> inbox(String q) {
        return inbox(q, false);
    }

    /** The inbox, or with {@code archived} the messages the caller archived. */
    public List<InboxRow> inbox(String q, boolean archived) {
        Actor me = requireUnitUser();
        LocalDate today = LocalDate.now(DeliveryStatus.OFFICE_ZONE);
        String filter = (q == null || q.isBlank() ? "" : " and (m.subject ilike ?4 or m.body ilike ?4)") + forMe(3, 2)
                + " and " + (archived ? "" : "not ") + "exists (select 1 from message_archive a where a.message_id = m.id and a.login = ?2)";
        var query = em.createNativeQuery("""
                select m.id, r.unit_id, u.name, m.subject, m.sent_at, m.deadline, m.reply_required,
                       not exists (select 1 from message_read x where x.message_id = m.id and x.login = ?2), r.opened_at, r.answered_at, r.reminders
                from message_recipient r join message m on m.id = r.message_id join unit u on u.id = r.unit_id
                where r.unit_id = any(cast(?1 as bigint[]))""" + filter + " order by m.sent_at desc, u.name limit 500")
                .setParameter(1, me.unitScope().toArray(new Long[0])).setParameter(2, me.login()).setParameter(3, myRoles(me));
        if (q != null && !q.isBlank()) {
            query.setParameter(4, "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new InboxRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], instant(r[4]), date(r[5]),
                (Boolean) r[6], (Boolean) r[7], DeliveryStatus.of((Boolean) r[6], date(r[5]), instant(r[8]), instant(r[9]), today),
                ((Number) r[10]).intValue())).toList();
    }

    public long unreadCount() {
        Actor me = actors.current();
        if (!me.isUnitUser()) {
            return 0;
        }
        return num(em.createNativeQuery("""
                select count(distinct r.message_id) from message_recipient r join message m on m.id = r.message_id
                where r.unit_id = any(cast(?1 as bigint[]))
                  and not exists (select 1 from message_read x where x.message_id = r.message_id and x.login = ?2)""" + forMe(3, 2))
                .setParameter(1, me.unitScope().toArray(new Long[0])).setParameter(2, me.login()).setParameter(3, myRoles(me))
                .getSingleResult());
    }

    /** Moves a message out of the caller's inbox into their archive (it counts as read), or back. */
    public void archive(long id, boolean archived) {
        Actor me = requireUnitUser();
        long visible = num(em.createNativeQuery("select count(*) from message_recipient r join message m on m.id = r.message_id"
                        + " where r.message_id = ?1 and r.unit_id = any(cast(?2 as bigint[]))" + forMe(3, 4))
                .setParameter(1, id).setParameter(2, me.unitScope().toArray(new Long[0])).setParameter(3, myRoles(me))
                .setParameter(4, me.login()).getSingleResult());
        if (visible == 0) {
            throw new NotFoundException("message", id);
        }
        if (archived) {
            em.createNativeQuery("insert into message_archive (message_id, login, archived_at) values (?1, ?2, now()) on conflict do nothing")
                    .setParameter(1, id).setParameter(2, me.login()).executeUpdate();
            em.createNativeQuery("insert into message_read (message_id, login, read_at) values (?1, ?2, now()) on conflict do nothing")
                    .setParameter(1, id).setParameter(2, me.login()).executeUpdate();
        } else {
            em.createNativeQuery("delete from message_archive where message_id = ?1 and login = ?2")
                    .setParameter(1, id).setParameter(2, me.login()).executeUpdate();
        }
    }

    /** Opens the message for {@code unitId}: read by the caller; the unit's first opening is recorded (who, when). */
    public UnitView open(long id, long unitId) {
        Actor me = requireUnit(unitId);
        Message m = message(id);
        if (!reaches(id, unitId, me)) {
            throw new NotFoundException("message", id);
        }
        int updated = em.createNativeQuery("""
                update message_recipient set opened_at = coalesce(opened_at, now()), opened_by = coalesce(opened_by, ?3)
                where message_id = ?1 and unit_id = ?2""").setParameter(1, id).setParameter(2, unitId).setParameter(3, me.login())
                .executeUpdate();
        if (updated == 0) {
            throw new NotFoundException("message", id);
        }
        em.createNativeQuery("insert into message_read (message_id, login, read_at) values (?1, ?2, now()) on conflict do nothing")
                .setParameter(1, id).setParameter(2, me.login()).executeUpdate();
        return unitView(m, unitId);
    }

    /** Answers for {@code unitId}; a unit may answer again (a correction): every version is kept, late ones flagged. */
    public long reply(long id, long unitId, String body) {
        return reply(id, unitId, body, List.of());
    }

    public long reply(long id, long unitId, String body, List<NewFile> files) {
        return reply(id, unitId, body, files, null);
    }

    /**
     * Answers for {@code unitId} with text, files and, when the message has a form, the filled-in form
     * ({@code form}, checked field by field; nothing is stored while any field is wrong).
     */
    public long reply(long id, long unitId, String body, List<NewFile> files, jakarta.json.JsonObject form) {
        Actor me = requireUnit(unitId);
        Message m = message(id);
        if (!reaches(id, unitId, me)) {
            throw new NotFoundException("message", id);
        }
        jakarta.json.JsonObject formAnswer = null;
        if (m.replyForm() != null) {
            ReplyForm.Checked checked = m.replyForm().check(form == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : form);
            if (!checked.ok()) {
                throw new ValidationException(checked.problems().stream().map(p -> new ValidationException.Violation(
                        p.row() == null ? "form:" + p.field() : "form:" + p.field() + ":" + p.row() + ":" + p.column(),
                        "message.form.problem", p.describe(m.replyForm()))).toList());
            }
            formAnswer = checked.answer();
        }
        List<NewFile> all = files == null ? List.of() : files;
        List<ValidationException.Violation> surveyErrors = new ArrayList<>();
        int surveyIndex = -1;
        if (m.survey()) {
            List<Integer> workbooks = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (Surveys.isWorkbookName(all.get(i).name())) {
                    workbooks.add(i);
                }
            }
            if (workbooks.size() != 1) {
                surveyErrors.add(new ValidationException.Violation("files",
                        workbooks.isEmpty() ? "message.survey.answer.missing" : "message.survey.answer.tooMany"));
            } else {
                surveyIndex = workbooks.get(0);
                byte[] template = (byte[]) em.createNativeQuery("select content from message_attachment where id = ?1")
                        .setParameter(1, m.surveyTemplateId()).getSingleResult();
                Surveys.checkAnswer(template, all.get(surveyIndex)).ifPresent(reason ->
                        surveyErrors.add(new ValidationException.Violation("files", "message.survey.answer.structure", reason)));
            }
        }
        List<AttachmentPolicy.Accepted> accepted = checkFiles(all, surveyErrors);
        if (body == null || body.isBlank()) {
            if (!m.survey() && formAnswer == null) {
                throw new ValidationException(List.of(new ValidationException.Violation("reply", "validation.required")));
            }
            body = "";
        }
        if (body.strip().length() > MAX_BODY) {
            throw new ValidationException(List.of(new ValidationException.Violation("reply", "validation.tooLong", MAX_BODY)));
        }
        Instant now = Instant.now();
        long replyId = num(em.createNativeQuery("select nextval('message_reply_seq')").getSingleResult());
        int n = em.createNativeQuery("""
                insert into message_reply (id, message_id, unit_id, author_login, body, created_at, late, form_answer)
                select ?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb)
                where exists (select 1 from message_recipient where message_id = ?2 and unit_id = ?3)""")
                .setParameter(1, replyId).setParameter(2, id).setParameter(3, unitId).setParameter(4, me.login())
                .setParameter(5, body.strip()).setParameter(6, Timestamp.from(now)).setParameter(7, DeliveryStatus.isLate(m.deadline(), now))
                .setParameter(8, formAnswer == null ? null : formAnswer.toString())
                .executeUpdate();
        if (n == 0) {
            throw new NotFoundException("message", id);
        }
        storeFiles(id, replyId, all, accepted, me.login(), surveyIndex);
        em.createNativeQuery("""
                update message_recipient set answered_at = coalesce(answered_at, ?3), answered_by = coalesce(answered_by, ?4),
                       opened_at = coalesce(opened_at, ?3), opened_by = coalesce(opened_by, ?4)
                where message_id = ?1 and unit_id = ?2""")
                .setParameter(1, id).setParameter(2, unitId).setParameter(3, Timestamp.from(now)).setParameter(4, me.login()).executeUpdate();
        audit.record(me.login(), AuditAction.CREATE, "MessageReply", replyId, "Odpowiedź placówki " + unitId + " na wiadomość " + id);
        return replyId;
    }

    private UnitView unitView(Message m, long unitId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select u.name, r.opened_at, r.answered_at from message_recipient r join unit u on u.id = r.unit_id
                where r.message_id = ?1 and r.unit_id = ?2""").setParameter(1, m.id()).setParameter(2, unitId).getSingleResult();
        DeliveryStatus status = DeliveryStatus.of(m.replyRequired(), m.deadline(), instant(r[1]), instant(r[2]),
                LocalDate.now(DeliveryStatus.OFFICE_ZONE));
        return new UnitView(m, unitId, (String) r[0], status, replyRows(m.id(), unitId), files(m.id(), null));
    }

    private List<Reply> replyRows(long id, long unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, unit_id, author_login, body, created_at, late, cast(form_answer as text) from message_reply
                where message_id = ?1 and unit_id = ?2 order by created_at, id""").setParameter(1, id).setParameter(2, unitId).getResultList();
        return rows.stream().map(r -> new Reply(num(r[0]), num(r[1]), (String) r[2], (String) r[3], instant(r[4]), (Boolean) r[5],
                files(id, num(r[0])), r[6] == null ? null : json((String) r[6]).asJsonObject())).toList();
    }

    private Message message(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, sender_login, subject, body, reply_required, deadline, sent_at, recipients_summary, status, pending_role,
                       to_unit_ids, to_type_ids, to_group_ids,
                       (select a.id from message_attachment a where a.message_id = message.id and a.survey_template),
                       cast(reply_form as text), to_roles, sender_unit_id, to_department, in_reply_to, to_user_ids, to_user_group_ids,
                       body_html
                from message where id = ?1""")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("message", id);
        }
        Object[] r = rows.get(0);
        return new Message(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4], date(r[5]), instant(r[6]), (String) r[7],
                (String) r[8], (String) r[9], longs(r[10]), ints(r[11]), longs(r[12]), r[13] == null ? null : num(r[13]),
                r[14] == null ? null : ReplyForm.parse(json((String) r[14]).asJsonArray()), roles(r[15]),
                r[16] == null ? null : num(r[16]), (Boolean) r[17], r[18] == null ? null : num(r[18]), longs(r[19]), longs(r[20]),
                (String) r[21]);
    }

    private Actor requireSender() {
        Actor me = actors.current();
        if (!me.canSendMessages()) {
            throw new AccessDeniedException();
        }
        return me;
    }

    /** The department, or for a message a unit wrote to other units, that unit's users. */
    private Actor requireSenderOf(Message m) {
        Actor me = actors.current();
        if (me.canSendMessages() || (m.senderUnitId() != null && !m.toDepartment() && me.isUnitUser()
                && me.unitScope().contains(m.senderUnitId()))) {
            return me;
        }
        throw new AccessDeniedException();
    }

    private Actor requireUnitUser() {
        Actor me = actors.current();
        if (!me.isUnitUser()) {
            throw new AccessDeniedException();
        }
        return me;
    }

    /** A unit user acting for one of their units; any other unit is "not found" (its messages are not theirs to know). */
    private Actor requireUnit(long unitId) {
        Actor me = requireUnitUser();
        if (!me.canAnswerMessagesOf(unitId)) {
            throw new NotFoundException("message", unitId);
        }
        return me;
    }

    private static Object[] elements(Object array) {
        try {
            return array instanceof java.sql.Array sql ? (Object[]) sql.getArray() : (Object[]) array;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Long> longs(Object array) {
        Set<Long> out = new LinkedHashSet<>();
        Object[] a = elements(array);
        if (a != null) {
            for (Object o : a) {
                out.add(((Number) o).longValue());
            }
        }
        return out;
    }

    private static Set<Integer> ints(Object array) {
        Set<Integer> out = new LinkedHashSet<>();
        Object[] a = elements(array);
        if (a != null) {
            for (Object o : a) {
                out.add(((Number) o).intValue());
            }
        }
        return out;
    }

    private static jakarta.json.JsonValue json(String text) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return reader.readValue();
        }
    }

    /** The roles as a text[] parameter; null for "everyone at the unit". */
    private static String[] roleNames(Set<pl.edugmina.security.Role> roles) {
        return roles == null || roles.isEmpty() ? null : roles.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Set<pl.edugmina.security.Role> roles(Object array) {
        Object[] a = elements(array);
        Set<pl.edugmina.security.Role> out = java.util.EnumSet.noneOf(pl.edugmina.security.Role.class);
        if (a != null) {
            for (Object o : a) {
                out.add(pl.edugmina.security.Role.valueOf((String) o));
            }
        }
        return out;
    }

    /**
     * SQL: the delivery {@code r} of message {@code m} is for the caller: the whole unit (or the caller's roles when
     * the message names roles), or the caller among the chosen people; the roles and login are parameters {@code roles}, {@code login}.
     */
    private static String forMe(int roles, int login) {
        return " and ((r.only_logins is null and (m.to_roles is null or m.to_roles && cast(?" + roles + " as text[])))"
                + " or ?" + login + " = any(r.only_logins))";
    }

    /** Whether the message's delivery to {@code unitId} is for the caller (see {@link #forMe}). */
    private boolean reaches(long messageId, long unitId, Actor me) {
        return num(em.createNativeQuery("select count(*) from message_recipient r join message m on m.id = r.message_id"
                        + " where r.message_id = ?1 and r.unit_id = ?2" + forMe(3, 4))
                .setParameter(1, messageId).setParameter(2, unitId).setParameter(3, myRoles(me)).setParameter(4, me.login())
                .getSingleResult()) > 0;
    }

    private static String[] myRoles(Actor me) {
        return me.roles().stream().map(Enum::name).toArray(String[]::new);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
