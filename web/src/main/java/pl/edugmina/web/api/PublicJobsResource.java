package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.jobs.application.JobBankService;
import pl.edugmina.jobs.domain.CandidateEntry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public part of the teacher job bank, without login ({@code /api/public/…} is let through by
 * {@link ApiAuthenticationFilter}): the open offers (no personal data) and a candidate's own entry.
 */
@Path("public/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class PublicJobsResource {

    @Inject
    private JobBankService jobs;

    @GET
    public List<JobBankService.PublicOffer> offers() {
        return jobs.publicOffers();
    }

    /** The consent clause a candidate agrees to. */
    @GET
    @Path("consent")
    public JsonObject consent() {
        return Json.createObjectBuilder().add("text", CandidateEntry.CONSENT_TEXT).add("retentionMonths", CandidateEntry.RETENTION_MONTHS).build();
    }

    /** {fullName, email, subjects, qualifications, consent: true, offerIds?: []} → 201 (nothing about the entry is returned). */
    @POST
    @Path("candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(JsonObject b) {
        Set<Long> offers = new LinkedHashSet<>();
        JsonArray a = b.getJsonArray("offerIds");
        if (a != null) {
            a.getValuesAs(JsonNumber.class).forEach(n -> offers.add(n.longValue()));
        }
        jobs.apply(new CandidateEntry(b.getString("fullName", null), b.getString("email", null), b.getString("subjects", null),
                b.getString("qualifications", null), b.get("consent") == JsonValue.TRUE, offers));
        return Response.status(201).entity(Json.createObjectBuilder().add("received", true).build()).build();
    }
}
