package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.recruitment.application.CampaignGeneratorService;
import pl.edugmina.recruitment.infrastructure.CampaignGenerator;

import java.net.URI;

/**
 * The synthetic campaign generator for benchmarks and demonstrations. Answers 404 unless the server runs with
 * {@code EDUGMINA_RECRUITMENT_GENERATOR=true}; then the administrator only.
 */
@Path("admin/recruitment")
@Produces(MediaType.APPLICATION_JSON)
public class AdminRecruitmentResource {

    @Inject
    private CampaignGeneratorService generator;

    /**
     * {type?: SECONDARY, schoolYear?: "2026/2027", name?, candidates?: 1000, classes?: 40, preferences?: 7, seed?: 2026,
     * drawSeed?} → 201 {campaignId, units, classes, seats, candidates, guardians, applications, millis, kind}.
     */
    @POST
    @Path("generated-campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(JsonObject b) {
        JsonObject body = b == null ? JsonValue.EMPTY_JSON_OBJECT : b;
        CampaignGenerator.Generated g = generator.generate(new CampaignGeneratorService.Request(text(body, "type"), text(body, "schoolYear"),
                text(body, "name"), integer(body, "candidates"), integer(body, "classes"), integer(body, "preferences"),
                body.get("seed") instanceof JsonNumber n ? n.longValue() : null, text(body, "drawSeed")));
        return Response.status(201).location(URI.create("/api/recruitment/campaigns/" + g.campaignId())).entity(g).build();
    }

    private static String text(JsonObject b, String key) {
        return b.get(key) instanceof JsonString s ? s.getString() : null;
    }

    private static Integer integer(JsonObject b, String key) {
        return b.get(key) instanceof JsonNumber n ? n.intValue() : null;
    }
}
