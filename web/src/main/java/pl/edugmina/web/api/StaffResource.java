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
import pl.edugmina.registry.application.StaffDirectoryService;

@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    private StaffDirectoryService staff;

    @GET
    public JsonObject list(@QueryParam("unitId") Long unitId, @QueryParam("department") @DefaultValue("false") boolean department,
                           @QueryParam("text") String text, @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("size") @DefaultValue("50") int size) {
        var page = staff.search(new StaffDirectoryService.StaffQuery(text, unitId, department, first, size));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (var r : page.rows()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id())
                    .add("firstName", r.firstName()).add("lastName", r.lastName()).add("position", r.position());
            if (r.unitId() == null) {
                b.addNull("unitId").addNull("unitName");
            } else {
                b.add("unitId", r.unitId()).add("unitName", r.unitName());
            }
            b.add("email", r.email() == null ? "" : r.email()).add("phone", r.phone() == null ? "" : r.phone());
            rows.add(b);
        }
        return Json.createObjectBuilder().add("total", page.total()).add("rows", rows).build();
    }
}
