package pl.edugmina.integration.recruitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.apache.camel.builder.RouteBuilder;

/** Route {@code recruitment.epuap.sweep}: every minute, recruitment e-forms whose handling was lost or failed are handled again. */
@Dependent
public class RecruitmentEpuapRoutes extends RouteBuilder {

    @EJB
    private RecruitmentEpuapIntake intake;

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .log(org.apache.camel.LoggingLevel.WARN, "EDU-BUS-040 ${routeId}: ${exception.class.simpleName}: ${exception.message}");
        from("timer:recruitment.epuap.sweep?delay=20000&period=60000")
                .routeId("recruitment.epuap.sweep")
                .process(e -> intake.sweep());
    }
}
