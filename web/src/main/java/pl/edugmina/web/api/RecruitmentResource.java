package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.recruitment.application.AllocationService;
import pl.edugmina.recruitment.application.AllocationService.ClassLabel;
import pl.edugmina.recruitment.application.AllocationService.Key;
import pl.edugmina.recruitment.application.CampaignService;
import pl.edugmina.recruitment.domain.setup.CriterionDraft;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.web.support.Messages;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/**
 * Recruitment allocation (issue 5): start a run of a campaign (dry run or final) and follow it, then read its results
 * per class and per candidate. The department's officials only (403 otherwise); a FINAL only by the head of section
 * or the director, once per campaign (409 for a second one unless the director supersedes it with a reason).
 */
@Path("recruitment")
@Produces(MediaType.APPLICATION_JSON)
public class RecruitmentResource {

    @Inject
    private AllocationService allocations;

    @Inject
    private CampaignService setup;

    @GET
    @Path("campaigns")
    public List<AllocationService.CampaignView> campaigns() {
        return allocations.campaigns();
    }

    @GET
    @Path("campaigns/{id}")
    public AllocationService.CampaignView campaign(@PathParam("id") long id) {
        return allocations.campaign(id);
    }

    @GET
    @Path("campaigns/{id}/allocations")
    public List<AllocationService.Run> runs(@PathParam("id") long id) {
        return allocations.runs(id);
    }

    /**
     * {mode: DRY_RUN|FINAL, seed? (dry run only), supersede?: true, reason? (with supersede)} → 202 {runId}, Location of
     * the run. The allocation goes on in the background: follow it at {@code GET /api/recruitment/allocations/{runId}}.
     */
    @POST
    @Path("campaigns/{id}/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("id") long id, JsonObject b) {
        JsonObject body = b == null ? JsonValue.EMPTY_JSON_OBJECT : b;
        AllocationMode mode = mode(body.get("mode"));
        boolean supersede = body.get("supersede") == JsonValue.TRUE;
        long runId = allocations.start(id, new AllocationService.StartRequest(mode, string(body, "seed"), supersede, string(body, "reason")));
        return Response.accepted(Json.createObjectBuilder().add("runId", runId).build())
                .location(URI.create("/api/recruitment/allocations/" + runId)).build();
    }

    /** Status (RUNNING, DONE, FAILED), phase, progress 0–100, counts, timings (load, match, save, total in ms), the error. */
    @GET
    @Path("allocations/{runId}")
    public AllocationService.Run run(@PathParam("runId") long runId) {
        return allocations.run(runId);
    }

    /** Every class of the run: seats, seats added, applicants, admitted, free seats and the cut-off (409 before DONE). */
    @GET
    @Path("allocations/{runId}/classes")
    public List<AllocationService.ClassRow> classes(@PathParam("runId") long runId) {
        return allocations.classes(runId);
    }

    /** The admitted of one class, in the class's order. */
    @GET
    @Path("allocations/{runId}/classes/{classId}/admitted")
    public List<AllocationService.Admitted> admitted(@PathParam("runId") long runId, @PathParam("classId") long classId) {
        return allocations.admitted(runId, classId);
    }

    /** One candidate's outcome and, for each preference down to it, the cut-off and why it was not reached, in Polish too. */
    @GET
    @Path("allocations/{runId}/candidates/{code}")
    public Explained candidate(@PathParam("runId") long runId, @PathParam("code") String code) {
        AllocationService.CandidateOutcome o = allocations.candidate(runId, code);
        List<ExplainedLine> lines = o.lines().stream().map(RecruitmentResource::line).toList();
        String summary = o.placedClass() == null
                ? Messages.get(Messages.POLISH, "recruitment.explain.notPlaced", lines.size())
                : Messages.get(Messages.POLISH, "recruitment.explain.placed", label(o.placedClass()), o.placedPreference());
        return new Explained(o.runId(), o.code(), o.candidateId(), o.draw(), o.placedClass(), o.placedPreference(), summary, lines);
    }

    /** A candidate's outcome as the API gives it: {@code summary} and each line's {@code text} are Polish sentences. */
    public record Explained(long runId, String code, long candidateId, String draw, ClassLabel placedClass, int placedPreference,
                            String summary, List<ExplainedLine> lines) {
    }

    public record ExplainedLine(int preference, ClassLabel classLabel, String outcome, Key own, Key cutOff, String reason, String text) {
    }

    public static ExplainedLine line(AllocationService.Line l) {
        Key own = l.own();
        Key cut = l.cutOff();
        String text;
        if (l.reason() == null) {
            text = Messages.get(Messages.POLISH, "recruitment.explain.ADMITTED", l.preference(), label(l.classLabel()), points(own.points()),
                    cut == null ? "—" : points(cut.points()));
        } else {
            text = Messages.get(Messages.POLISH, "recruitment.explain." + l.reason(), l.preference(), label(l.classLabel()), points(own.points()),
                    cut == null ? "—" : points(cut.points()), own.secondTier(), cut == null ? "—" : cut.secondTier(), own.draw(),
                    cut == null ? "—" : cut.draw());
        }
        return new ExplainedLine(l.preference(), l.classLabel(), l.outcome(), own, cut, l.reason(), text);
    }

    public static String label(ClassLabel k) {
        if (k == null) {
            return "?";
        }
        return k.unitName() + ", " + k.name() + (k.profile() == null ? "" : " (" + k.profile() + ")");
    }

    /** 152.45 → "152,45" */
    public static String points(BigDecimal p) {
        return p.toPlainString().replace('.', ',');
    }

    // ---------------------------------------------------------------- campaign set-up (department officials)

    /** {type, schoolYear, name, maxPreferences, seed?} → 201 {id} (in PREPARATION; without a seed a random one). */
    @POST
    @Path("campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject b) {
        long id = setup.create(RecruitmentSetupJson.campaign(b == null ? JsonValue.EMPTY_JSON_OBJECT : b));
        return Response.status(201).location(URI.create("/api/recruitment/campaigns/" + id + "/setup"))
                .entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    /** Everything set up: data, timetable, classes, criteria, catchment areas, what is missing to open, the possible moves. */
    @GET
    @Path("campaigns/{id}/setup")
    public CampaignService.Detail setup(@PathParam("id") long id) {
        return setup.detail(id);
    }

    /** {name, maxPreferences, seed?} (in preparation; kind and school year stay as created). */
    @PUT
    @Path("campaigns/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignService.Detail update(@PathParam("id") long id, JsonObject b) {
        setup.update(id, RecruitmentSetupJson.campaign(b == null ? JsonValue.EMPTY_JSON_OBJECT : b));
        return setup.detail(id);
    }

    /** [{stage, from: RRRR-MM-DD, to}] (or {stages: [...]}): replaces the timetable. */
    @PUT
    @Path("campaigns/{id}/stages")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignService.Detail stages(@PathParam("id") long id, JsonValue b) {
        setup.setStages(id, RecruitmentSetupJson.stages(b));
        return setup.detail(id);
    }

    /** The registry's open units that may offer classes in this campaign. */
    @GET
    @Path("campaigns/{id}/units")
    public List<CampaignService.UnitOption> units(@PathParam("id") long id) {
        return setup.eligibleUnits(id);
    }

    /** {unitId, name, profile?, languages?, extendedSubjects?, seats} → 201 {id}. */
    @POST
    @Path("campaigns/{id}/classes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addClass(@PathParam("id") long id, JsonObject b) {
        long classId = setup.addClass(id, RecruitmentSetupJson.classDraft(b == null ? JsonValue.EMPTY_JSON_OBJECT : b));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", classId).build()).build();
    }

    /** The same fields; once applications are open only {@code seats} may differ. */
    @PUT
    @Path("campaigns/{id}/classes/{classId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateClass(@PathParam("id") long id, @PathParam("classId") long classId, JsonObject b) {
        setup.updateClass(id, classId, RecruitmentSetupJson.classDraft(b == null ? JsonValue.EMPTY_JSON_OBJECT : b));
        return Response.noContent().build();
    }

    @DELETE
    @Path("campaigns/{id}/classes/{classId}")
    public Response removeClass(@PathParam("id") long id, @PathParam("classId") long classId) {
        setup.removeClass(id, classId);
        return Response.noContent().build();
    }

    /** [{code, group: STATUTORY|MUNICIPAL, label, points, proof?}] (or {criteria: [...]}): replaces the criteria. */
    @PUT
    @Path("campaigns/{id}/criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response criteria(@PathParam("id") long id, JsonValue b) {
        setup.setCriteria(id, RecruitmentSetupJson.criteria(b));
        return Response.noContent().build();
    }

    /** The law's default criteria for the campaign's kind, without saving them. */
    @GET
    @Path("campaigns/{id}/criteria/defaults")
    public List<CriterionDraft> defaultCriteria(@PathParam("id") long id) {
        return setup.defaultCriteria(id);
    }

    /** Replaces the criteria with the law's defaults for the campaign's kind and returns them. */
    @POST
    @Path("campaigns/{id}/criteria/defaults")
    public List<CriterionDraft> loadDefaultCriteria(@PathParam("id") long id) {
        return setup.loadDefaultCriteria(id);
    }

    /** Class I: [{unitId, locality?, street, parity?: ALL|ODD|EVEN, from?, to?}] (or {catchment: [...]}): replaces the areas. */
    @PUT
    @Path("campaigns/{id}/catchment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response catchment(@PathParam("id") long id, JsonValue b) {
        setup.setCatchment(id, RecruitmentSetupJson.catchment(b));
        return Response.noContent().build();
    }

    /** {status: APPLICATIONS|VERIFICATION|ALLOCATED|CLOSED|PREPARATION} → the campaign (422 with what is missing to open it). */
    @POST
    @Path("campaigns/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignService.Detail status(@PathParam("id") long id, JsonObject b) {
        setup.changeStatus(id, b == null ? null : string(b, "status"));
        return setup.detail(id);
    }

    private static AllocationMode mode(JsonValue v) {
        if (v instanceof jakarta.json.JsonString s) {
            try {
                return AllocationMode.valueOf(s.getString().strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static String string(JsonObject b, String key) {
        JsonValue v = b.get(key);
        return v instanceof jakarta.json.JsonString s ? s.getString() : null;
    }
}
