package pl.edugmina.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values of native-query result columns as the services use them, whatever the JDBC driver returned. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column: {@code Instant}, {@code OffsetDateTime} or {@code Timestamp}; null stays null. */
    public static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return o instanceof Timestamp ts ? ts.toInstant() : null;
    }

    /** A {@code date} column. */
    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
