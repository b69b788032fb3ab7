package pl.edugmina.simulator.mail;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailBoxTest {

    private static SmtpSink.Envelope envelope(String to, String subject, int padding) {
        String raw = "Subject: " + subject + "\r\nTo: " + to + "\r\n\r\n" + "x".repeat(padding) + "\r\n";
        return new SmtpSink.Envelope("client", "edugmina@lublin.example", List.of(to), raw.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }

    @Test
    void keepsTheNewestUpToTheCount() {
        MailBox box = new MailBox(2, 1_000_000, Clock.systemUTC());
        box.accept(envelope("a@x.example", "1", 0));
        box.accept(envelope("b@x.example", "2", 0));
        box.accept(envelope("c@x.example", "3", 0));

        assertThat(box.list(null, 10)).extracting(ReceivedMail::subject).containsExactly("3", "2");
        assertThat(box.list(null, 1)).extracting(ReceivedMail::subject).containsExactly("3");
    }

    @Test
    void keepsTheNewestUpToTheBytesButAlwaysTheLastOne() {
        MailBox box = new MailBox(100, 250, Clock.systemUTC());
        box.accept(envelope("a@x.example", "1", 100));
        box.accept(envelope("b@x.example", "2", 100));
        assertThat(box.list(null, 10)).extracting(ReceivedMail::subject).containsExactly("2");
        box.accept(envelope("c@x.example", "3", 1000));
        assertThat(box.list(null, 10)).extracting(ReceivedMail::subject).containsExactly("3");
    }

    @Test
    void findsByRecipientAndForgetsOnClear() {
        MailBox box = new MailBox(10, 1_000_000, Clock.systemUTC());
        String id = box.accept(envelope("dyrektor.szkoly@lublin.example", "Ankieta", 0));
        box.accept(envelope("sekretariat@lublin.example", "Ankieta", 0));

        assertThat(id).isEqualTo("SIM-1");
        assertThat(box.list("DYREKTOR", 10)).extracting(ReceivedMail::recipients).containsExactly(List.of("dyrektor.szkoly@lublin.example"));
        assertThat(box.get(1)).get().extracting(ReceivedMail::subject).isEqualTo("Ankieta");
        assertThat(box.clear()).isEqualTo(2);
        assertThat(box.list(null, 10)).isEmpty();
        assertThat(box.get(1)).isEmpty();
    }

    @Test
    void somethingThatIsNotMimeIsShownAsItCame() {
        MailBox box = new MailBox(10, 1_000_000, Clock.systemUTC());
        box.accept(new SmtpSink.Envelope("c", "", List.of("a@x.example"), "no headers at all".getBytes(StandardCharsets.UTF_8), "127.0.0.1"));
        assertThat(box.list(null, 1).get(0).text()).contains("no headers at all");
    }
}
