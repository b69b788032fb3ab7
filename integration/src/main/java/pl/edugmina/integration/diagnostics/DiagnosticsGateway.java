package pl.edugmina.integration.diagnostics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.integration.bus.CamelBootstrap;
import pl.edugmina.security.ActorService;

/** Administrator's check of the bus: a signed SOAP echo through Camel and JBossWS. */
@Stateless
public class DiagnosticsGateway {

    @Inject
    private CamelBootstrap bus;

    @Inject
    private ActorService actors;

    public SoapRoundTrip soapRoundTrip(String text) {
        if (!actors.current().canAdministerUsers()) {
            throw new AccessDeniedException();
        }
        return bus.producer().requestBody(DiagnosticsRoutes.SOAP_ROUND_TRIP, text, SoapRoundTrip.class);
    }
}
