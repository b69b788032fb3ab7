package pl.edugmina.recruitment.infrastructure;

import pl.edugmina.db.copy.PgCopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, on the connection's own transaction (through
 * {@link PgCopyIn}, the only code that touches the driver's classes). Rows are
 * collected in a buffer and handed to the server 256 KB at a time; nothing is visible to others before the caller's
 * commit, and a rollback removes every row.
 */
final class CopyInsert extends BulkInsert {

    private static final int CHUNK = 256 * 1024;

    private final PgCopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

    CopyInsert(Connection c, String table, List<String> columns) throws SQLException {
        super(table, columns);
        this.copy = PgCopyIn.start(c, "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
    }

    @Override
    public String kind() {
        return "COPY";
    }

    private void separator() {
        if (column() > 1) {
            buffer.append('\t');
        }
    }

    @Override
    protected void putText(String value) {
        separator();
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(ch);
            }
        }
    }

    @Override
    protected void putNumber(long value) {
        separator();
        buffer.append(value);
    }

    @Override
    protected void putDate(LocalDate value) {
        separator();
        buffer.append(value);
    }

    @Override
    protected void putInstant(Instant value) {
        separator();
        // ISO-8601 with Z: read as timestamptz whatever the session's time zone
        buffer.append(value);
    }

    @Override
    protected void putNull() {
        separator();
        buffer.append("\\N");
    }

    @Override
    protected void rowDone() throws SQLException {
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            send();
        }
    }

    private void send() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.write(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    @Override
    protected void flush() throws SQLException {
        try {
            send();
            copy.end();
        } catch (SQLException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    @Override
    protected void abort() throws SQLException {
        copy.close();
    }
}
