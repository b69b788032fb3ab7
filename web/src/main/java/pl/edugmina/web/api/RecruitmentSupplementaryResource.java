package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.recruitment.application.AllocationService;
import pl.edugmina.recruitment.application.SupplementaryRound;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;

import java.net.URI;
import java.util.List;

/**
 * The supplementary round of a campaign (issue 5, ADR 0016): its state, its runs, and the start of a dry or final run
 * over the free seats. The department's officials (403 otherwise); a FINAL by the head of section or the director,
 * once (409 for a second). A run is then followed and read like any other at {@code /api/recruitment/allocations/{runId}}.
 */
@Path("recruitment-supplementary")
@Produces(MediaType.APPLICATION_JSON)
public class RecruitmentSupplementaryResource {

    @Inject
    private SupplementaryRound supplementary;

    @GET
    @Path("campaigns/{id}")
    public SupplementaryRound.Status status(@PathParam("id") long id) {
        return supplementary.status(id);
    }

    @GET
    @Path("campaigns/{id}/runs")
    public List<AllocationService.Run> runs(@PathParam("id") long id) {
        return supplementary.runs(id);
    }

    /** {mode: DRY_RUN|FINAL, seed? (dry run only)} → 202 {runId}, Location of the run. */
    @POST
    @Path("campaigns/{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("id") long id, JsonObject b) {
        JsonObject body = b == null ? JsonValue.EMPTY_JSON_OBJECT : b;
        AllocationMode mode = null;
        if (body.get("mode") instanceof jakarta.json.JsonString s) {
            try {
                mode = AllocationMode.valueOf(s.getString().strip());
            } catch (IllegalArgumentException e) {
                mode = null;
            }
        }
        String seed = body.get("seed") instanceof jakarta.json.JsonString s ? s.getString() : null;
        long runId = supplementary.start(id, mode, seed);
        return Response.accepted(Json.createObjectBuilder().add("runId", runId).build())
                .location(URI.create("/api/recruitment/allocations/" + runId)).build();
    }
}
