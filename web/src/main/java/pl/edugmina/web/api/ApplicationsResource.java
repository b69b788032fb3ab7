package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.applications.application.ApplicationCallService;
import pl.edugmina.applications.application.ApplicationRepository;
import pl.edugmina.applications.application.ApplicationService;
import pl.edugmina.applications.application.EvaluationService;
import pl.edugmina.common.Money;
import pl.edugmina.common.ValidationException;
import pl.edugmina.integration.documents.ApplicationListPdf;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applications (wnioski) with their life cycle: the same operations as the screens "Nabory wniosków" (department),
 * "Moje oceny" (committee members) and "Wnioski" (units). Amounts are strings or numbers in złoty with at most two
 * decimals ("12500.50", "12 500,50"); dates YYYY-MM-DD.
 */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    @Inject
    private ApplicationCallService calls;

    @Inject
    private ApplicationService applications;

    @Inject
    private EvaluationService evaluations;

    // ---------------------------------------------------------------- kinds and calls (department)

    @GET
    @Path("kinds")
    public List<ApplicationCallService.Kind> kinds() {
        return calls.kinds();
    }

    /** {code, name, description?} → 201 {id} */
    @POST
    @Path("kinds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createKind(JsonObject b) {
        int id = calls.createKind(b.getString("code", null), b.getString("name", null), b.getString("description", null));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @GET
    @Path("calls")
    public List<ApplicationCallService.CallRow> callList() {
        return calls.calls();
    }

    /**
     * {kindId, name, description?, opensOn, closesOn, eligibleUnitTypes: [RSPO type ids], limits?: {"34": 6}, defaultLimit,
     * budget, maxPerApplication?, partialAllowed, criteria: [{label, maxPoints, weight?}], applicationForm?: [ReplyForm fields],
     * reportForm?: [...], reportDue?} → 201 {id}
     */
    @POST
    @Path("calls")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCall(JsonObject b) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        Map<Integer, Integer> limits = new LinkedHashMap<>();
        JsonObject l = b.get("limits") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        l.forEach((k, v) -> {
            try {
                limits.put(Integer.valueOf(k.strip()), v instanceof JsonNumber n ? n.intValueExact() : Integer.valueOf(((JsonString) v).getString().strip()));
            } catch (RuntimeException e) {
                errors.add(new ValidationException.Violation("limits", "application.call.limit.range", 100));
            }
        });
        Set<Integer> types = new LinkedHashSet<>();
        if (b.get("eligibleUnitTypes") instanceof JsonArray a) {
            a.getValuesAs(JsonNumber.class).forEach(n -> types.add(n.intValue()));
        }
        // an amount that cannot be read goes on as -1: the call's rules refuse it together with every other problem
        List<ValidationException.Violation> amountErrors = new ArrayList<>();
        BigDecimal budget = amount(b, "budget", amountErrors);
        BigDecimal max = amount(b, "maxPerApplication", amountErrors);
        if (amountErrors.stream().anyMatch(v -> v.field().equals("budget"))) {
            budget = BigDecimal.ONE.negate();
        }
        if (amountErrors.stream().anyMatch(v -> v.field().equals("maxPerApplication"))) {
            max = BigDecimal.ONE.negate();
        }
        LocalDate opens = date(b, "opensOn", errors);
        LocalDate closes = date(b, "closesOn", errors);
        LocalDate reportDue = date(b, "reportDue", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = calls.create(new ApplicationCallService.NewCall(b.containsKey("kindId") && !b.isNull("kindId") ? b.getInt("kindId") : null,
                b.getString("name", null), b.getString("description", null), opens, closes, types, limits,
                b.containsKey("defaultLimit") && !b.isNull("defaultLimit") ? b.getInt("defaultLimit") : null, budget, max,
                b.getBoolean("partialAllowed", false), array(b, "criteria"), array(b, "applicationForm"), array(b, "reportForm"), reportDue));
        return Response.status(201).location(URI.create("/api/applications/calls/" + id)).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @GET
    @Path("calls/{id}")
    public ApplicationCallService.CallView call(@PathParam("id") long id) {
        return calls.call(id);
    }

    @GET
    @Path("committee-candidates")
    public List<ApplicationCallService.Member> committeeCandidates() {
        return calls.committeeCandidates();
    }

    /** {members: [login]} */
    @PUT
    @Path("calls/{id}/committee")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response committee(@PathParam("id") long id, JsonObject b) {
        calls.setCommittee(id, logins(b));
        return Response.noContent().build();
    }

    /** {closeEarly?: true} ends the submissions and starts the committee's evaluation. */
    @POST
    @Path("calls/{id}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startEvaluation(@PathParam("id") long id, JsonObject b) {
        calls.startEvaluation(id, b != null && b.getBoolean("closeEarly", false));
        return Response.noContent().build();
    }

    @POST
    @Path("calls/{id}/evaluation/close")
    public Response closeEvaluation(@PathParam("id") long id) {
        calls.closeEvaluation(id);
        return Response.noContent().build();
    }

    @GET
    @Path("calls/{id}/ranking")
    public ApplicationCallService.RankingView ranking(@PathParam("id") long id) {
        return calls.ranking(id);
    }

    /** {amounts?: {"<application id>": amount}}: without amounts, the proposed split. */
    @POST
    @Path("calls/{id}/recommendation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recommend(@PathParam("id") long id, JsonObject b) {
        calls.recommend(id, amounts(b));
        return Response.noContent().build();
    }

    /** {amounts?: {"<application id>": amount}}: without amounts, the recommended ones. */
    @POST
    @Path("calls/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") long id, JsonObject b) {
        calls.decide(id, amounts(b));
        return Response.noContent().build();
    }

    @GET
    @Path("calls/{id}/recommendation.pdf")
    @Produces("application/pdf")
    public Response recommendationPdf(@PathParam("id") long id) {
        return pdf(ApplicationListPdf.render(calls.recommendationList(id)), "lista-rekomendacji-" + id + ".pdf");
    }

    @GET
    @Path("calls/{id}/decision.pdf")
    @Produces("application/pdf")
    public Response decisionPdf(@PathParam("id") long id) {
        return pdf(ApplicationListPdf.render(calls.decisionList(id)), "rozstrzygniecie-" + id + ".pdf");
    }

    private static Response pdf(byte[] content, String name) {
        return Response.ok(content, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    // ---------------------------------------------------------------- one application (department)

    /** {comment, deadline?}: back to the unit for corrections. */
    @POST
    @Path("{id: \\d+}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response returnForCorrections(@PathParam("id") long id, JsonObject b) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        LocalDate deadline = date(b, "deadline", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        calls.returnForCorrections(id, b.getString("comment", null), deadline);
        return Response.noContent().build();
    }

    /** {members: [login]}: who of the committee scores this application. */
    @PUT
    @Path("{id: \\d+}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") long id, JsonObject b) {
        calls.assign(id, logins(b));
        return Response.noContent().build();
    }

    /** {comment?}: the report is accepted, the application settled. */
    @POST
    @Path("{id: \\d+}/settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response settle(@PathParam("id") long id, JsonObject b) {
        calls.settle(id, b == null ? null : b.getString("comment", null));
        return Response.noContent().build();
    }

    /** {comment}: the report goes back to the unit. */
    @POST
    @Path("{id: \\d+}/report/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response returnReport(@PathParam("id") long id, JsonObject b) {
        calls.returnReport(id, b.getString("comment", null));
        return Response.noContent().build();
    }

    // ---------------------------------------------------------------- committee members

    @GET
    @Path("evaluations")
    public List<EvaluationService.MyRow> myEvaluations() {
        return evaluations.mine();
    }

    @GET
    @Path("evaluations/{id}")
    public EvaluationService.EvaluationView evaluation(@PathParam("id") long id) {
        return evaluations.evaluation(id);
    }

    /** {points: {criterionKey: number or "7,5"}, comment?} */
    @PUT
    @Path("evaluations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response score(@PathParam("id") long id, JsonObject b) {
        Map<String, String> points = new LinkedHashMap<>();
        if (b.get("points") instanceof JsonObject p) {
            p.forEach((k, v) -> points.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        evaluations.score(id, points, b.getString("comment", null));
        return Response.noContent().build();
    }

    // ---------------------------------------------------------------- units

    @GET
    @Path("open-calls")
    public List<ApplicationService.OpenCall> openCalls() {
        return applications.openCalls();
    }

    @GET
    @Path("mine")
    public List<ApplicationService.MyRow> mine() {
        return applications.mine();
    }

    /** {callId, unitId, title, requestedAmount, form?: {fieldKey: value}, files?: [{name, base64}]} → 201 {id} (a draft) */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject b) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        BigDecimal amount = amount(b, "requestedAmount", errors);
        if (!b.containsKey("callId") || !b.containsKey("unitId")) {
            errors.add(new ValidationException.Violation(!b.containsKey("callId") ? "callId" : "unitId", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = applications.create(b.getJsonNumber("callId").longValue(), b.getJsonNumber("unitId").longValue(),
                new ApplicationService.Draft(b.getString("title", null), amount, b.get("form") instanceof JsonObject f ? f : null), files(b));
        return Response.status(201).location(URI.create("/api/applications/" + id)).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    /** The same body as POST (without callId/unitId); {@code version}: the one the user saw (optional). */
    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @QueryParam("version") Integer version, JsonObject b) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        BigDecimal amount = amount(b, "requestedAmount", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        applications.update(id, new ApplicationService.Draft(b.getString("title", null), amount, b.get("form") instanceof JsonObject f ? f : null),
                files(b), version);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: \\d+}/files/{file}")
    public Response removeFile(@PathParam("id") long id, @PathParam("file") long file) {
        applications.removeFile(id, file);
        return Response.noContent().build();
    }

    /** Submits a draft or a corrected application (422 names every reason: window, eligibility, limit, form). */
    @POST
    @Path("{id: \\d+}/submission")
    public Response submit(@PathParam("id") long id) {
        applications.submit(id);
        return Response.noContent().build();
    }

    /** {text?, form?: {…}, files?: [{name, base64}]}: the post-project report. */
    @POST
    @Path("{id: \\d+}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") long id, JsonObject b) {
        applications.submitReport(id, b.getString("text", null), b.get("form") instanceof JsonObject f ? f : null, files(b));
        return Response.noContent().build();
    }

    @GET
    @Path("{id: \\d+}")
    public ApplicationService.Detail view(@PathParam("id") long id) {
        return applications.view(id);
    }

    @GET
    @Path("files/{id}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id) {
        ApplicationRepository.File f = applications.file(id);
        return CorrespondenceResource.file(new pl.edugmina.correspondence.application.CorrespondenceService.File(f.fileName(), f.mediaType(), f.content()));
    }

    // ---------------------------------------------------------------- reading the bodies

    private static Map<Long, BigDecimal> amounts(JsonObject b) {
        if (b == null || !(b.get("amounts") instanceof JsonObject a)) {
            return null;
        }
        List<ValidationException.Violation> errors = new ArrayList<>();
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        a.forEach((k, v) -> {
            BigDecimal amount = amountValue(v);
            long id;
            try {
                id = Long.parseLong(k.strip());
            } catch (NumberFormatException e) {
                errors.add(new ValidationException.Violation("amounts", "application.amounts.invalid", k));
                return;
            }
            if (amount == null) {
                errors.add(new ValidationException.Violation("amounts", "application.amounts.invalid", k));
            } else {
                out.put(id, amount);
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    private static BigDecimal amount(JsonObject b, String key, List<ValidationException.Violation> errors) {
        JsonValue v = b.get(key);
        if (v == null || v == JsonValue.NULL || (v instanceof JsonString s && s.getString().isBlank())) {
            return null;
        }
        BigDecimal amount = amountValue(v);
        if (amount == null) {
            errors.add(new ValidationException.Violation(key, "application.amount.invalid"));
        }
        return amount;
    }

    private static BigDecimal amountValue(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return Money.nonNegative(n.bigDecimalValue()).orElse(null);
        }
        return v instanceof JsonString s ? Money.parseNonNegative(s.getString()).orElse(null) : null;
    }

    private static LocalDate date(JsonObject b, String key, List<ValidationException.Violation> errors) {
        String s = b == null ? null : b.getString(key, null);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.add(new ValidationException.Violation(key, "validation.date"));
            return null;
        }
    }

    private static JsonArray array(JsonObject b, String key) {
        return b.get(key) instanceof JsonArray a ? a : null;
    }

    private static List<String> logins(JsonObject b) {
        List<String> out = new ArrayList<>();
        if (b != null && b.get("members") instanceof JsonArray a) {
            a.forEach(v -> {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                }
            });
        }
        return out;
    }

    private static List<ApplicationRepository.NewFile> files(JsonObject b) {
        JsonArray a = b.getJsonArray("files");
        if (a == null) {
            return List.of();
        }
        List<ApplicationRepository.NewFile> out = new ArrayList<>();
        for (JsonObject f : a.getValuesAs(JsonObject.class)) {
            try {
                out.add(new ApplicationRepository.NewFile(f.getString("name", null), Base64.getMimeDecoder().decode(f.getString("base64", ""))));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(List.of(new ValidationException.Violation("files", "message.file.base64")));
            }
        }
        return out;
    }
}
