package pl.edugmina.integration.bus;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import pl.edugmina.db.health.Readiness;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the service bus's Camel context inside the EAR (Camel 4 has no CDI integration) with
 * every {@link RoutesBuilder} bean of the deployment, and stops it with the application.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CamelBootstrap {

    private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

    @Inject
    @Any
    private Instance<RoutesBuilder> routes;

    private CamelContext camel;
    private ProducerTemplate producer;
    private volatile String failure;

    @PostConstruct
    void start() {
        // before anything in the application loads EU DSS: its XPath engine is chosen when it loads
        XPathForSignatures.install();
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(CamelBootstrap.class.getClassLoader());
        try {
            DefaultCamelContext ctx = new DefaultCamelContext();
            ctx.getCamelContextExtension().setName("edugmina-bus");
            ctx.setApplicationContextClassLoader(CamelBootstrap.class.getClassLoader());
            ctx.setUseMDCLogging(true);
            for (RoutesBuilder builder : routes) {
                ctx.addRoutes(builder);
            }
            ctx.start();
            camel = ctx;
            producer = ctx.createProducerTemplate();
            ctx.getManagementStrategy().addEventNotifier(new org.apache.camel.support.EventNotifierSupport() {
                @Override
                public void notify(org.apache.camel.spi.CamelEvent event) {
                    Readiness.report("camel", ctx.getStatus() == ServiceStatus.Started, ctx.getStatus().name());
                }
            });
            Readiness.report("camel", ctx.getStatus() == ServiceStatus.Started, ctx.getStatus().name());
            LOG.info(() -> "EDU-BUS-001 Camel context started with " + ctx.getRoutes().size() + " routes");
        } catch (Exception e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            Readiness.report("camel", false, failure);
            LOG.log(Level.SEVERE, "EDU-BUS-002 Camel context failed to start", e);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            Readiness.report("camel", false, "stopping");
            try {
                producer.close();
                camel.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "EDU-BUS-003 Camel context did not stop cleanly", e);
            }
        }
    }

    public ServiceStatus status() {
        return camel == null ? ServiceStatus.Stopped : camel.getStatus();
    }

    public int routeCount() {
        return camel == null ? 0 : camel.getRoutes().size();
    }

    public String failure() {
        return failure;
    }

    public ProducerTemplate producer() {
        if (producer == null) {
            throw new IllegalStateException("the service bus is not running");
        }
        return producer;
    }
}
