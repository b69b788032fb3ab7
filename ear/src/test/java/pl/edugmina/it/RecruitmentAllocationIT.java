package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.PostgresSessionListener;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recruitment allocation from the database and back, over HTTP: a generated campaign (400 candidates × 7 preferences
 * over 16 classes, the popular classes oversubscribed) is allocated as a dry run and then for real; the lists have every
 * candidate at most once and no class over its seats, a candidate who missed their first choice is told the cut-off,
 * the same seed gives the same lists, the published result is changed by nothing but a superseding final run, a failed
 * run says why and leaves no rows, and nobody outside the department's officials gets anything.
 */
class RecruitmentAllocationIT extends DeployedApplication {

    static final Api OFFICER = Api.as("referent");
    static final Api HEAD = Api.as("kierownik");
    static final Api DIRECTOR = Api.as("dyrektor.wydzialu");

    static long generate(int candidates, int classes, long seed) {
        JsonObject body = Json.createObjectBuilder().add("type", "SECONDARY").add("schoolYear", "2026/2027").add("candidates", candidates)
                .add("classes", classes).add("preferences", 7).add("seed", seed).build();
        JsonObject g = Api.as("admin").post("/api/admin/recruitment/generated-campaigns", body).expect(201).obj();
        assertThat(g.getInt("applications")).isEqualTo(candidates * Math.min(7, classes));
        return g.getJsonNumber("campaignId").longValue();
    }

    static Api.Response start(Api who, long campaign, JsonObject body) {
        return who.post("/api/recruitment/campaigns/" + campaign + "/allocations", body);
    }

    static JsonObject mode(String mode) {
        return Json.createObjectBuilder().add("mode", mode).build();
    }

    static long started(Api.Response r) {
        r.expect(202);
        assertThat(r.header("Location")).get().asString().contains("/api/recruitment/allocations/");
        return r.obj().getJsonNumber("runId").longValue();
    }

    /** The run once it is no longer RUNNING (progress seen on the way must only grow). */
    static JsonObject await(long runId) {
        long deadline = System.currentTimeMillis() + 120_000;
        int last = 0;
        while (true) {
            JsonObject run = OFFICER.get("/api/recruitment/allocations/" + runId).expect(200).obj();
            assertThat(run.getInt("progress")).as("progress never goes back").isGreaterThanOrEqualTo(last);
            last = run.getInt("progress");
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            assertThat(System.currentTimeMillis()).as("run " + runId + " still running: " + run).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static JsonObject done(long runId) {
        JsonObject run = await(runId);
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("DONE");
        return run;
    }

    static List<JsonObject> classes(long runId) {
        return OFFICER.get("/api/recruitment/allocations/" + runId + "/classes").expect(200).array().getValuesAs(JsonObject.class);
    }

    /** class id → the codes admitted, in the class's order. */
    static Map<Long, List<String>> lists(long runId) {
        Map<Long, List<String>> lists = new TreeMap<>();
        for (JsonObject k : classes(runId)) {
            long id = k.getJsonNumber("classId").longValue();
            List<String> codes = new ArrayList<>();
            OFFICER.get("/api/recruitment/allocations/" + runId + "/classes/" + id + "/admitted").expect(200).array()
                    .getValuesAs(JsonObject.class).forEach(a -> codes.add(a.getString("code")));
            lists.put(id, codes);
        }
        return lists;
    }

    static JsonObject campaign(long id) {
        return OFFICER.get("/api/recruitment/campaigns/" + id).expect(200).obj();
    }

    static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL),
                System.getProperty(PostgresSessionListener.USER), System.getProperty(PostgresSessionListener.PASSWORD));
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void aDryRunThenTheFinalOneEveryCandidateAtMostOnceNoClassOverItsSeatsAndTheCutOffExplained() {
        long campaign = generate(400, 16, 41);

        long dryRun = started(start(OFFICER, campaign, mode("DRY_RUN")));
        JsonObject dry = done(dryRun);
        assertThat(dry.getInt("progress")).isEqualTo(100);
        assertThat(dry.getString("mode")).isEqualTo("DRY_RUN");
        assertThat(dry.getInt("candidates")).isEqualTo(400);
        assertThat(dry.getInt("applications")).isEqualTo(2_800);
        assertThat(dry.getInt("classes")).isEqualTo(16);
        assertThat(dry.getInt("placed") + dry.getInt("unplaced")).isEqualTo(400);
        JsonObject timings = dry.getJsonObject("timings");
        assertThat(timings.getInt("loadMs")).isNotNegative();
        assertThat(timings.getInt("matchMs")).isNotNegative();
        assertThat(timings.getInt("saveMs")).isNotNegative();
        assertThat(timings.getInt("totalMs")).isGreaterThanOrEqualTo(timings.getInt("saveMs"));
        assertThat(timings.getString("saveMethod")).as("COPY through the WildFly datasource").isEqualTo("COPY");
        assertThat(dry.getBoolean("published")).isFalse();
        assertThat(campaign(campaign).get("publishedRunId")).as("a dry run publishes nothing").isIn(null, jakarta.json.JsonValue.NULL);

        // no class over its seats; the admitted add up to the placed
        List<JsonObject> classes = classes(dryRun);
        assertThat(classes).hasSize(16);
        int admitted = 0;
        for (JsonObject k : classes) {
            assertThat(k.getInt("admitted")).as(k.toString()).isLessThanOrEqualTo(k.getInt("seats") + k.getInt("seatsAdded"));
            admitted += k.getInt("admitted");
        }
        assertThat(admitted).isEqualTo(dry.getInt("placed"));
        assertThat(classes).as("the popular classes are full and have a cut-off")
                .anySatisfy(k -> assertThat(k.getInt("freeSeats")).isZero());
        // every candidate at most once over all the lists
        Map<Long, List<String>> dryLists = lists(dryRun);
        Set<String> seen = new HashSet<>();
        dryLists.forEach((k, codes) -> codes.forEach(code -> assertThat(seen.add(code)).as(code + " admitted twice").isTrue()));
        assertThat(seen).hasSize(dry.getInt("placed"));

        long finalRun = started(start(HEAD, campaign, mode("FINAL")));
        JsonObject fin = done(finalRun);
        assertThat(fin.getBoolean("published")).isTrue();
        JsonObject c = campaign(campaign);
        assertThat(c.getJsonNumber("publishedRunId").longValue()).isEqualTo(finalRun);
        assertThat(c.getString("status")).isEqualTo("ALLOCATED");
        assertThat(lists(finalRun)).as("same data and seed: the same lists").isEqualTo(dryLists);

        // a candidate who did not get their first choice is told the cut-off of the class they missed
        JsonObject second = null;
        for (JsonObject k : classes(finalRun)) {
            for (JsonObject a : OFFICER.get("/api/recruitment/allocations/" + finalRun + "/classes/" + k.getJsonNumber("classId") + "/admitted")
                    .expect(200).array().getValuesAs(JsonObject.class)) {
                if (a.getInt("preference") > 1) {
                    second = a;
                }
            }
        }
        assertThat(second).as("somebody missed their first choice").isNotNull();
        JsonObject why = OFFICER.get("/api/recruitment/allocations/" + finalRun + "/candidates/" + second.getString("code")).expect(200).obj();
        assertThat(why.getInt("placedPreference")).isEqualTo(second.getInt("preference"));
        List<JsonObject> lines = why.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).hasSize(second.getInt("preference"));
        JsonObject first = lines.get(0);
        assertThat(first.getString("outcome")).isEqualTo("NOT_REACHED");
        assertThat(first.getString("reason")).isIn("TIER", "POINTS", "SECOND_TIER", "DRAW");
        JsonObject cutOff = first.getJsonObject("cutOff");
        String cutPoints = cutOff.getJsonNumber("points").bigDecimalValue().toPlainString().replace('.', ',');
        assertThat(first.getString("text")).contains("próg").contains(cutPoints + " pkt");
        assertThat(first.getJsonObject("classLabel").getString("unitName")).isNotBlank();
        assertThat(lines.get(lines.size() - 1).getString("outcome")).isEqualTo("ADMITTED");
        assertThat(why.getString("summary")).startsWith("Przyjęty");

        // the start and the end of each run are in the audit log
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "RecruitmentAllocationRun", "entityId", finalRun, "size", 50))
                .expect(200).rows()).extracting(r -> r.getString("action")).contains("CREATE", "UPDATE");
    }

    @Test
    void aSecondFinalIsRefusedADryRunChangesNothingPublishedAndOnlyTheDirectorSupersedes() {
        long campaign = generate(120, 8, 42);
        long finalRun = started(start(DIRECTOR, campaign, mode("FINAL")));
        done(finalRun);

        start(HEAD, campaign, mode("FINAL")).expect(409);
        assertThat(start(DIRECTOR, campaign, mode("FINAL")).expect(409).obj().getString("message")).contains("opublikowany");
        start(HEAD, campaign, Json.createObjectBuilder().add("mode", "FINAL").add("supersede", true).add("reason", "błąd w punktach").build())
                .expect(403);
        start(DIRECTOR, campaign, Json.createObjectBuilder().add("mode", "FINAL").add("supersede", true).build()).expect(422);
        start(DIRECTOR, campaign, Json.createObjectBuilder().add("mode", "FINAL").add("seed", "inne-ziarno").build()).expect(422);

        long dryRun = started(start(OFFICER, campaign, Json.createObjectBuilder().add("mode", "DRY_RUN").add("seed", "inne-ziarno").build()));
        assertThat(done(dryRun).getString("seed")).isEqualTo("inne-ziarno");
        assertThat(campaign(campaign).getJsonNumber("publishedRunId").longValue()).as("a dry run changes nothing published").isEqualTo(finalRun);

        long replacing = started(start(DIRECTOR, campaign, Json.createObjectBuilder().add("mode", "FINAL").add("supersede", true)
                .add("reason", "Korekta punktów po weryfikacji komisji").build()));
        JsonObject replaced = done(replacing);
        assertThat(replaced.getJsonNumber("supersedesRunId").longValue()).isEqualTo(finalRun);
        assertThat(campaign(campaign).getJsonNumber("publishedRunId").longValue()).isEqualTo(replacing);
        JsonObject old = OFFICER.get("/api/recruitment/allocations/" + finalRun).expect(200).obj();
        assertThat(old.getBoolean("published")).isFalse();
        assertThat(old.getJsonNumber("supersededByRunId").longValue()).isEqualTo(replacing);
        assertThat(OFFICER.get("/api/recruitment/campaigns/" + campaign + "/allocations").expect(200).array()).hasSize(3);
    }

    @Test
    void theSameSeedTwiceGivesTheSameLists() {
        long campaign = generate(300, 12, 43);
        JsonObject body = Json.createObjectBuilder().add("mode", "DRY_RUN").add("seed", "losowanie-jawne-2026").build();
        long a = started(start(OFFICER, campaign, body));
        done(a);
        long b = started(start(HEAD, campaign, body));
        done(b);
        Map<Long, List<String>> first = lists(a);
        assertThat(first.values().stream().mapToInt(List::size).sum()).isPositive();
        assertThat(lists(b)).isEqualTo(first);
        assertThat(classes(b)).isEqualTo(classes(a));
    }

    @Test
    void aFailedRunSaysWhyAndHasNoResults() throws SQLException {
        long campaign = generate(50, 6, 44);
        sql("update recruitment_campaign set max_preferences = 3 where id = " + campaign);
        long runId = started(start(OFFICER, campaign, mode("DRY_RUN")));
        JsonObject run = await(runId);
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("error")).contains("more than 3 preferences");
        OFFICER.get("/api/recruitment/allocations/" + runId + "/classes").expect(409);
        // the campaign is free for the next run
        sql("update recruitment_campaign set max_preferences = 7 where id = " + campaign);
        done(started(start(OFFICER, campaign, mode("DRY_RUN"))));
    }

    @Test
    void unitsParentsTheAdministratorAndOfficersForAFinalAreRefused() {
        long campaign = generate(30, 4, 45);
        long runId = started(start(OFFICER, campaign, mode("DRY_RUN")));
        done(runId);
        String code = OFFICER.get("/api/recruitment/allocations/" + runId + "/classes/"
                + classes(runId).get(0).getJsonNumber("classId") + "/admitted").expect(200).array().getJsonObject(0).getString("code");
        for (Api who : List.of(Api.as("dyrektor.szkoly"), Api.as("sekretariat"), Api.as("rodzic"), Api.as("admin"))) {
            start(who, campaign, mode("DRY_RUN")).expect(403);
            who.get("/api/recruitment/campaigns/" + campaign).expect(403);
            who.get("/api/recruitment/allocations/" + runId).expect(403);
            who.get("/api/recruitment/allocations/" + runId + "/classes").expect(403);
            who.get("/api/recruitment/allocations/" + runId + "/candidates/" + code).expect(403);
        }
        start(OFFICER, campaign, mode("FINAL")).expect(403);
        Api.anonymous().get("/api/recruitment/allocations/" + runId).expect(401);
        OFFICER.get("/api/recruitment/allocations/" + runId + "/candidates/NIE-MA-TAKIEGO").expect(404);
        start(OFFICER, campaign, Json.createObjectBuilder().add("mode", "PROBNY").build()).expect(422);
        OFFICER.post("/api/admin/recruitment/generated-campaigns", Json.createObjectBuilder().build()).expect(403);
    }
}
