package pl.edugmina.correspondence.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundLetterTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private static OutboundLetter letter() {
        return new OutboundLetter(1, null, OutboundLetter.Channel.SKRYTKA, "UMLUBLIN", "/UMLUBLIN/oswiata", "/jan/skrytka",
                "Jan", "pismo.xml", new byte[] {1}, new byte[] {2}, "referent", T0);
    }

    @Test
    void transientFailuresBackOffExponentiallyUpToAnHourThenFail() {
        OutboundLetter l = letter();
        assertThat(l.status()).isEqualTo(OutboundLetter.Status.QUEUED);
        assertThat(l.nextAttemptAt()).isEqualTo(T0);
        long[] expectedSeconds = {30, 60, 120, 240, 480, 960, 1920};
        for (long s : expectedSeconds) {
            l.attemptFailed(T0, "timeout");
            assertThat(l.status()).isEqualTo(OutboundLetter.Status.QUEUED);
            assertThat(Duration.between(T0, l.nextAttemptAt()).toSeconds()).isEqualTo(Math.min(3600, s));
        }
        l.attemptFailed(T0, "timeout");
        assertThat(l.attempts()).isEqualTo(OutboundLetter.MAX_ATTEMPTS);
        assertThat(l.status()).isEqualTo(OutboundLetter.Status.FAILED);
        assertThat(l.nextAttemptAt()).isNull();
        assertThat(l.lastError()).isEqualTo("timeout");
    }

    @Test
    void refusalFailsAtOnceAndAnOfficialCanRequeue() {
        OutboundLetter l = letter();
        l.refused(T0, "ePUAP odmówił (kod 2)");
        assertThat(l.status()).isEqualTo(OutboundLetter.Status.FAILED);
        l.requeue(T0.plusSeconds(5));
        assertThat(l.status()).isEqualTo(OutboundLetter.Status.QUEUED);
        assertThat(l.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(l.attempts()).isZero();
    }

    @Test
    void aSentLetterBecomesReceiptWhenItsUppOrUpdIsIn() {
        OutboundLetter l = letter();
        l.sent(T0, "D1", "UPP1", null);
        assertThat(l.status()).isEqualTo(OutboundLetter.Status.SENT);
        l.receipt(T0, "upp.xml", new byte[] {3});
        assertThat(l.status()).isEqualTo(OutboundLetter.Status.RECEIPT);
        assertThat(l.uppId()).isEqualTo("UPP1");
    }
}
