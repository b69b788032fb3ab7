package pl.edugmina.recruitment.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Multi-row {@code INSERT INTO table (columns) VALUES (…), (…), …}: up to 1,000 rows per statement (fewer for wide
 * rows, below PostgreSQL's 32,767 parameters), statements sent in JDBC batches of 8; the rows left at the end in one
 * statement of their size. For connections without COPY; works on any driver.
 */
final class BatchInsert extends BulkInsert {

    private static final int STATEMENTS_PER_BATCH = 8;

    private final Connection connection;
    private final int rowsPerStatement;
    private final Object[] values;
    private final int[] types;
    private int filled;
    private int bufferedRows;
    private PreparedStatement full;
    private int batched;

    BatchInsert(Connection c, String table, List<String> columns) {
        super(table, columns);
        this.connection = c;
        this.rowsPerStatement = Math.max(1, Math.min(1_000, 30_000 / columns.size()));
        this.values = new Object[rowsPerStatement * columns.size()];
        this.types = new int[values.length];
    }

    @Override
    public String kind() {
        return "BATCH";
    }

    private void put(Object value, int type) {
        values[filled] = value;
        types[filled] = type;
        filled++;
    }

    @Override
    protected void putText(String value) {
        put(value, Types.VARCHAR);
    }

    @Override
    protected void putNumber(long value) {
        put(value, Types.BIGINT);
    }

    @Override
    protected void putDate(LocalDate value) {
        put(value, Types.DATE);
    }

    @Override
    protected void putInstant(Instant value) {
        put(value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected void putNull() {
        put(null, Types.NULL);
    }

    @Override
    protected void rowDone() throws SQLException {
        bufferedRows++;
        if (bufferedRows == rowsPerStatement) {
            if (full == null) {
                full = connection.prepareStatement(sql(rowsPerStatement));
            }
            bind(full, bufferedRows);
            full.addBatch();
            bufferedRows = 0;
            filled = 0;
            if (++batched == STATEMENTS_PER_BATCH) {
                full.executeBatch();
                batched = 0;
            }
        }
    }

    @Override
    protected void flush() throws SQLException {
        try {
            if (full != null && batched > 0) {
                full.executeBatch();
                batched = 0;
            }
            if (bufferedRows > 0) {
                try (PreparedStatement rest = connection.prepareStatement(sql(bufferedRows))) {
                    bind(rest, bufferedRows);
                    rest.executeUpdate();
                }
                bufferedRows = 0;
                filled = 0;
            }
        } finally {
            abort();
        }
    }

    @Override
    protected void abort() throws SQLException {
        if (full != null) {
            full.close();
            full = null;
        }
    }

    private void bind(PreparedStatement ps, int rows) throws SQLException {
        int n = rows * columns.size();
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                ps.setNull(i + 1, types[i]);
            } else {
                switch (types[i]) {
                    case Types.BIGINT -> ps.setLong(i + 1, (Long) values[i]);
                    // sent untyped: the server reads it as the column's type (text, or json as the public results' answer)
                    case Types.VARCHAR -> ps.setObject(i + 1, values[i], Types.OTHER);
                    default -> ps.setObject(i + 1, values[i], types[i]);
                }
            }
        }
    }

    private String sql(int rows) {
        StringBuilder one = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            one.append(i == 0 ? "?" : ", ?");
        }
        one.append(')');
        StringBuilder sb = new StringBuilder(32 + rows * (one.length() + 2));
        sb.append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns)).append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sb.append(", ");
            }
            sb.append(one);
        }
        return sb.toString();
    }
}
