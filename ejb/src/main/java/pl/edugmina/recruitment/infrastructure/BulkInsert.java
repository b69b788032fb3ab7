package pl.edugmina.recruitment.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Many rows into one table on the caller's connection (and so in the caller's transaction): PostgreSQL's
 * {@code COPY … FROM STDIN} through pgjdbc's copy API when the connection is (or wraps) a pgjdbc connection, otherwise
 * multi-row {@code INSERT … VALUES (…), (…)} statements in JDBC batches. Values are given column by column, then
 * {@link #endRow()}; {@link #finish()} sends what is left, {@link #close()} without {@code finish()} abandons the rows (the
 * caller's transaction is to be rolled back). Not thread-safe. ADR 0011 has the figures behind the choice.
 */
public abstract class BulkInsert implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BulkInsert.class.getName());

    /** How rows are sent: COPY when the driver offers it (else batches), or batches always. */
    public enum Mode { COPY, BATCH }

    protected final String table;
    protected final List<String> columns;
    private long rows;
    private int column;
    private boolean finished;

    protected BulkInsert(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** A writer for {@code table (columns)}; {@code COPY} falls back to batches when the connection is not pgjdbc's. */
    public static BulkInsert open(Connection c, String table, List<String> columns, Mode mode) throws SQLException {
        if (mode == Mode.COPY && copyAvailable(c)) {
            return new CopyInsert(c, table, columns);
        }
        return new BatchInsert(c, table, columns);
    }

    /** Whether COPY can be used on {@code c}: the connection is, or wraps, a pgjdbc connection. */
    public static boolean copyAvailable(Connection c) {
        boolean available = pl.edugmina.db.copy.PgCopyIn.available(c);
        if (!available) {
            LOG.warning("EDU-REC-010 COPY is not available on this connection; rows go in batched inserts");
        }
        return available;
    }

    public final BulkInsert text(String value) {
        if (value == null) {
            return nul();
        }
        next();
        putText(value);
        return this;
    }

    public final BulkInsert number(long value) {
        next();
        putNumber(value);
        return this;
    }

    /** A number or NULL. */
    public final BulkInsert number(Long value) {
        return value == null ? nul() : number(value.longValue());
    }

    public final BulkInsert date(LocalDate value) {
        if (value == null) {
            return nul();
        }
        next();
        putDate(value);
        return this;
    }

    public final BulkInsert instant(Instant value) {
        if (value == null) {
            return nul();
        }
        next();
        putInstant(value);
        return this;
    }

    public final BulkInsert nul() {
        next();
        putNull();
        return this;
    }

    public final void endRow() throws SQLException {
        if (column != columns.size()) {
            throw new IllegalStateException(table + ": a row of " + column + " values for " + columns.size() + " columns");
        }
        column = 0;
        rows++;
        rowDone();
    }

    /** Sends what is left; returns the number of rows written. The writer cannot be used afterwards. */
    public final long finish() throws SQLException {
        if (column != 0) {
            throw new IllegalStateException(table + ": the last row is not complete");
        }
        finished = true;
        flush();
        return rows;
    }

    /** Abandons an unfinished writer (a COPY in progress is cancelled, so the connection can be used again). */
    @Override
    public final void close() throws SQLException {
        if (!finished) {
            finished = true;
            abort();
        }
    }

    public long rows() {
        return rows;
    }

    /** "COPY" or "BATCH": what this writer does (for the logs and the benchmark). */
    public abstract String kind();

    private void next() {
        if (column == columns.size()) {
            throw new IllegalStateException(table + ": more values than columns; endRow() missing");
        }
        column++;
    }

    /** 1-based index of the column being written. */
    protected final int column() {
        return column;
    }

    protected abstract void putText(String value);

    protected abstract void putNumber(long value);

    protected abstract void putDate(LocalDate value);

    protected abstract void putInstant(Instant value);

    protected abstract void putNull();

    protected abstract void rowDone() throws SQLException;

    protected abstract void flush() throws SQLException;

    protected abstract void abort() throws SQLException;
}
