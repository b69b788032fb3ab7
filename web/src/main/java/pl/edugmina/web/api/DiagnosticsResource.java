package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import pl.edugmina.integration.diagnostics.DiagnosticsGateway;
import pl.edugmina.integration.diagnostics.SoapRoundTrip;

/** Administrator's checks of the service bus. */
@Path("admin/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {

    @Inject
    private DiagnosticsGateway diagnostics;

    /** Signs a SOAP request with the system's key and sends it through the bus to the diagnostics endpoint. */
    @POST
    @Path("soap-round-trip")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    public JsonObject soapRoundTrip(String text) {
        SoapRoundTrip r = diagnostics.soapRoundTrip(text == null || text.isBlank() ? "ping" : text);
        return Json.createObjectBuilder().add("endpoint", r.endpoint()).add("echoed", r.echoed())
                .add("signer", r.signer()).add("millis", r.millis()).build();
    }
}
