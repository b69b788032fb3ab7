package pl.edugmina.db.copy;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} on a JDBC connection, also on one a pool wraps (WildFly's datasource
 * connections unwrap to the driver's), in that connection's transaction.
 *
 * <p>Why it lives in this library jar (EAR {@code lib/}): the EAR module imports the server's {@code org.postgresql}
 * driver module for it, and the EJB and web modules do not. Hibernate looks for the driver's classes through the
 * persistence unit's class loader; when it finds them it uses driver-specific types it then cannot load from its own
 * module (NoClassDefFoundError {@code org/postgresql/util/PGobject} at start-up). Code elsewhere uses this class
 * only, never the driver's types.
 */
public final class PgCopyIn implements AutoCloseable {

    private final CopyIn copy;

    private PgCopyIn(CopyIn copy) {
        this.copy = copy;
    }

    /** Whether {@code c} is, or wraps, a pgjdbc connection (false also when the driver's classes are not visible here). */
    public static boolean available(Connection c) {
        try {
            return c.isWrapperFor(PGConnection.class);
        } catch (SQLException | LinkageError e) {
            return false;
        }
    }

    /** Starts {@code sql} (a {@code COPY … FROM STDIN}) on {@code c}. */
    public static PgCopyIn start(Connection c, String sql) throws SQLException {
        return new PgCopyIn(c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    public void write(byte[] bytes, int offset, int length) throws SQLException {
        copy.writeToCopy(bytes, offset, length);
    }

    /** Ends the COPY; returns the number of rows the server took. */
    public long end() throws SQLException {
        return copy.endCopy();
    }

    /** Cancels the COPY if it is still going, so the connection can be used (and rolled back). */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
