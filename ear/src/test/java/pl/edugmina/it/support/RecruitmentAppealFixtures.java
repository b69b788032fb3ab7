package pl.edugmina.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * The way to an appeal after the published FINAL allocation, through the real REST of the parent, the demo school's
 * commission (dyrektor.szkoly, sekretariat) and the department (kierownik): applications submitted on paper and
 * verified with the criteria accepted or rejected, the lists announced (the stages moved into the past), the FINAL run,
 * the request for the justification answered and the appeal filed.
 */
public final class RecruitmentAppealFixtures {

    public static final Api DIRECTOR = Api.as("dyrektor.szkoly");
    public static final Api SECRETARIAT = Api.as("sekretariat");

    /** A submitted application verified by the commission. */
    public record Candidate(long id, String code, String pin) {
    }

    private RecruitmentAppealFixtures() {
    }

    public static JsonObject draft(long campaign, List<Long> classes, List<String> criteria) {
        var prefs = Json.createArrayBuilder();
        classes.forEach(prefs::add);
        var crit = Json.createArrayBuilder();
        criteria.forEach(crit::add);
        return Json.createObjectBuilder().add("campaignId", campaign)
                .add("child", Json.createObjectBuilder().add("firstName", "Ola").add("lastName", "Odwołańska-" + Long.toString(System.nanoTime(), 36))
                        .add("birthDate", "2022-06-01").add("document", "Paszport EF1234567"))
                .add("address", Json.createObjectBuilder().add("locality", "Lublin").add("street", "Lipowa").add("houseNumber", "7")
                        .add("postalCode", "20-001"))
                .add("guardians", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Olga Odwołańska")
                        .add("email", "olga@example.org")))
                .add("preferences", prefs).add("criteria", crit).build();
    }

    /** Submitted on paper: {id, code, pin}. */
    public static JsonObject submitted(Api parent, JsonObject draft) {
        long id = parent.post("/api/portal/recruitment/applications", draft).expect(201).obj().getJsonNumber("id").longValue();
        return parent.post("/api/portal/recruitment/applications/" + id + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(200).obj();
    }

    public static String commission(long applicationId) {
        return "/api/recruitment-commission/applications/" + applicationId;
    }

    public static JsonObject verdict(String verdict) {
        var b = Json.createObjectBuilder().add("verdict", verdict);
        return "REJECTED".equals(verdict) ? b.add("reason", "Brak dokumentu potwierdzającego").build() : b.build();
    }

    /** Submitted, the paper brought, each declared criterion accepted (in {@code accepted}) or rejected, verified. */
    public static Candidate verified(Api parent, long campaign, List<Long> classes, List<String> declared, List<String> accepted) {
        JsonObject s = submitted(parent, draft(campaign, classes, declared));
        long id = s.getJsonNumber("id").longValue();
        SECRETARIAT.post(commission(id) + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        for (String code : declared) {
            DIRECTOR.put(commission(id) + "/criteria/" + code, verdict(accepted.contains(code) ? "ACCEPTED" : "REJECTED")).expect(204);
        }
        DIRECTOR.post(commission(id) + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        return new Candidate(id, s.getString("code"), s.getString("pin"));
    }

    /** The lists public and announced yesterday, then the FINAL run done; returns its id. */
    public static long finalRunAnnounced(long campaign) throws SQLException {
        sql("update recruitment_stage set starts_at = now() - interval '2 days' where stage = 'QUALIFIED_LIST' and campaign_id = " + campaign);
        sql("update recruitment_stage set starts_at = now() - interval '1 day', ends_at = now() + interval '1 day' "
                + "where stage = 'ADMITTED_LIST' and campaign_id = " + campaign);
        long run = Api.as("kierownik").post("/api/recruitment/campaigns/" + campaign + "/allocations",
                Json.createObjectBuilder().add("mode", "FINAL").build()).expect(202).obj().getJsonNumber("runId").longValue();
        Epuap.await("final run done", Duration.ofSeconds(120), () -> Api.as("referent").get("/api/recruitment/allocations/" + run).expect(200).obj(),
                r -> !"RUNNING".equals(r.getString("status")));
        String status = Api.as("referent").get("/api/recruitment/allocations/" + run).expect(200).obj().getString("status");
        if (!"DONE".equals(status)) {
            throw new AssertionError("the final run " + run + " ended " + status);
        }
        return run;
    }

    /** The parent asks for the justification, the secretariat gives it, the parent appeals; returns the appeal's id. */
    public static long appealFiled(Api parent, long applicationId) {
        String path = "/api/portal/recruitment/applications/" + applicationId;
        parent.post(path + "/justification-request", Json.createObjectBuilder().add("content", "Proszę o uzasadnienie odmowy").build()).expect(201);
        SECRETARIAT.post("/api/recruitment-appeals/" + pending(applicationId, "JUSTIFICATION") + "/answer",
                Json.createObjectBuilder().add("answer", "Kandydat nie uzyskał wystarczającej liczby punktów.").build()).expect(204);
        parent.post(path + "/appeal", Json.createObjectBuilder().add("content", "Dokumenty potwierdzające kryteria dostarczyłam.").build())
                .expect(201);
        return pending(applicationId, "APPEAL");
    }

    /** The id of the application's pending request ({@code JUSTIFICATION}) or appeal ({@code APPEAL}) on the director's list. */
    public static long pending(long applicationId, String kind) {
        return DIRECTOR.get("/api/recruitment-appeals").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("applicationId").longValue() == applicationId && kind.equals(a.getString("kind")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL),
                System.getProperty(PostgresSessionListener.USER), System.getProperty(PostgresSessionListener.PASSWORD));
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
