package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.platform.mail.MailOutbox;

import java.time.Instant;

/** The administrator's view of e-mail notifications: what was sent, what waits, what failed and why; a test mail. */
@Path("admin/mail")
@Produces(MediaType.APPLICATION_JSON)
public class AdminMailResource {

    @Inject
    private MailOutbox outbox;

    /** Newest first; {@code status} QUEUED, SENT or FAILED; {@code to}: part of the address; at most {@code limit} (1..1000). */
    @GET
    public JsonObject list(@QueryParam("status") String status, @QueryParam("to") String to,
                           @QueryParam("limit") @DefaultValue("100") int limit) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (MailOutbox.Row r : outbox.list(status, to, limit)) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("to", r.recipient()).add("subject", r.subject())
                    .add("status", r.status()).add("attempts", r.attempts());
            opt(b, "lastError", r.lastError());
            opt(b, "queuedAt", r.queuedAt());
            opt(b, "lastAttemptAt", r.lastAttemptAt());
            opt(b, "sentAt", r.sentAt());
            opt(b, "failedAt", r.failedAt());
            rows.add(b);
        }
        return Json.createObjectBuilder().add("rows", rows).build();
    }

    /** {to} → 202 {id}: a test mail is queued (sent after this request's transaction commits). */
    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response test(JsonObject body) {
        long id = outbox.sendTest(body == null ? null : body.getString("to", null));
        return Response.accepted(Json.createObjectBuilder().add("id", id).build()).build();
    }

    private static void opt(JsonObjectBuilder b, String k, Object v) {
        if (v == null) {
            b.addNull(k);
        } else {
            b.add(k, v instanceof Instant i ? i.toString() : v.toString());
        }
    }
}
