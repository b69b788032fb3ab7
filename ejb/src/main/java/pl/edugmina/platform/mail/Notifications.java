package pl.edugmina.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.logging.Logger;

/**
 * E-mail notifications through an outbox, never sent inside the business transaction.
 * {@link #queue} records the mail in {@code mail_notification} (status QUEUED) and puts a persistent JMS
 * message on the queue {@code edugmina.mail}, both in the caller's transaction: the JMS context is the
 * container's, enlisted in JTA, so the message exists for the sender only when the business transaction
 * commits, and a rolled-back transaction leaves neither the row nor the message. The sender
 * ({@code pl.edugmina.integration.mail.MailSender}, a message-driven bean) sends it afterwards and marks
 * the row SENT or FAILED.
 *
 * <p>The text travels only in the JMS message (it stays in the dead-letter queue when the mail fails, so
 * it can be replayed); the table keeps the address, the subject and the delivery state.
 *
 * <p>Work run through {@link #withheld} queues nothing: the demo content loaded at start-up sends messages to
 * units whose users have fictional addresses, and no configuration should ever mail them.
 */
@Stateless
public class Notifications {

    /** The queue the mails wait on (30-messaging.cli). */
    public static final String QUEUE = "java:/jms/queue/edugmina/mail";
    /** JMS property with the id of the {@code mail_notification} row; the body is the mail's text. */
    public static final String ID_PROPERTY = "notificationId";
    /** Longest text accepted. Notifications are short: a sentence and a link, never a document. */
    public static final int MAX_TEXT = 20_000;

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JMSContext jms;

    @Resource(lookup = QUEUE)
    private Queue queue;

    /** How many mails were withheld so far in this thread's {@link #withheld} work; null: mail goes out. */
    private static final ThreadLocal<int[]> WITHHELD = new ThreadLocal<>();

    /**
     * Runs {@code work} in this thread with every notification withheld: {@link #queue} checks its arguments as
     * always, then records and sends nothing. Returns how many were withheld. For data the system loads itself
     * (the demo content), whose recipients are not real people.
     */
    public static int withheld(Runnable work) {
        int[] outer = WITHHELD.get();
        int[] count = {0};
        WITHHELD.set(count);
        try {
            work.run();
            return count[0];
        } finally {
            if (outer == null) {
                WITHHELD.remove();
            } else {
                outer[0] += count[0];
                WITHHELD.set(outer);
            }
        }
    }

    /**
     * Queues a plain-text e-mail to {@code to} in the caller's transaction (there must be one) and returns the id of
     * its {@code mail_notification} row. Callers check the address first with {@link MailFormat#isDeliverable}
     * (an address from a user's profile may be missing or wrong): an unusable address, an empty subject or text
     * is a programming error here and fails the caller's transaction. Inside {@link #withheld} work nothing is
     * queued and the answer is -1.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long queue(String to, String subject, String text) {
        if (!MailFormat.isDeliverable(to)) {
            throw new IllegalArgumentException("not a deliverable e-mail address: " + MailFormat.mask(to));
        }
        String address = MailFormat.normalize(to);
        String line = MailFormat.subjectLine(subject);
        if (line.isEmpty()) {
            throw new IllegalArgumentException("an e-mail needs a subject");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an e-mail needs a text");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("an e-mail notification has at most " + MAX_TEXT + " characters, not " + text.length());
        }
        int[] withheld = WITHHELD.get();
        if (withheld != null) {
            withheld[0]++;
            LOG.fine(() -> "EDU-MAIL-002 mail withheld (system data) for " + MailFormat.mask(address));
            return -1;
        }
        long id = ((Number) em.createNativeQuery("select nextval('mail_notification_seq')").getSingleResult()).longValue();
        em.createNativeQuery("insert into mail_notification (id, recipient, subject, status, attempts, queued_at) values (?1, ?2, ?3, 'QUEUED', 0, now())")
                .setParameter(1, id).setParameter(2, address).setParameter(3, line).executeUpdate();
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(ID_PROPERTY, id)
                .send(queue, text);
        LOG.fine(() -> "EDU-MAIL-001 mail " + id + " queued for " + MailFormat.mask(address));
        return id;
    }
}
