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

    /**
     * {tgsid} → who Profil Zaufany says the session belongs to (name, reply format, whether a PESEL came;
     * the PESEL itself is not shown): checks the TpUserInfo address and the system's WS-Security key.
     * 502 {message} if Profil Zaufany refused or is unreachable.
     */
    @POST
    @Path("pz-user-info")
    @Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response pzUserInfo(JsonObject body) {
        try {
            return jakarta.ws.rs.core.Response.ok(diagnostics.pzUserInfo(body.getString("tgsid", null))).build();
        } catch (pl.edugmina.integration.pz.TrustedProfile.TrustedProfileException e) {
            return jakarta.ws.rs.core.Response.status(502).entity(Json.createObjectBuilder().add("message", e.getMessage()).build()).build();
        }
    }

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
