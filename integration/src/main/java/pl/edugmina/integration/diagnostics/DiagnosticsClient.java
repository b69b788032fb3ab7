package pl.edugmina.integration.diagnostics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Holder;
import pl.edugmina.integration.bus.WsSecurity;
import pl.edugmina.integration.bus.WsSecuritySettings;
import pl.edugmina.integration.diagnostics.ws.DiagnosticsPort;
import pl.edugmina.integration.diagnostics.ws.DiagnosticsService;

import javax.xml.datatype.XMLGregorianCalendar;
import java.net.URL;

/**
 * JAX-WS client of the diagnostics service (generated from diagnostics.wsdl), signing every request
 * with the system's key. The endpoint address comes from configuration
 * ({@code EDUGMINA_DIAGNOSTICS_URL}); by default this server's own endpoint.
 */
@ApplicationScoped
public class DiagnosticsClient {

    @Inject
    private WsSecuritySettings wss;

    public SoapRoundTrip echo(String text) {
        String address = address();
        URL wsdl = DiagnosticsClient.class.getClassLoader().getResource("META-INF/wsdl/diagnostics.wsdl");
        DiagnosticsPort port = new DiagnosticsService(wsdl).getDiagnosticsPort();
        BindingProvider bp = (BindingProvider) port;
        bp.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address);
        bp.getRequestContext().put("jakarta.xml.ws.client.connectionTimeout", 5000);
        bp.getRequestContext().put("jakarta.xml.ws.client.receiveTimeout", 15000);
        WsSecurity.signRequests(port, wss);
        Holder<String> echoed = new Holder<>();
        Holder<String> signer = new Holder<>();
        Holder<XMLGregorianCalendar> at = new Holder<>();
        long t0 = System.nanoTime();
        port.echo(text, echoed, signer, at);
        return new SoapRoundTrip(address, echoed.value, signer.value, (System.nanoTime() - t0) / 1_000_000);
    }

    static String address() {
        String configured = System.getenv("EDUGMINA_DIAGNOSTICS_URL");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        int port = Integer.parseInt(System.getProperty("jboss.http.port", "8080"))
                + Integer.parseInt(System.getProperty("jboss.socket.binding.port-offset", "0"));
        return "http://localhost:" + port + "/ws/diagnostics";
    }
}
