package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.recruitment.application.PublicListsService;
import pl.edugmina.recruitment.application.PublicResultsService;
import pl.edugmina.recruitment.application.PublicResultsService.Blocked;
import pl.edugmina.recruitment.application.PublicResultsService.Found;
import pl.edugmina.recruitment.application.PublicResultsService.Lookup;
import pl.edugmina.recruitment.application.PublicResultsService.NotYetPublic;
import pl.edugmina.recruitment.application.PublicResultsService.Refused;
import pl.edugmina.web.support.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Results day without login ({@code /api/public/…} is let through by {@link ApiAuthenticationFilter}): a candidate's
 * published outcome for the code and PIN, answered from the rows precomputed at publication (ADR 0013); and the public
 * lists of a campaign, codes only.
 *
 * <ul>
 * <li>{@code POST} with JSON {@code {code, pin, campaignId?}} or a form ({@code code}, {@code pin}); or {@code GET
 * ?code=…[&campaignId=…]} with the PIN in the header {@code X-Candidate-Pin} (never in the URL: URLs end up in access
 * logs, proxies and browser history).</li>
 * <li>200: the outcome (JSON as stored); 403: unknown code or wrong PIN (the same answer for both); 429 with
 * {@code Retry-After}: the code is blocked after 5 wrong PINs within 15 minutes; 404: the results are not public yet
 * (with the date); 422: a missing or malformed code or PIN.</li>
 * </ul>
 */
@Path("public/recruitment-results")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRecruitmentResultsResource {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(OFFICE_ZONE);

    @Inject
    private PublicResultsService results;

    @Inject
    private PublicListsService lists;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lookup(JsonObject b) {
        JsonObject body = b == null ? JsonValue.EMPTY_JSON_OBJECT : b;
        Long campaign = body.get("campaignId") instanceof JsonNumber n ? n.longValue() : null;
        return answer(results.lookup(campaign, text(body, "code"), text(body, "pin")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookupForm(@FormParam("code") String code, @FormParam("pin") String pin, @FormParam("campaignId") Long campaign) {
        return answer(results.lookup(campaign, code, pin));
    }

    @GET
    public Response lookupGet(@QueryParam("code") String code, @HeaderParam("X-Candidate-Pin") String pin,
                              @QueryParam("campaignId") Long campaign) {
        return answer(results.lookup(campaign, code, pin));
    }

    /** The campaigns whose results are published, with the moment the public sees them from. */
    @GET
    @Path("campaigns")
    public List<PublicResultsService.PublicCampaign> campaigns() {
        return results.publishedCampaigns();
    }

    /** The units of a campaign whose results are public, with seats, qualified and free places. */
    @GET
    @Path("campaigns/{id}/units")
    public List<PublicResultsService.PublicUnit> units(@PathParam("id") long id) {
        return results.units(id);
    }

    /** One unit's classes: seats, qualified, free places, cut-off points, and the lists of codes (qualified, not qualified). */
    @GET
    @Path("campaigns/{id}/units/{unitId}")
    public List<PublicResultsService.PublicClass> classes(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return results.classes(id, unitId);
    }

    /**
     * One unit's lists: per class the codes qualified and not qualified, and from the start of the ADMITTED_LIST stage
     * the admitted and not admitted, with the free places after admission (PublicListsService).
     */
    @GET
    @Path("campaigns/{id}/units/{unitId}/lists")
    public PublicListsService.UnitLists lists(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return lists.unitLists(id, unitId);
    }

    static Response answer(Lookup lookup) {
        Response.ResponseBuilder r;
        if (lookup instanceof Found f) {
            r = Response.ok(f.answerJson());
        } else if (lookup instanceof Refused f) {
            r = Response.status(403).entity(message(f.blockedNow()
                    ? Messages.get(Messages.POLISH, "recruitment.results.blockedNow", PublicResultsService.maxFailures(),
                    PublicResultsService.blockMinutes(), WHEN.format(f.blockedUntil()))
                    : Messages.get(Messages.POLISH, "recruitment.results.refused", PublicResultsService.maxFailures(),
                    PublicResultsService.windowMinutes(), PublicResultsService.blockMinutes())));
        } else if (lookup instanceof Blocked f) {
            r = Response.status(429)
                    .header("Retry-After", Math.max(1, Duration.between(Instant.now(), f.until()).toSeconds() + 1))
                    .entity(message(Messages.get(Messages.POLISH, "recruitment.results.blocked", WHEN.format(f.until()))));
        } else {
            NotYetPublic f = (NotYetPublic) lookup;
            r = Response.status(404).entity(message(Messages.get(Messages.POLISH, "recruitment.results.notYet", f.campaignName(),
                    WHEN.format(f.visibleFrom()))));
        }
        return r.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    private static String message(String text) {
        return Json.createObjectBuilder().add("message", text).build().toString();
    }

    private static String text(JsonObject b, String key) {
        return b.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
