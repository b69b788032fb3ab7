package pl.edugmina.web.api;

import jakarta.inject.Inject;
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
import pl.edugmina.recruitment.application.RecruitmentAppeals;

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

    /** {answer, allowed? (an appeal: true allowed, false dismissed)} → 204. */
    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") long id, JsonObject body) {
        JsonValue allowed = body == null ? null : body.get("allowed");
        appeals.answer(id, body == null ? null : body.getString("answer", null),
                allowed == JsonValue.TRUE ? Boolean.TRUE : allowed == JsonValue.FALSE ? Boolean.FALSE : null);
        return Response.noContent().build();
    }
}
