package pl.edugmina.platform.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.platform.Settings;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * The record of e-mail notifications ({@code mail_notification}): the sender's state changes (sent, an
 * attempt failed, given up) and the administrator's view of what was sent and what failed, with a test
 * mail to check the SMTP set-up.
 */
@Stateless
public class MailOutbox {

    public static final Set<String> STATUSES = Set.of("QUEUED", "SENT", "FAILED");

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @EJB
    private Notifications notifications;

    /** What the sender needs of a queued mail (the text comes with the JMS message). */
    public record Pending(long id, String recipient, String subject, String status, int attempts) {
    }

    /** One mail as the administrator sees it. */
    public record Row(long id, String recipient, String subject, String status, int attempts, String lastError,
                      Instant queuedAt, Instant lastAttemptAt, Instant sentAt, Instant failedAt) {
    }

    // ---------------------------------------------------------------- the sender

    /** The mail {@code id} as recorded, in the sender's transaction; empty when there is no such row. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Pending> forSending(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, recipient, subject, status, attempts from mail_notification where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst()
                .map(r -> new Pending(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue()));
    }

    /** Sent on delivery {@code attempt}: in the sender's transaction, committed with the JMS acknowledgement. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void sent(long id, int attempt) {
        em.createNativeQuery("""
                update mail_notification set status = 'SENT', attempts = greatest(attempts, ?2), sent_at = now(), last_attempt_at = now(),
                    failed_at = null
                where id = ?1""").setParameter(1, id).setParameter(2, attempt).executeUpdate();
    }

    /**
     * Delivery {@code attempt} failed with {@code reason}. In its own transaction: the sender's rolls back (so the
     * broker delivers again), and this record must stay. {@code givenUp}: no more attempts, the row becomes FAILED;
     * otherwise it is QUEUED (again, when a FAILED mail was moved back from the dead-letter queue).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attemptFailed(long id, int attempt, String reason, boolean givenUp) {
        em.createNativeQuery("""
                update mail_notification set attempts = greatest(attempts, ?2), last_error = ?3, last_attempt_at = now(),
                    status = case when ?4 then 'FAILED' else 'QUEUED' end,
                    failed_at = case when ?4 then now() else null end
                where id = ?1 and status <> 'SENT'""")
                .setParameter(1, id).setParameter(2, attempt).setParameter(3, MailFormat.reason(reason)).setParameter(4, givenUp)
                .executeUpdate();
    }

    // ---------------------------------------------------------------- the administrator

    /** The newest mails, of one status or all, optionally those whose address contains {@code recipient}. */
    public List<Row> list(String status, String recipient, int limit) {
        requireAdmin();
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        if (s != null && !STATUSES.contains(s)) {
            throw new ValidationException(List.of(new ValidationException.Violation("status", "mail.status.unknown")));
        }
        String r = recipient == null || recipient.isBlank() ? null : recipient.strip().toLowerCase(java.util.Locale.ROOT);
        String where = (s == null ? "" : " and status = :status") + (r == null ? "" : " and strpos(lower(recipient), :recipient) > 0");
        var q = em.createNativeQuery("""
                select id, recipient, subject, status, attempts, last_error, queued_at, last_attempt_at, sent_at, failed_at
                from mail_notification where true""" + where + " order by queued_at desc, id desc")
                .setMaxResults(Math.max(1, Math.min(limit, 1000)));
        if (s != null) {
            q.setParameter("status", s);
        }
        if (r != null) {
            q.setParameter("recipient", r);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(x -> new Row(((Number) x[0]).longValue(), (String) x[1], (String) x[2], (String) x[3],
                ((Number) x[4]).intValue(), (String) x[5], instant(x[6]), instant(x[7]), instant(x[8]), instant(x[9]))).toList();
    }

    /** Queues a short test mail to {@code to} (checks the SMTP set-up end to end); returns its id. Audited. */
    public long sendTest(String to) {
        Actor me = requireAdmin();
        if (!MailFormat.isDeliverable(to)) {
            throw new ValidationException(List.of(new ValidationException.Violation("to", "validation.email")));
        }
        long id = notifications.queue(to, "EduGmina: wiadomość próbna", """
                To jest wiadomość próbna z systemu EduGmina: wysyłanie powiadomień e-mail działa.
                Wysłał ją administrator %s.

                %s
                """.formatted(me.login(), Settings.publicUrl() + "/"));
        audit.record(me.login(), AuditAction.CREATE, "MailNotification", id, "Wiadomość próbna do " + MailFormat.mask(to));
        LOG.info(() -> "EDU-MAIL-010 test mail " + id + " queued by " + me.login() + " for " + MailFormat.mask(to));
        return id;
    }

    private Actor requireAdmin() {
        Actor me = actors.current();
        if (!me.canAdministerMail()) {
            throw new AccessDeniedException();
        }
        return me;
    }
}
