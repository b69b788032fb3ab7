package pl.edugmina.simulator.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sink against Jakarta Mail's own SMTP client (Angus Mail, as the server ships it) and against a raw socket. */
class SmtpSinkTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private MailBox box;
    private SmtpSink sink;

    @BeforeEach
    void start() throws IOException {
        box = new MailBox(100, 10 * 1024 * 1024, Clock.systemUTC());
        sink = SmtpSink.start(LOOPBACK, 0, new SmtpSink.Limits(64 * 1024, 5, 4, 5_000), box, Thread::new);
    }

    @AfterEach
    void stop() throws IOException {
        sink.close();
    }

    private Session session() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", LOOPBACK.getHostAddress());
        p.setProperty("mail.smtp.port", String.valueOf(sink.port()));
        p.setProperty("mail.smtp.connectiontimeout", "5000");
        p.setProperty("mail.smtp.timeout", "5000");
        p.setProperty("mail.from", "edugmina@lublin.example");
        return Session.getInstance(p);
    }

    private MimeMessage mail(String to, String subject, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(session());
        m.setFrom();
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        return m;
    }

    @Test
    void aMailFromJakartaMailArrivesWithItsSubjectTextAndEnvelope() throws Exception {
        String text = "Dzień dobry,\n\nWydział Oświaty przesłał nową wiadomość: zażółć gęślą jaźń.\nhttp://localhost:8080/messages/message.xhtml?id=1&unit=2\n";
        Transport.send(mail("dyrektor.szkoly@lublin.example", "EduGmina: nowa wiadomość – Ankieta żłobkowa", text));

        List<ReceivedMail> mails = box.list(null, 10);
        assertThat(mails).hasSize(1);
        ReceivedMail m = mails.get(0);
        assertThat(m.subject()).isEqualTo("EduGmina: nowa wiadomość – Ankieta żłobkowa");
        assertThat(m.text().replace("\r\n", "\n")).isEqualTo(text);
        assertThat(m.recipients()).containsExactly("dyrektor.szkoly@lublin.example");
        assertThat(m.to()).containsExactly("dyrektor.szkoly@lublin.example");
        assertThat(m.envelopeFrom()).isEqualTo("edugmina@lublin.example");
        assertThat(m.from()).isEqualTo("edugmina@lublin.example");
        assertThat(m.receivedAt()).isNotNull();
        assertThat(m.size()).isPositive();
        assertThat(box.raw(m.id())).get().satisfies(raw -> assertThat(new String(raw, StandardCharsets.US_ASCII)).contains("Subject: "));
    }

    @Test
    void linesStartingWithADotSurviveTheTransparencyProcedure() throws Exception {
        String text = ".kropka na początku\n..dwie kropki\n.\nkoniec\n";
        Transport.send(mail("a@lublin.example", "Kropki", text));

        assertThat(box.list(null, 1).get(0).text().replace("\r\n", "\n")).isEqualTo(text);
    }

    @Test
    void oneMessageToSeveralRecipientsAndSeveralMessagesOnOneConnection() throws Exception {
        Session s = session();
        try (Transport t = s.getTransport("smtp")) {
            t.connect();
            MimeMessage first = mail("a@lublin.example, b@lublin.example", "Pierwsza", "1");
            t.sendMessage(first, first.getAllRecipients());
            MimeMessage second = mail("c@lublin.example", "Druga", "2");
            t.sendMessage(second, second.getAllRecipients());
        }
        assertThat(box.list(null, 10)).extracting(ReceivedMail::subject).containsExactly("Druga", "Pierwsza");
        assertThat(box.list(null, 10).get(1).recipients()).containsExactly("a@lublin.example", "b@lublin.example");
        assertThat(box.list("B@LUBLIN", 10)).extracting(ReceivedMail::subject).containsExactly("Pierwsza");
    }

    @Test
    void refusalAddressesAreRefusedPermanentlyOrForNow() {
        assertThatThrownBy(() -> Transport.send(mail("odrzuc.mnie@lublin.example", "x", "y")))
                .isInstanceOf(SendFailedException.class)
                .satisfies(e -> assertThat(((SendFailedException) e).getInvalidAddresses()).hasSize(1));
        assertThatThrownBy(() -> Transport.send(mail("zajety@lublin.example", "x", "y")))
                .isInstanceOf(SendFailedException.class)
                .satisfies(e -> assertThat(((SendFailedException) e).getValidUnsentAddresses()).hasSize(1));
        assertThat(box.size()).isZero();
    }

    @Test
    void aMessageOverTheLimitIsRefusedAndNothingIsKept() {
        String big = "x".repeat(80).concat("\n").repeat(1000); // about 81 KB > 64 KiB
        assertThatThrownBy(() -> Transport.send(mail("a@lublin.example", "Za duża", big)))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("552");
        assertThat(box.size()).isZero();
    }

    @Test
    void theCommandSequenceIsEnforcedOverARawSocket() throws IOException {
        try (Raw c = new Raw(sink.port())) {
            assertThat(c.read()).startsWith("220 ");
            assertThat(c.send("MAIL FROM:<a@b.example>")).startsWith("503 ");
            assertThat(c.send("FOO")).startsWith("500 ");
            assertThat(c.send("STARTTLS")).startsWith("502 ");
            assertThat(c.send("EHLO")).startsWith("501 ");
            c.write("EHLO client.example");
            assertThat(c.read()).isEqualTo("250-edugmina-smtp-sink greets client.example");
            assertThat(c.read()).isEqualTo("250-SIZE 65536");
            assertThat(c.read()).isEqualTo("250-8BITMIME");
            assertThat(c.read()).isEqualTo("250 HELP");
            assertThat(c.send("RCPT TO:<a@b.example>")).startsWith("503 ");
            assertThat(c.send("DATA")).startsWith("503 ");
            assertThat(c.send("MAIL FROM:a@b.example")).startsWith("501 ");
            assertThat(c.send("MAIL FROM:<> SIZE=100000")).startsWith("552 ");
            assertThat(c.send("MAIL FROM:<>")).startsWith("250 ");
            assertThat(c.send("MAIL FROM:<x@b.example>")).startsWith("503 ");
            assertThat(c.send("DATA")).startsWith("554 ");
            assertThat(c.send("RCPT TO:<>")).startsWith("501 ");
            for (int i = 1; i <= 5; i++) {
                assertThat(c.send("RCPT TO:<r" + i + "@b.example>")).startsWith("250 ");
            }
            assertThat(c.send("RCPT TO:<r6@b.example>")).as("at most 5 recipients").startsWith("452 ");
            assertThat(c.send("RSET")).startsWith("250 ");
            assertThat(c.send("RCPT TO:<r@b.example>")).as("RSET forgets the sender").startsWith("503 ");
            assertThat(c.send("NOOP")).startsWith("250 ");
            assertThat(c.send("VRFY someone")).startsWith("252 ");
            assertThat(c.send("X".repeat(3000))).startsWith("500 5.5.2 Line too long");
            assertThat(c.send("QUIT")).startsWith("221 ");
            assertThat(c.read()).as("closed after QUIT").isNull();
        }
        assertThat(box.size()).isZero();
    }

    @Test
    void dataIsDotUnstuffedAndBareLineFeedsAreTolerated() throws IOException {
        try (Raw c = new Raw(sink.port())) {
            c.read();
            assertThat(c.send("HELO client.example")).startsWith("250 ");
            assertThat(c.send("MAIL FROM:<a@b.example> BODY=8BITMIME")).startsWith("250 ");
            assertThat(c.send("RCPT TO:<Jan.Kowalski@Lublin.example>")).startsWith("250 ");
            assertThat(c.send("DATA")).startsWith("354 ");
            c.raw("Subject: =?UTF-8?Q?Pr=C3=B3ba?=\r\nTo: jan.kowalski@lublin.example\r\n\r\n..pierwsza\n..\r\nostatnia\r\n.\r\n");
            assertThat(c.read()).startsWith("250 2.0.0 OK: queued as SIM-");
            assertThat(c.send("QUIT")).startsWith("221 ");
        }
        ReceivedMail m = box.list(null, 1).get(0);
        assertThat(m.subject()).isEqualTo("Próba");
        assertThat(m.recipients()).containsExactly("Jan.Kowalski@Lublin.example");
        assertThat(m.text()).isEqualTo(".pierwsza\r\n.\r\nostatnia\r\n");
        assertThat(new String(box.raw(m.id()).orElseThrow(), StandardCharsets.US_ASCII)).endsWith("\r\n\r\n.pierwsza\r\n.\r\nostatnia\r\n");
    }

    @Test
    void theConnectionStaysUsableAfterARefusedMessage() throws IOException {
        try (Raw c = new Raw(sink.port())) {
            c.read();
            c.send("HELO client.example");
            c.send("MAIL FROM:<a@b.example>");
            c.send("RCPT TO:<r@b.example>");
            assertThat(c.send("DATA")).startsWith("354 ");
            c.raw(("y".repeat(900) + "\r\n").repeat(100) + ".\r\n");
            assertThat(c.read()).startsWith("552 ");
            assertThat(c.send("MAIL FROM:<a@b.example>")).as("the transaction was reset").startsWith("250 ");
            c.send("RCPT TO:<r@b.example>");
            c.send("DATA");
            c.raw("Subject: mała\r\n\r\nok\r\n.\r\n");
            assertThat(c.read()).startsWith("250 ");
        }
        assertThat(box.list(null, 10)).extracting(ReceivedMail::subject).containsExactly("mała");
    }

    @Test
    void aReceiverFailureIsATemporaryRefusal() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        try (SmtpSink failing = SmtpSink.start(LOOPBACK, 0, SmtpSink.Limits.defaults(), e -> {
            calls.incrementAndGet();
            throw new IllegalStateException("disk full");
        }, Thread::new); Raw c = new Raw(failing.port())) {
            c.read();
            c.send("HELO client.example");
            c.send("MAIL FROM:<a@b.example>");
            c.send("RCPT TO:<r@b.example>");
            c.send("DATA");
            c.raw("Subject: x\r\n\r\ny\r\n.\r\n");
            assertThat(c.read()).startsWith("451 ");
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void connectionsOverTheLimitAreToldToComeBackLater() throws IOException {
        try (SmtpSink one = SmtpSink.start(LOOPBACK, 0, new SmtpSink.Limits(1024, 1, 1, 5_000), box, Thread::new);
             Raw first = new Raw(one.port())) {
            assertThat(first.read()).startsWith("220 ");
            try (Raw second = new Raw(one.port())) {
                assertThat(second.read()).startsWith("421 ");
                assertThat(second.read()).isNull();
            }
            assertThat(first.send("NOOP")).startsWith("250 ");
        }
    }

    @Test
    void anIdleConnectionIsClosed() throws IOException {
        try (SmtpSink impatient = SmtpSink.start(LOOPBACK, 0, new SmtpSink.Limits(1024, 1, 2, 300), box, Thread::new);
             Raw c = new Raw(impatient.port())) {
            assertThat(c.read()).startsWith("220 ");
            assertThat(c.read()).as("after 300 ms of silence").startsWith("421 ");
            assertThat(c.read()).isNull();
        }
    }

    /** A client that speaks SMTP line by line. */
    private static final class Raw implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Raw(int port) throws IOException {
            socket = new Socket(LOOPBACK, port);
            socket.setSoTimeout(5_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        String read() throws IOException {
            return in.readLine();
        }

        void write(String line) throws IOException {
            raw(line + "\r\n");
        }

        void raw(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String send(String line) throws IOException {
            write(line);
            return read();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
