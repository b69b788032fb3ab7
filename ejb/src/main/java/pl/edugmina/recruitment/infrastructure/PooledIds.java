package pl.edugmina.recruitment.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Ids for rows written in bulk, from a sequence whose increment is a block size (pooled-lo: a {@code nextval} value v
 * reserves v … v + increment − 1, as Hibernate's pooled-lo optimiser reads it). One query reserves every block needed,
 * so {@code n} rows cost ⌈n / increment⌉ sequence steps and one round trip.
 */
public final class PooledIds {

    private PooledIds() {
    }

    /** {@code n} unused ids from {@code sequence}, ascending. */
    public static long[] reserve(Connection c, String sequence, int n) throws SQLException {
        if (n == 0) {
            return new long[0];
        }
        int increment;
        try (PreparedStatement ps = c.prepareStatement("select increment_by from pg_sequences where sequencename = ?")) {
            ps.setString(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no sequence " + sequence);
                }
                increment = (int) rs.getLong(1);
            }
        }
        int blocks = (n + increment - 1) / increment;
        long[] starts = new long[blocks];
        try (PreparedStatement ps = c.prepareStatement("select nextval(?::regclass) from generate_series(1, ?)")) {
            ps.setString(1, sequence);
            ps.setInt(2, blocks);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    starts[i++] = rs.getLong(1);
                }
            }
        }
        Arrays.sort(starts);
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = starts[i / increment] + i % increment;
        }
        return ids;
    }
}
