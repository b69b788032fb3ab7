package pl.edugmina.messaging.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryStatusTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 4);
    private static final Instant OPENED = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aMessageMovesFromDeliveredToOpenedToAnswered() {
        assertThat(DeliveryStatus.of(true, DEADLINE, null, null, DEADLINE)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(DeliveryStatus.of(true, DEADLINE, OPENED, null, DEADLINE)).isEqualTo(DeliveryStatus.OPENED);
        assertThat(DeliveryStatus.of(true, DEADLINE, OPENED, OPENED, DEADLINE)).isEqualTo(DeliveryStatus.ANSWERED);
    }

    @Test
    void overdueOnlyAfterTheDeadlineDayAndOnlyWhenAnAnswerIsRequired() {
        assertThat(DeliveryStatus.of(true, DEADLINE, OPENED, null, DEADLINE)).as("the deadline day itself").isEqualTo(DeliveryStatus.OPENED);
        assertThat(DeliveryStatus.of(true, DEADLINE, OPENED, null, DEADLINE.plusDays(1))).isEqualTo(DeliveryStatus.OVERDUE);
        assertThat(DeliveryStatus.of(true, DEADLINE, null, null, DEADLINE.plusDays(1))).isEqualTo(DeliveryStatus.OVERDUE);
        assertThat(DeliveryStatus.of(false, DEADLINE, null, null, DEADLINE.plusDays(9))).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(DeliveryStatus.of(true, DEADLINE, OPENED, OPENED, DEADLINE.plusDays(9))).as("answered late is answered").isEqualTo(DeliveryStatus.ANSWERED);
    }

    @Test
    void aReplyIsLateFromTheDayAfterTheDeadlineInOfficeTime() {
        assertThat(DeliveryStatus.isLate(DEADLINE, Instant.parse("2026-12-04T22:59:00Z"))).as("23:59 in Warsaw").isFalse();
        assertThat(DeliveryStatus.isLate(DEADLINE, Instant.parse("2026-12-04T23:00:00Z"))).as("00:00 on the 5th in Warsaw").isTrue();
        assertThat(DeliveryStatus.isLate(null, Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    }
}
