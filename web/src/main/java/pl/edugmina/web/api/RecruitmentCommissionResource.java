package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.integration.documents.RecruitmentProtocolPdf;
import pl.edugmina.recruitment.application.RecruitmentCommission;
import pl.edugmina.recruitment.application.RecruitmentCommission.HomeAddress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The recruitment commission of a unit (the same as the screens "Rekrutacja – komisja"): the campaigns and units the
 * user's commission works for, the unit's list of applications (first choice: this unit), one application in full,
 * the decisions (paper brought, each criterion accepted or rejected with a reason, verification, return for
 * corrections, the address corrected) and the protocol as PDF. The first-choice unit's director and secretariat and
 * the department's officials; anyone else 403 (no commission role) or 404 (another unit's). Decisions outside the
 * campaign's applications and verification stages, or once a FINAL allocation runs or is published: 409.
 */
@Path("recruitment-commission")
@Produces(MediaType.APPLICATION_JSON)
public class RecruitmentCommissionResource {

    @Inject
    private RecruitmentCommission commission;

    @GET
    @Path("campaigns")
    public List<RecruitmentCommission.CampaignOption> campaigns() {
        return commission.campaigns();
    }

    /** {@code unit}: the unit (a unit's user: their own by default); {@code status}: SUBMITTED, VERIFIED or RETURNED. */
    @GET
    @Path("campaigns/{campaignId}/applications")
    public List<RecruitmentCommission.Row> list(@PathParam("campaignId") long campaignId, @QueryParam("unit") Long unit,
                                                @QueryParam("status") String status) {
        return commission.list(campaignId, unit, status);
    }

    /** The protocol as PDF; {@code member} (repeated, optional) names the members for the signature lines, the chair first. */
    @GET
    @Path("campaigns/{campaignId}/protocol.pdf")
    @Produces("application/pdf")
    public Response protocol(@PathParam("campaignId") long campaignId, @QueryParam("unit") Long unit, @QueryParam("member") List<String> members) {
        RecruitmentCommission.Protocol p = commission.protocol(campaignId, unit, members);
        return Response.ok(RecruitmentProtocolPdf.render(p), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"protokol-komisji-" + campaignId + "-" + p.unitId() + ".pdf\"").build();
    }

    @GET
    @Path("applications/{id}")
    public RecruitmentCommission.Detail one(@PathParam("id") long id) {
        return commission.detail(id);
    }

    /** A file the parent attached (proof of a criterion). */
    @GET
    @Path("documents/{id}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long id) {
        RecruitmentCommission.File f = commission.document(id);
        String encoded = URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(f.content(), f.mediaType()).header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The signed paper application was brought (channel PAPER). */
    @POST
    @Path("applications/{id}/paper")
    public Response paper(@PathParam("id") long id) {
        commission.paperReceived(id);
        return Response.noContent().build();
    }

    /** {verdict: ACCEPTED|REJECTED, reason (required for REJECTED)} → 204; 422 without a reason. */
    @PUT
    @Path("applications/{id}/criteria/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") long id, @PathParam("code") String code, JsonObject body) {
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        commission.decide(id, code, text(b, "verdict"), text(b, "reason"));
        return Response.noContent().build();
    }

    /** Every criterion decided (and a paper application brought) → VERIFIED with the points; 409 otherwise. */
    @POST
    @Path("applications/{id}/verification")
    public Response verify(@PathParam("id") long id) {
        commission.verify(id);
        return Response.noContent().build();
    }

    /** {reason} → 204: back to the parent for corrections (422 without a reason). */
    @POST
    @Path("applications/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response returnForCorrections(@PathParam("id") long id, JsonObject body) {
        commission.returnForCorrections(id, body == null ? null : text(body, "reason"));
        return Response.noContent().build();
    }

    /** {locality, street, houseNumber, flat?, postalCode, note?} → 204: the commission corrects the home address (in the history). */
    @PUT
    @Path("applications/{id}/address")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response address(@PathParam("id") long id, JsonObject body) {
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        commission.correctAddress(id, new HomeAddress(text(b, "locality"), text(b, "street"), text(b, "houseNumber"), text(b, "flat"),
                text(b, "postalCode")), text(b, "note"));
        return Response.noContent().build();
    }

    private static String text(JsonObject b, String key) {
        return b.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
