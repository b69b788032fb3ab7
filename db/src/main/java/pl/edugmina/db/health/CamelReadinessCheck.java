package pl.edugmina.db.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Readiness of the service bus: UP only while its Camel context is started. */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class CamelReadinessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Readiness.State bus = Readiness.of("camel");
        var b = HealthCheckResponse.named("camel").withData("context", "edugmina-bus").withData("status", bus.detail());
        return (bus.up() ? b.up() : b.down()).build();
    }
}
