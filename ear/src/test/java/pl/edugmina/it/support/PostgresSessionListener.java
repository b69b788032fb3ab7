package pl.edugmina.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Prepares a private copy of the configured WildFly (see {@link PrivateServer}) and starts one throw-away PostgreSQL (zonky embedded) for the whole test session, before Arquillian
 * reads arquillian.xml and starts WildFly, and publishes its coordinates as system properties
 * ({@code edugmina.it.db.url}, {@code .user}, {@code .password}) that arquillian.xml hands to the
 * server. The database persists across deployments within the session, so the demo city is loaded
 * once; every session starts from an empty data directory.
 */
public class PostgresSessionListener implements LauncherSessionListener {

    public static final String URL = "edugmina.it.db.url";
    public static final String USER = "edugmina.it.db.user";
    public static final String PASSWORD = "edugmina.it.db.password";

    private static final String DB = "edugmina";
    private static final String ROLE = "edugmina";
    private static final String ROLE_PASSWORD = "edugmina";

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (postgres != null || System.getProperty(URL) != null) {
            return;
        }
        Path workdir = Path.of(System.getProperty("edugmina.it.workdir", "target/it"));
        Path data = workdir.resolve("pgdata");
        try {
            String configured = System.getProperty("jboss.home");
            if (configured != null && System.getProperty(PrivateServer.PROPERTY) == null) {
                long t = System.nanoTime();
                Path home = PrivateServer.prepare(Path.of(configured), workdir.resolve("wildfly"));
                System.setProperty(PrivateServer.PROPERTY, home.toAbsolutePath().toString());
                // the ePUAP simulator is deployed at boot by the deployment scanner, next to the EAR Arquillian deploys
                String simulator = System.getProperty("edugmina.simulator.war");
                if (simulator != null) {
                    Files.copy(Path.of(simulator), home.resolve("standalone/deployments/edugmina-epuap-simulator.war"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                System.out.printf("[it] private WildFly copy in %d ms: %s%n", (System.nanoTime() - t) / 1_000_000, home);
            }
            deleteRecursively(data);
            Files.createDirectories(data);
            long t0 = System.nanoTime();
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "100")
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + ROLE + " WITH LOGIN PASSWORD '" + ROLE_PASSWORD + "'");
                s.execute("CREATE DATABASE " + DB + " OWNER " + ROLE + " ENCODING 'UTF8' TEMPLATE template0");
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DB;
            System.setProperty(URL, url);
            System.setProperty(USER, ROLE);
            System.setProperty(PASSWORD, ROLE_PASSWORD);
            System.out.printf("[it] PostgreSQL started in %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, url);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the edugmina database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("[it] PostgreSQL did not stop cleanly: " + e);
            } finally {
                postgres = null;
                System.clearProperty(URL);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        PrivateServer.deleteRecursively(dir);
    }
}
