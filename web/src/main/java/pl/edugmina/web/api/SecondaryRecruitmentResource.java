package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.common.ValidationException;
import pl.edugmina.recruitment.application.RecruitmentCommission;
import pl.edugmina.recruitment.application.SecondaryRecruitment;
import pl.edugmina.recruitment.domain.secondary.SecondaryResults;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Secondary-school recruitment over HTTP (issue 5), beside the general campaign, portal and commission APIs:
 * <ul>
 * <li>the department: a SECONDARY campaign's points configuration (the law's defaults until changed) and each class's
 * two counted subjects: {@code GET|PUT campaigns/{id}/config}, {@code GET campaigns/{id}/setup},
 * {@code PUT campaigns/{id}/classes/{classId}/subjects};</li>
 * <li>the parents' form: {@code GET campaigns/{id}/form} (subjects, achievement levels, each class's subjects);
 * {@code GET|PUT applications/{id}/results} (the parent's own; readers: the parent, the department, the units on the
 * list), {@code GET applications/{id}/points} (points per preference once verified);</li>
 * <li>the commission: {@code PUT applications/{id}/verdict} {verdict: ACCEPTED|CORRECTED, reason, results}.</li>
 * </ul>
 * Bad values: 422 with the fields ({@code exam.JEZYK_POLSKI}, {@code grades.BIOLOGIA}, …).
 */
@Path("recruitment-secondary")
@Produces(MediaType.APPLICATION_JSON)
public class SecondaryRecruitmentResource {

    @Inject
    private SecondaryRecruitment secondary;

    @Inject
    private RecruitmentCommission commission;

    @GET
    @Path("campaigns/{id}/setup")
    public SecondaryRecruitment.Setup setup(@PathParam("id") long id) {
        return secondary.setup(id);
    }

    @GET
    @Path("campaigns/{id}/config")
    public SecondaryRecruitment.Config config(@PathParam("id") long id) {
        return secondary.setup(id).config();
    }

    /** The whole configuration, as GET gives it. */
    @PUT
    @Path("campaigns/{id}/config")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveConfig(@PathParam("id") long id, JsonObject b) {
        secondary.saveConfig(id, config(b));
        return Response.noContent().build();
    }

    /** {subjects: [code, code]} */
    @PUT
    @Path("campaigns/{id}/classes/{classId}/subjects")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subjects(@PathParam("id") long id, @PathParam("classId") long classId, JsonObject b) {
        List<String> s = new ArrayList<>();
        if (b != null && b.get("subjects") instanceof jakarta.json.JsonArray a) {
            a.forEach(v -> s.add(v instanceof JsonString str ? str.getString() : null));
        }
        secondary.setClassSubjects(id, classId, s);
        return Response.noContent().build();
    }

    @GET
    @Path("campaigns/{id}/form")
    public SecondaryRecruitment.Form form(@PathParam("id") long id) {
        return secondary.form(id);
    }

    @GET
    @Path("applications/{id}/results")
    public SecondaryRecruitment.ResultsView results(@PathParam("id") long id) {
        return secondary.results(id);
    }

    /** {exam: {JEZYK_POLSKI: 80, …}, grades: {JEZYK_POLSKI: 5, …}, distinction, achievements: {KRAJOWY: 1}, volunteering, laureate} */
    @PUT
    @Path("applications/{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveResults(@PathParam("id") long id, JsonObject b) {
        secondary.saveResults(id, results(b));
        return Response.noContent().build();
    }

    @GET
    @Path("applications/{id}/points")
    public List<SecondaryRecruitment.ClassPoints> points(@PathParam("id") long id) {
        return secondary.points(id);
    }

    /** {verdict: ACCEPTED} or {verdict: CORRECTED, reason, results: {…}} */
    @PUT
    @Path("applications/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verdict(@PathParam("id") long id, JsonObject b) {
        JsonObject body = b == null ? JsonValue.EMPTY_JSON_OBJECT : b;
        commission.decideSecondary(id, body.getString("verdict", null), body.getString("reason", null),
                body.get("results") instanceof JsonObject r ? results(r) : null);
        return Response.noContent().build();
    }

    static SecondaryResults results(JsonObject b) {
        if (b == null) {
            return null;
        }
        List<ValidationException.Violation> v = new ArrayList<>();
        SecondaryResults r = new SecondaryResults(ints(b, "exam", v), ints(b, "grades", v), bool(b, "distinction"), ints(b, "achievements", v),
                bool(b, "volunteering"), bool(b, "laureate"));
        ValidationException.throwIfAny(v);
        return r;
    }

    private static boolean bool(JsonObject b, String key) {
        return b.get(key) == JsonValue.TRUE;
    }

    private static Map<String, Integer> ints(JsonObject b, String key, List<ValidationException.Violation> v) {
        Map<String, Integer> out = new TreeMap<>();
        if (b.get(key) instanceof JsonObject o) {
            o.forEach((k, value) -> {
                if (value instanceof JsonNumber n && n.isIntegral()) {
                    out.put(k, n.intValue());
                } else if (value != JsonValue.NULL) {
                    v.add(new ValidationException.Violation(key + "." + k, "recruitment.secondary.apply.whole"));
                }
            });
        }
        return out;
    }

    static SecondaryRecruitment.Config config(JsonObject b) {
        if (b == null) {
            return null;
        }
        List<SecondaryRecruitment.Level> levels = new ArrayList<>();
        if (b.get("achievements") instanceof jakarta.json.JsonArray a) {
            for (JsonValue x : a) {
                if (x instanceof JsonObject o) {
                    levels.add(new SecondaryRecruitment.Level(o.getString("code", null), o.getString("label", null), decimal(o.get("points"))));
                } else {
                    levels.add(null);
                }
            }
        }
        return new SecondaryRecruitment.Config(decimals(b.get("examWeights")), decimals(b.get("gradePoints")), b.getInt("gradedSubjects", 0),
                decimal(b.get("distinction")), decimal(b.get("achievementsCap")), decimal(b.get("volunteering")), decimal(b.get("maximum")),
                levels, b.getInt("laureateTier", -1));
    }

    private static Map<String, BigDecimal> decimals(JsonValue v) {
        Map<String, BigDecimal> out = new TreeMap<>();
        if (v instanceof JsonObject o) {
            o.forEach((k, x) -> out.put(k, decimal(x)));
        }
        return out;
    }

    private static BigDecimal decimal(JsonValue v) {
        return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
