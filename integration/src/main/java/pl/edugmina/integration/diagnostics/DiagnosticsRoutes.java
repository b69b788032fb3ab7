package pl.edugmina.integration.diagnostics;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/** Routes of the diagnostics flow: a signed SOAP echo through the bus. */
@Dependent
public class DiagnosticsRoutes extends RouteBuilder {

    public static final String SOAP_ROUND_TRIP = "direct:diagnostics.soap-round-trip";

    @Inject
    private DiagnosticsClient client;

    @Override
    public void configure() {
        from(SOAP_ROUND_TRIP)
                .routeId("diagnostics.soap-round-trip")
                .process(e -> e.getMessage().setBody(client.echo(e.getMessage().getBody(String.class))));
    }
}
