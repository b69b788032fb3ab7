package pl.edugmina.messaging.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a message stands at one recipient unit, as the sender's tracking matrix shows it: delivered
 * (in the unit's inbox), opened (someone of the unit read it), answered, or overdue (an answer is
 * required, none came and the deadline day is over).
 */
public enum DeliveryStatus {
    DELIVERED, OPENED, ANSWERED, OVERDUE;

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    public static DeliveryStatus of(boolean replyRequired, LocalDate deadline, Instant openedAt, Instant answeredAt, LocalDate today) {
        if (answeredAt != null) {
            return ANSWERED;
        }
        if (replyRequired && deadline != null && today.isAfter(deadline)) {
            return OVERDUE;
        }
        return openedAt != null ? OPENED : DELIVERED;
    }

    /** A reply is late when it is given after the deadline day (office time), whatever the hour. */
    public static boolean isLate(LocalDate deadline, Instant at) {
        return deadline != null && at.atZone(OFFICE_ZONE).toLocalDate().isAfter(deadline);
    }
}
