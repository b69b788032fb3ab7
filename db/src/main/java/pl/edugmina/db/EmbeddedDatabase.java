package pl.edugmina.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A private PostgreSQL server for the run command and the integration tests.
 *
 * <p>The data directory is kept between runs (nothing is lost on restart) unless the caller asks
 * for a clean one. The application's database and role are created on first start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "edugmina";
    public static final String USER = "edugmina";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    /**
     * Starts PostgreSQL on {@code port} (0 = any free port) with its data in {@code dataDir}.
     *
     * @param clean {@code true} to start from an empty directory (tests), {@code false} to keep data
     */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean clean, String password) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("fsync", clean ? "off" : "on")
                .setServerConfig("synchronous_commit", clean ? "off" : "on")
                .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        EmbeddedDatabase db = new EmbeddedDatabase(pg);
        db.ensureDatabase(password);
        return db;
    }

    private void ensureDatabase(String password) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
                }
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Cannot prepare the edugmina database: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * {@code java pl.edugmina.db.EmbeddedDatabase <dataDir> <port> [password]}: starts the server,
     * prints {@code READY <jdbc-url>} and runs until it is terminated (SIGTERM/SIGINT stop it cleanly).
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EmbeddedDatabase <dataDir> <port> [password]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String password = args.length > 2 ? args[2] : "edugmina";
        EmbeddedDatabase db = start(dir, port, false, password);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "edugmina-db-stop"));
        System.out.println("READY " + db.jdbcUrl());
        System.out.flush();
        stopped.await();
    }
}
