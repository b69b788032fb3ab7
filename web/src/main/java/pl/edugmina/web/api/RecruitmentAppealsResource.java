package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.recruitment.application.RecruitmentAppealResults;
import pl.edugmina.recruitment.application.RecruitmentAppeals;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests for the justification and appeals after the lists of admitted, for the commission (the first-choice unit's
 * director or secretariat answers a request) and the director (decides an appeal); the department reads them all.
 */
@Path("recruitment-appeals")
@Produces(MediaType.APPLICATION_JSON)
public class RecruitmentAppealsResource {

    @Inject
    private RecruitmentAppeals appeals;

    @GET
    public List<RecruitmentAppeals.AppealView> pending() {
        return appeals.pending();
    }

    /**
     * {answer, allowed? (an appeal: true allowed, false dismissed), acceptedCriteria? (codes the director now accepts,
     * only when allowed)} → 204; an allowed appeal → 200 {moved, seatAdded, fromPreference, fromClass, toPreference,
     * toClass, message}: the candidate re-evaluated against the published final allocation, nobody else moved.
     */
    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") long id, JsonObject body) {
        JsonValue allowed = body == null ? null : body.get("allowed");
        List<String> criteria = new ArrayList<>();
        if (body != null && body.get("acceptedCriteria") instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonString str) {
                    criteria.add(str.getString());
                }
            }
        }
        RecruitmentAppealResults.Outcome outcome = appeals.answer(id, body == null ? null : body.getString("answer", null),
                allowed == JsonValue.TRUE ? Boolean.TRUE : allowed == JsonValue.FALSE ? Boolean.FALSE : null, criteria);
        if (outcome == null) {
            return Response.noContent().build();
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("moved", outcome.moved()).add("seatAdded", outcome.seatAdded())
                .add("fromPreference", outcome.fromPreference()).add("toPreference", outcome.toPreference())
                .add("message", outcome.describe());
        if (outcome.fromClass() != null) {
            b.add("fromClass", outcome.fromClass());
        }
        if (outcome.toClass() != null) {
            b.add("toClass", outcome.toClass());
        }
        return Response.ok(b.build()).build();
    }

    /** The criteria the parent declared on the appealed application, with the commission's verdicts (the unit's director). */
    @GET
    @Path("{id}/criteria")
    public List<RecruitmentAppeals.AppealCriterion> criteria(@PathParam("id") long id) {
        return appeals.criteria(id);
    }
}
