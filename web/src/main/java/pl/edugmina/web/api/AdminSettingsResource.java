package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.application.MessageService;

import java.util.List;

/** Settings the administrator changes at run time (audited). */
@Path("admin/settings")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSettingsResource {

    @Inject
    private MessageService messages;

    /** {messageUnitToUnit: true|false} */
    @GET
    public JsonObject settings() {
        return Json.createObjectBuilder().add("messageUnitToUnit", messages.unitToUnitAllowed()).build();
    }

    /** {allowed: true|false}: whether units may write to each other. Administrators only. */
    @PUT
    @Path("message-unit-to-unit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unitToUnit(JsonObject b) {
        if (!b.containsKey("allowed") || !(b.get("allowed") == jakarta.json.JsonValue.TRUE || b.get("allowed") == jakarta.json.JsonValue.FALSE)) {
            throw new ValidationException(List.of(new ValidationException.Violation("allowed", "validation.required")));
        }
        messages.allowUnitToUnit(b.getBoolean("allowed"));
        return Response.noContent().build();
    }
}
