package pl.edugmina.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.hibernate.SessionFactory;
import pl.edugmina.db.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up of the platform, in order: migrate the schema with Liquibase, let Hibernate validate
 * the mapping against it, create the first administrator or the demo city when the database is
 * empty. Readiness reports UP only after all of it succeeded.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());
    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @PersistenceUnit
    private EntityManagerFactory emf;

    @Inject
    private InitialData initialData;

    @Inject
    private pl.edugmina.correspondence.application.EpuapInboxes inboxes;

    private volatile boolean ready;
    private volatile String failure;

    @PostConstruct
    void start() {
        long t0 = System.nanoTime();
        try {
            migrate();
            emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
            initialData.loadIfEmpty();
            inboxes.synchronise();
            ready = true;
            Readiness.report("platform", true, "migrated and validated");
            LOG.info(() -> String.format("EDU-PLT-001 platform ready in %d ms", (System.nanoTime() - t0) / 1_000_000));
        } catch (Exception e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            Readiness.report("platform", false, failure);
            LOG.log(Level.SEVERE, "EDU-PLT-002 platform start failed; readiness stays DOWN", e);
        }
    }

    private void migrate() throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        ClassLoader appLoader = PlatformStartup.class.getClassLoader();
        t.setContextClassLoader(appLoader);
        try (Connection c = dataSource.getConnection()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(appLoader), db)) {
                liquibase.update();
            }
        } finally {
            t.setContextClassLoader(previous);
        }
        LOG.info("EDU-PLT-003 database schema up to date");
    }

    public boolean isReady() {
        return ready;
    }

    public String failure() {
        return failure;
    }
}
