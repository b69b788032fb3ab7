package pl.edugmina.integration.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpFailuresTest {

    /** Like Angus Mail's SMTP exceptions: the server's reply code behind {@code getReturnCode()}. */
    static class WithReplyCode extends MessagingException {
        private final int code;

        WithReplyCode(int code, String message) {
            super(message);
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    private static Address[] one(String a) throws Exception {
        return new Address[] {new InternetAddress(a)};
    }

    @Test
    void aMailboxRefusedWith5xxIsPermanent() throws Exception {
        SendFailedException e = new SendFailedException("Invalid Addresses",
                new WithReplyCode(550, "550 5.1.1 <odrzuc@x.example>: mailbox unavailable"), new Address[0], new Address[0], one("odrzuc@x.example"));
        assertThat(SmtpFailures.isPermanent(e)).isTrue();
        assertThat(SmtpFailures.reason(e)).isEqualTo("Invalid Addresses ← 550 5.1.1 <odrzuc@x.example>: mailbox unavailable");
    }

    @Test
    void aDeferredMailboxIsTransient() throws Exception {
        SendFailedException e = new SendFailedException("Invalid Addresses",
                new WithReplyCode(451, "451 4.3.0 try again later"), new Address[0], one("zajety@x.example"), new Address[0]);
        assertThat(SmtpFailures.isPermanent(e)).isFalse();
    }

    @Test
    void aMessageRefusedAfterDataWith5xxIsPermanentAnd4xxTransient() {
        assertThat(SmtpFailures.isPermanent(new WithReplyCode(552, "552 5.3.4 Message too big"))).isTrue();
        assertThat(SmtpFailures.isPermanent(new WithReplyCode(421, "421 4.3.2 Too many connections"))).isFalse();
    }

    @Test
    void noConnectionIsTransient() {
        MessagingException e = new MessagingException("Couldn't connect to host, port: localhost, 25; timeout -1",
                new ConnectException("Connection refused"));
        assertThat(SmtpFailures.isPermanent(e)).isFalse();
        assertThat(SmtpFailures.reason(e)).isEqualTo("Couldn't connect to host, port: localhost, 25; timeout -1 ← Connection refused");
        assertThat(SmtpFailures.isPermanent(new IllegalStateException("no session"))).isFalse();
    }

    @Test
    void noReplyCodeIsMinusOne() {
        assertThat(SmtpFailures.replyCode(new MessagingException("x"))).isEqualTo(-1);
        assertThat(SmtpFailures.replyCode(new WithReplyCode(250, "ok"))).isEqualTo(250);
    }
}
