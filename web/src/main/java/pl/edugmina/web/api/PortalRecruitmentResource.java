package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.integration.documents.RecruitmentApplicationPdf;
import pl.edugmina.integration.pz.TrustedProfile;
import pl.edugmina.integration.recruitment.RecruitmentSigningService;
import pl.edugmina.recruitment.application.RecruitmentAppeals;
import pl.edugmina.recruitment.application.RecruitmentApplications;
import pl.edugmina.recruitment.application.RecruitmentApplications.Draft;
import pl.edugmina.recruitment.application.RecruitmentApplications.Guardian;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A parent's recruitment applications on the portal (the same as the screens "Rekrutacja"): the campaigns open now
 * with their offer and criteria, the parent's applications, a draft written and saved, submitted on paper or sent to
 * Profil Zaufany for signing, withdrawn, a new PIN, the confirmation of the will to attend. Citizens only (403).
 */
@Path("portal/recruitment")
@Produces(MediaType.APPLICATION_JSON)
public class PortalRecruitmentResource {

    @Inject
    private RecruitmentApplications applications;

    @Inject
    private RecruitmentSigningService signing;

    @Inject
    private RecruitmentAppeals appeals;

    @GET
    @Path("campaigns")
    public List<RecruitmentApplications.OpenCampaign> open() {
        return applications.openCampaigns();
    }

    @GET
    @Path("applications")
    public List<RecruitmentApplications.Summary> mine() {
        return applications.mine();
    }

    /** {campaignId, child: {firstName, lastName, birthDate, pesel?, document?}, address: {...}, guardians: [...], preferences: [classId…], criteria: [code…]} → 201 {id}. */
    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        if (!(body.get("campaignId") instanceof JsonNumber campaign)) {
            throw new ValidationException(List.of(new ValidationException.Violation("campaignId", "validation.required")));
        }
        long id = applications.create(campaign.longValue(), draft(body));
        return Response.status(201).location(URI.create("/api/portal/recruitment/applications/" + id))
                .entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    /**
     * A new application written and submitted on paper at once (the parents' form sends this when "Złóż do wydruku"
     * is pressed before a draft was saved): the body of POST applications plus {replace?: true} → 201 {id, code, pin,
     * withdrawnId}; 422 {violations} when incomplete, 409 {message} for a second application of the child without
     * replace or outside the term. Nothing is written unless the whole submission is.
     */
    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JsonObject body) {
        if (!(body.get("campaignId") instanceof JsonNumber campaign)) {
            throw new ValidationException(List.of(new ValidationException.Violation("campaignId", "validation.required")));
        }
        RecruitmentApplications.Submitted s = applications.submitNewOnPaper(campaign.longValue(), draft(body), body.getBoolean("replace", false));
        return Response.status(201).location(URI.create("/api/portal/recruitment/applications/" + s.id())).entity(s).build();
    }

    @GET
    @Path("applications/{id}")
    public RecruitmentApplications.Detail one(@PathParam("id") long id) {
        return applications.detail(id);
    }

    /** The same body as POST plus {version}; 409 when stale or already submitted. */
    @PUT
    @Path("applications/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, JsonObject body) {
        if (!(body.get("version") instanceof JsonNumber version)) {
            throw new ValidationException(List.of(new ValidationException.Violation("version", "validation.required")));
        }
        applications.update(id, version.longValue(), draft(body));
        return Response.noContent().build();
    }

    /** {replace?: true} → {id, code, pin, withdrawnId}: submitted to be printed and brought signed. 409 {message} for a second application of the child without replace. */
    @POST
    @Path("applications/{id}/paper")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecruitmentApplications.Submitted paper(@PathParam("id") long id, JsonObject body) {
        return applications.submitOnPaper(id, body != null && body.getBoolean("replace", false));
    }

    /** {replace?: true} → 201 {id, signingUrl}: send the parent's browser to signingUrl; 502 {message} when Profil Zaufany fails. */
    @POST
    @Path("applications/{id}/signing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("id") long id, JsonObject body, @Context HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String appUrl = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        try {
            RecruitmentSigningService.Started s = signing.start(id, body != null && body.getBoolean("replace", false), appUrl);
            return Response.status(201).entity(Json.createObjectBuilder().add("id", s.id()).add("signingUrl", s.signingUrl()).build()).build();
        } catch (TrustedProfile.TrustedProfileException e) {
            return Response.status(502).entity(Json.createObjectBuilder().add("message", e.getMessage()).build()).build();
        }
    }

    /** The provider sent the browser back: {@code t} the token, {@code r} ok or cancel. */
    @POST
    @Path("signed")
    public RecruitmentSigningService.Outcome signed(@QueryParam("t") String token, @QueryParam("r") String result) {
        return signing.complete(token, "cancel".equals(result));
    }

    @POST
    @Path("applications/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") long id, JsonObject body) {
        applications.withdraw(id, body == null ? null : body.getString("reason", null));
        return Response.noContent().build();
    }

    @POST
    @Path("applications/{id}/pin")
    public RecruitmentApplications.Submitted pin(@PathParam("id") long id) {
        return applications.newPin(id);
    }

    @POST
    @Path("applications/{id}/confirmation")
    public Response confirm(@PathParam("id") long id) {
        applications.confirmWill(id);
        return Response.noContent().build();
    }

    /** The file in the body (any type), its name in {@code ?name=}, the criterion it proves in {@code ?code=} → 201 {id}; 422 for a refused file. */
    @POST
    @Path("applications/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, @QueryParam("code") String code, byte[] content) {
        long attachment = applications.attach(id, code, name, content);
        return Response.status(201).entity(Json.createObjectBuilder().add("id", attachment).build()).build();
    }

    @GET
    @Path("applications/{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        RecruitmentApplications.FileContent f = applications.attachment(id, attachment);
        return Response.ok(f.content(), f.mediaType()).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @jakarta.ws.rs.DELETE
    @Path("applications/{id}/attachments/{attachment}")
    public Response removeAttachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        applications.removeAttachment(id, attachment);
        return Response.noContent().build();
    }

    /** The parent's request for the justification and appeal, with the last days to file them. */
    @GET
    @Path("applications/{id}/appeals")
    public RecruitmentAppeals.Rights appeals(@PathParam("id") long id) {
        return appeals.rights(id);
    }

    /** {content} → 201 {id}: the request for the commission's justification; 409 outside its term. */
    @POST
    @Path("applications/{id}/justification-request")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestJustification(@PathParam("id") long id, JsonObject body) {
        long appeal = appeals.requestJustification(id, body == null ? null : body.getString("content", null));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", appeal).build()).build();
    }

    /** {content} → 201 {id}: the appeal to the director after the justification; 409 outside its term. */
    @POST
    @Path("applications/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appeal(@PathParam("id") long id, JsonObject body) {
        long appeal = appeals.appeal(id, body == null ? null : body.getString("content", null));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", appeal).build()).build();
    }

    static Draft draft(JsonObject b) {
        JsonObject child = object(b, "child");
        JsonObject address = object(b, "address");
        List<Guardian> guardians = new ArrayList<>();
        if (b.get("guardians") instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonObject g) {
                    guardians.add(new Guardian(text(g, "name"), text(g, "email"), text(g, "phone")));
                }
            }
        }
        List<Long> prefs = new ArrayList<>();
        if (b.get("preferences") instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (!(v instanceof JsonNumber n)) {
                    throw new ValidationException(List.of(new ValidationException.Violation("preferences", "validation.number")));
                }
                prefs.add(n.longValue());
            }
        }
        List<String> criteria = new ArrayList<>();
        if (b.get("criteria") instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonString s) {
                    criteria.add(s.getString());
                }
            }
        }
        LocalDate birth = null;
        String birthText = text(child, "birthDate");
        if (birthText != null) {
            try {
                birth = LocalDate.parse(birthText);
            } catch (DateTimeParseException e) {
                throw new ValidationException(List.of(new ValidationException.Violation("birthDate", "validation.date")));
            }
        }
        return new Draft(text(child, "firstName"), text(child, "lastName"), birth, text(child, "pesel"), text(child, "document"),
                text(address, "locality"), text(address, "street"), text(address, "houseNumber"), text(address, "flat"),
                text(address, "postalCode"), guardians.isEmpty() ? null : guardians.get(0), guardians.size() > 1 ? guardians.get(1) : null,
                prefs, criteria);
    }

    private static JsonObject object(JsonObject b, String key) {
        return b.get(key) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String text(JsonObject b, String key) {
        return b.get(key) instanceof JsonString s ? s.getString() : null;
    }

    /**
     * The parent's own submitted application as a PDF to print, sign and bring to the first-choice unit ("Złóż do
     * wydruku"); read through the service, which checks the reader and audits the reading. 404 for anyone but the
     * parent, 409 {message} for a draft (no code yet) or a withdrawn application.
     */
    @GET
    @Path("applications/{id}/application.pdf")
    @Produces("application/pdf")
    public Response applicationPdf(@PathParam("id") long id) {
        RecruitmentApplications.Detail d = applications.detail(id);
        if (!d.mine()) {
            throw new NotFoundException("application", id);
        }
        if (d.code() == null || "DRAFT".equals(d.status()) || "WITHDRAWN".equals(d.status())) {
            throw new ConflictException("recruitment.apply.notPrintable", id);
        }
        String schoolYear = applications.campaignForm(d.campaignId()).schoolYear();
        return Response.ok(RecruitmentApplicationPdf.render(d, schoolYear, Instant.now()),
                "application/pdf").header("Content-Disposition", "attachment; filename=\"wniosek-" + d.code() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }
}
