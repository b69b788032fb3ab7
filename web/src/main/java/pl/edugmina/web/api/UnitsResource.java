package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import pl.edugmina.platform.Page;
import pl.edugmina.platform.Settings;
import pl.edugmina.registry.application.ImportPreview;
import pl.edugmina.registry.application.ImportResult;
import pl.edugmina.registry.application.UnitExportService;
import pl.edugmina.registry.application.UnitImportService;
import pl.edugmina.registry.application.UnitQuery;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @Inject
    private UnitRegistryService registry;

    @Inject
    private UnitImportService importer;

    @Inject
    private UnitExportService export;

    @Inject
    private Settings settings;

    @GET
    public JsonObject list(@QueryParam("text") String text, @QueryParam("typeId") Integer typeId,
                           @QueryParam("publicUnit") Boolean publicUnit, @QueryParam("locality") String locality,
                           @QueryParam("groupId") Long groupId, @QueryParam("active") Boolean active,
                           @QueryParam("sort") @DefaultValue("name") String sort, @QueryParam("asc") @DefaultValue("true") boolean asc,
                           @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        Page<UnitRow> page = registry.search(new UnitQuery(text, typeId, publicUnit, locality, groupId, active, sort, asc,
                first, Math.min(size, 1000)));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(r -> rows.add(UnitJson.row(r)));
        return Json.createObjectBuilder().add("total", page.total()).add("rows", rows).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public JsonObject get(@PathParam("id") long id) {
        return UnitJson.view(registry.get(id));
    }

    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @QueryParam("version") Integer version, JsonObject body) {
        if (version == null || body == null) {
            throw new WebApplicationException(400);
        }
        registry.update(id, version, UnitJson.parse(body));
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        if (body == null) {
            throw new WebApplicationException(400);
        }
        long id = registry.create(UnitJson.parse(body));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("text") String text,
                           @QueryParam("typeId") Integer typeId, @QueryParam("publicUnit") Boolean publicUnit,
                           @QueryParam("locality") String locality, @QueryParam("groupId") Long groupId,
                           @QueryParam("active") Boolean active) {
        UnitQuery q = new UnitQuery(text, typeId, publicUnit, locality, groupId, active, "name", true, 0, UnitExportService.MAX_ROWS);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        // produced before the response starts, so a refusal is still a clean JSON error
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            if (xlsx) {
                export.xlsx(q, buffer);
            } else {
                export.csv(q, buffer);
            }
        } catch (IOException e) {
            throw new WebApplicationException(500);
        }
        String name = "placowki-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
        StreamingOutput body = out -> buffer.writeTo(out);
        return Response.ok(body, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("import/preview")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public JsonObject preview(InputStream file) throws IOException {
        ImportPreview p = importer.preview(read(file));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ImportPreview.Row r : p.rows()) {
            var b = Json.createObjectBuilder().add("position", r.position()).add("status", r.status().name());
            if (r.rspoNumber() == null) {
                b.addNull("rspoNumber");
            } else {
                b.add("rspoNumber", r.rspoNumber());
            }
            if (r.name() == null) {
                b.addNull("name");
            } else {
                b.add("name", r.name());
            }
            var changed = Json.createArrayBuilder();
            r.changedFields().forEach(changed::add);
            b.add("changedFields", changed);
            if (r.reason() == null) {
                b.addNull("reason");
            } else {
                b.add("reason", r.reason());
            }
            rows.add(b);
        }
        var out = Json.createObjectBuilder().add("rows", rows);
        if (p.fileError() == null) {
            out.addNull("fileError");
        } else {
            out.add("fileError", p.fileError());
        }
        return out.build();
    }

    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public JsonObject apply(InputStream file) throws IOException {
        ImportResult r = importer.apply(read(file));
        return Json.createObjectBuilder().add("created", r.created()).add("updated", r.updated())
                .add("unchanged", r.unchanged()).add("invalid", r.invalid()).build();
    }

    /** Reads the upload, refusing more than the configured limit without reading it all. */
    private byte[] read(InputStream in) throws IOException {
        long max = settings.importMaxBytes();
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (data.length > max) {
            throw new WebApplicationException(413);
        }
        return data;
    }
}
