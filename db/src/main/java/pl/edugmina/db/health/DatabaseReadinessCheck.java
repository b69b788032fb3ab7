package pl.edugmina.db.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import javax.sql.DataSource;
import java.sql.Connection;

/** Database readiness: migrated and validated at start-up ("platform" part), and answering now. */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("database");
        Readiness.State platform = Readiness.of("platform");
        if (!platform.up()) {
            return b.down().withData("reason", platform.detail()).build();
        }
        try (Connection c = dataSource.getConnection()) {
            return (c.isValid(2) ? b.up() : b.down()).withData("schema", platform.detail()).build();
        } catch (Exception e) {
            return b.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
