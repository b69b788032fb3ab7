package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import pl.edugmina.audit.application.AuditService;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditService audit;

    @GET
    public JsonObject list(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                           @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        var page = audit.search(new AuditService.Query(actor, action, entityType, entityId, null, null, first, size));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (var r : page.rows()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id())
                    .add("occurredAt", r.occurredAt().toString()).add("actor", r.actor()).add("action", r.action());
            opt(b, "entityType", r.entityType());
            opt(b, "entityId", r.entityId());
            opt(b, "summary", r.summary());
            opt(b, "changes", r.changes());
            opt(b, "clientIp", r.clientIp());
            rows.add(b);
        }
        return Json.createObjectBuilder().add("total", page.total()).add("rows", rows).build();
    }

    private static void opt(JsonObjectBuilder b, String k, String v) {
        if (v == null) {
            b.addNull(k);
        } else {
            b.add(k, v);
        }
    }
}
