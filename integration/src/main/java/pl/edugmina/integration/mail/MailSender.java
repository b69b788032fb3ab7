package pl.edugmina.integration.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import pl.edugmina.platform.Settings;
import pl.edugmina.platform.mail.MailFormat;
import pl.edugmina.platform.mail.MailOutbox;
import pl.edugmina.platform.mail.Notifications;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mails queued by {@link Notifications} (queue {@code edugmina.mail}) with Jakarta Mail through the
 * server's mail session {@code java:jboss/mail/EduGmina}, after the business transaction has committed.
 *
 * <ul>
 *   <li>Sent: the row becomes SENT in this transaction, committed with the acknowledgement of the JMS message.</li>
 *   <li>Transient failure (no connection, time-out, SMTP 4xx): the attempt and its reason are recorded in a
 *       transaction of their own, this one is rolled back, and the broker delivers the message again after the
 *       queue's back-off (30-messaging.cli). On the last attempt ({@code JMSXDeliveryCount} reaches
 *       {@link Settings#mailMaxAttempts()}) the row becomes FAILED with the reason and the broker moves the
 *       message (with its text) to the dead-letter queue {@code edugmina.dlq}, from where it can be replayed.</li>
 *   <li>Permanent refusal (SMTP 5xx, e.g. no such mailbox): FAILED at once with the reason, not retried.</li>
 * </ul>
 * A mail already SENT is not sent again (a repeated delivery after a crash between sending and committing can
 * still send it twice: at least once, never silently lost). Logs carry the row id and a masked address, never
 * the text.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Notifications.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class MailSender implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final String SESSION = "java:jboss/mail/EduGmina";

    @Resource(lookup = SESSION)
    private Session session;

    @Resource
    private MessageDrivenContext context;

    @EJB
    private MailOutbox outbox;

    @Override
    public void onMessage(Message message) {
        long id;
        int attempt;
        String text;
        try {
            if (!message.propertyExists(Notifications.ID_PROPERTY) || !(message instanceof TextMessage tm)) {
                LOG.warning(() -> "EDU-MAIL-030 not an e-mail notification, dropped: " + describe(message));
                return;
            }
            id = message.getLongProperty(Notifications.ID_PROPERTY);
            attempt = deliveryCount(message);
            text = tm.getText();
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "EDU-MAIL-030 unreadable JMS message, dropped", e);
            return;
        }
        Optional<MailOutbox.Pending> pending = outbox.forSending(id);
        if (pending.isEmpty()) {
            LOG.warning(() -> "EDU-MAIL-031 mail " + id + " has no record, dropped");
            return;
        }
        MailOutbox.Pending mail = pending.get();
        if ("SENT".equals(mail.status())) {
            LOG.info(() -> "EDU-MAIL-032 mail " + id + " was sent already, not sent again");
            return;
        }
        int max = Settings.mailMaxAttempts();
        try {
            send(mail, text);
        } catch (MessagingException | RuntimeException e) {
            String reason = SmtpFailures.reason(e);
            if (SmtpFailures.isPermanent(e)) {
                outbox.attemptFailed(id, attempt, reason, true);
                LOG.warning(() -> "EDU-MAIL-022 mail " + id + " to " + MailFormat.mask(mail.recipient()) + " refused, not retried: "
                        + MailFormat.maskAddresses(reason));
                return;
            }
            boolean last = attempt >= max;
            outbox.attemptFailed(id, attempt, reason, last);
            if (last) {
                LOG.warning(() -> "EDU-MAIL-023 mail " + id + " to " + MailFormat.mask(mail.recipient()) + " failed " + attempt
                        + " times, given up (message in edugmina.dlq): " + MailFormat.maskAddresses(reason));
            } else {
                LOG.warning(() -> "EDU-MAIL-021 mail " + id + " to " + MailFormat.mask(mail.recipient()) + " not sent (attempt " + attempt
                        + " of " + max + "), will retry: " + MailFormat.maskAddresses(reason));
            }
            // the broker delivers again after the back-off, or moves the message to the dead-letter queue
            context.setRollbackOnly();
            return;
        }
        outbox.sent(id, attempt);
        LOG.info(() -> "EDU-MAIL-020 mail " + id + " sent to " + MailFormat.mask(mail.recipient()) + " (attempt " + attempt + ")");
    }

    private void send(MailOutbox.Pending mail, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(); // mail.from of the session: EDUGMINA_MAIL_FROM
        m.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setText(text, StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        // RFC 3834: an automatic message; out-of-office replies should not answer it
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setHeader("X-EduGmina-Notification", String.valueOf(mail.id()));
        Transport.send(m);
    }

    /** Which delivery of the message this is: 1 the first (the broker counts; JMS 2.0 requires JMSXDeliveryCount). */
    static int deliveryCount(Message m) {
        try {
            return Math.max(1, m.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }

    private static String describe(Message m) {
        try {
            return m.getClass().getSimpleName() + " " + m.getJMSMessageID();
        } catch (JMSException e) {
            return m.getClass().getSimpleName();
        }
    }
}
