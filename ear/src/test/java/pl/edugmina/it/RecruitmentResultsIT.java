package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.PostgresSessionListener;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.edugmina.it.RecruitmentAllocationIT.HEAD;
import static pl.edugmina.it.RecruitmentAllocationIT.OFFICER;
import static pl.edugmina.it.RecruitmentAllocationIT.DIRECTOR;
import static pl.edugmina.it.RecruitmentAllocationIT.done;
import static pl.edugmina.it.RecruitmentAllocationIT.mode;
import static pl.edugmina.it.RecruitmentAllocationIT.start;
import static pl.edugmina.it.RecruitmentAllocationIT.started;

/**
 * Results day over HTTP: a generated campaign (its candidates have the generator's test PINs) is allocated; a dry run
 * publishes nothing; after the FINAL run the public endpoint, without login, answers each candidate's code and PIN
 * with the same outcome the department's explanation gives (class, preference, points and cut-off of every
 * preference), refuses a wrong PIN and blocks a code after five; a superseding FINAL republishes; a unit's director
 * and secretariat print the lists with names of their unit's classes only, in alphabetical order, audited.
 */
class RecruitmentResultsIT extends pl.edugmina.it.support.DeployedApplication {

    static final String RESULTS = "/api/public/recruitment-results";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static long generate(String type, int candidates, int classes, long seed) {
        JsonObject body = Json.createObjectBuilder().add("type", type).add("schoolYear", "2026/2027").add("candidates", candidates)
                .add("classes", classes).add("preferences", 7).add("seed", seed).build();
        return Api.as("admin").post("/api/admin/recruitment/generated-campaigns", body).expect(201).obj().getJsonNumber("campaignId").longValue();
    }

    /** The generator's documented test PIN, computed here independently of the server's code. */
    static String pin(long seed, String code) throws Exception {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(("edugmina-test-pin:" + seed + ":" + code).getBytes(StandardCharsets.UTF_8));
        return String.format("%08d", Long.remainderUnsigned(ByteBuffer.wrap(h, 0, 8).getLong(), 100_000_000L));
    }

    static Api.Response lookup(String code, String pin) {
        return Api.anonymous().post(RESULTS, Json.createObjectBuilder().add("code", code).add("pin", pin).build());
    }

    static List<String> column(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL),
                System.getProperty(PostgresSessionListener.USER), System.getProperty(PostgresSessionListener.PASSWORD));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** Null in JSON, or left out (JSON-B leaves out null fields of the department's API). */
    static boolean absent(JsonObject o, String key) {
        return o.get(key) == null || o.get(key) == JsonValue.NULL;
    }

    static BigDecimal decimal(JsonObject o, String key) {
        return o.get(key) == null || o.get(key) == JsonValue.NULL ? null : o.getJsonNumber(key).bigDecimalValue().stripTrailingZeros();
    }

    @Test
    void theParentSeesWhatTheAllocationDecidedAfterTheFinalRunOnlyAndAWrongPinIsRefusedThenBlocked() throws Exception {
        long seed = 7_101;
        long campaign = generate("SECONDARY", 400, 16, seed);
        String first = "R" + campaign + "-000001";

        long dryRun = started(start(OFFICER, campaign, mode("DRY_RUN")));
        done(dryRun);
        assertThat(lookup(first, pin(seed, first)).expect(403).obj().getString("message"))
                .as("a dry run publishes nothing").contains("Nieprawidłowy kod kandydata lub PIN");
        assertThat(Api.anonymous().get(RESULTS + "/campaigns").expect(200).array().getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getJsonNumber("id").longValue() == campaign);
        Api.anonymous().get(RESULTS + "/campaigns/" + campaign + "/units").expect(404);

        long finalRun = started(start(HEAD, campaign, mode("FINAL")));
        done(finalRun);

        // the candidates to check: placed at their first choice, placed lower, placed nowhere
        List<String> sample = new ArrayList<>();
        for (String where : List.of("preference = 1", "preference > 1", "class_id is null")) {
            List<String> codes = column("select d.code from recruitment_allocation_result r join recruitment_candidate d on d.id = r.candidate_id"
                    + " where r.run_id = " + finalRun + " and r." + where + " order by d.code limit 2");
            assertThat(codes).as("some candidate with " + where).isNotEmpty();
            sample.addAll(codes);
        }
        for (String code : sample) {
            JsonObject answer = lookup(code, pin(seed, code)).expect(200).obj();
            JsonObject why = OFFICER.get("/api/recruitment/allocations/" + finalRun + "/candidates/" + code).expect(200).obj();
            assertThat(answer.getString("code")).isEqualTo(code);
            assertThat(answer.getJsonNumber("runId").longValue()).isEqualTo(finalRun);
            assertThat(answer.getInt("placedPreference")).as(code).isEqualTo(why.getInt("placedPreference"));
            if (absent(why, "placedClass")) {
                assertThat(answer.getString("outcome")).isEqualTo("NOT_QUALIFIED");
                assertThat(answer.get("placed")).isEqualTo(JsonValue.NULL);
            } else {
                assertThat(answer.getString("outcome")).isEqualTo("QUALIFIED");
                JsonObject placed = answer.getJsonObject("placed");
                JsonObject expected = why.getJsonObject("placedClass");
                assertThat(placed.getJsonNumber("classId").longValue()).isEqualTo(expected.getJsonNumber("classId").longValue());
                assertThat(placed.getString("unitName")).isEqualTo(expected.getString("unitName"));
            }
            List<JsonObject> prefs = answer.getJsonArray("preferences").getValuesAs(JsonObject.class);
            assertThat(prefs).as("every preference of the list").hasSize(7);
            List<JsonObject> lines = why.getJsonArray("lines").getValuesAs(JsonObject.class);
            for (JsonObject line : lines) {
                JsonObject p = prefs.get(line.getInt("preference") - 1);
                assertThat(p.getJsonNumber("classId").longValue()).isEqualTo(line.getJsonObject("classLabel").getJsonNumber("classId").longValue());
                assertThat(p.getString("result")).as(code + " preference " + line.getInt("preference"))
                        .isEqualTo("ADMITTED".equals(line.getString("outcome")) ? "QUALIFIED" : "NOT_QUALIFIED");
                assertThat(decimal(p, "points")).isEqualTo(line.getJsonObject("own").getJsonNumber("points").bigDecimalValue().stripTrailingZeros());
                if (!absent(line, "cutOff")) {
                    assertThat(decimal(p, "cutOffPoints"))
                            .isEqualTo(line.getJsonObject("cutOff").getJsonNumber("points").bigDecimalValue().stripTrailingZeros());
                }
            }
            for (JsonObject p : prefs.subList(lines.size(), prefs.size())) {
                assertThat(p.getString("result")).as("below the placement").isEqualTo("NOT_CONSIDERED");
            }
            assertThat(answer.toString()).as("nothing personal in the public answer").doesNotContain("firstName", "lastName", "pesel", "pin");
        }

        // the same by GET, the PIN in a header (never in the URL)
        String code = sample.get(0);
        HttpResponse<String> got = HTTP.send(HttpRequest.newBuilder(URI.create(pl.edugmina.it.support.Server.APP + RESULTS.substring(1)
                        + "?code=" + code)).header("X-Candidate-Pin", pin(seed, code)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(Api.parseObject(got.body())).isEqualTo(lookup(code, pin(seed, code)).expect(200).obj());
        assertThat(got.headers().firstValue("Cache-Control")).hasValue("no-store");

        // malformed input: 422 with the fields
        assertThat(Api.anonymous().post(RESULTS, Json.createObjectBuilder().add("code", code).build()).expect(422).obj()
                .getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("pin");

        // a wrong PIN: refused five times, then the code is blocked even for the right PIN; other codes are not
        String victim = sample.get(1);
        String right = pin(seed, victim);
        String wrong = right.equals("12345678") ? "87654321" : "12345678";
        for (int i = 1; i <= 4; i++) {
            assertThat(lookup(victim, wrong).expect(403).obj().getString("message")).contains("Nieprawidłowy kod kandydata lub PIN")
                    .contains("5 błędnych próbach");
        }
        assertThat(lookup(victim, wrong).expect(403).obj().getString("message")).contains("wstrzymane na 15 minut");
        Api.Response blocked = lookup(victim, right).expect(429);
        assertThat(blocked.obj().getString("message")).contains("wstrzymane do");
        assertThat(Long.parseLong(blocked.header("Retry-After").orElseThrow())).isBetween(800L, 901L);
        lookup(sample.get(2), pin(seed, sample.get(2))).expect(200);
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "RecruitmentCampaign", "entityId", campaign, "size", 50))
                .expect(200).rows()).anySatisfy(r -> {
                    assertThat(r.getString("action")).isEqualTo("ACCESS_DENIED");
                    assertThat(r.getString("summary")).contains(victim).contains("zablokowany").doesNotContain(right).doesNotContain(wrong);
                });

        // a superseding FINAL republishes: the answer now comes from the new run
        long replacing = started(start(DIRECTOR, campaign, Json.createObjectBuilder().add("mode", "FINAL").add("supersede", true)
                .add("reason", "Korekta punktów po odwołaniu").build()));
        done(replacing);
        assertThat(lookup(sample.get(2), pin(seed, sample.get(2))).expect(200).obj().getJsonNumber("runId").longValue()).isEqualTo(replacing);
        assertThat(column("select count(*) from recruitment_public_result where campaign_id = " + campaign + " and run_id <> " + replacing))
                .containsExactly("0");
    }

    @Test
    void aUnitPrintsTheListsWithNamesOfItsOwnClassesOnlyAndThePublicSeesCodes() throws Exception {
        // class I: the classes spread over every primary school of the demo city, the demo school among them
        long campaign = generate("CLASS_ONE", 3_000, 160, 7_102);
        long finalRun = started(start(DIRECTOR, campaign, mode("FINAL")));
        done(finalRun);
        long school = Long.parseLong(column("select unit_id from app_user where login = 'dyrektor.szkoly'").get(0));

        Api director = Api.as("dyrektor.szkoly");
        List<JsonObject> own = director.get("/api/recruitment/results/campaigns/" + campaign + "/classes").expect(200).array()
                .getValuesAs(JsonObject.class);
        assertThat(own).as("the demo school has classes in the campaign").isNotEmpty()
                .allSatisfy(k -> assertThat(k.getJsonNumber("unitId").longValue()).isEqualTo(school));
        List<JsonObject> all = OFFICER.get("/api/recruitment/results/campaigns/" + campaign + "/classes").expect(200).array()
                .getValuesAs(JsonObject.class);
        assertThat(all).hasSize(160);
        JsonObject mine = own.stream().max(Comparator.comparingInt(k -> k.getInt("qualified") + k.getJsonArray("notQualifiedCodes").size()))
                .orElseThrow();
        JsonObject theirs = all.stream().filter(k -> k.getJsonNumber("unitId").longValue() != school).findFirst().orElseThrow();

        String path = "/api/recruitment/results/campaigns/" + campaign + "/classes/";
        for (Api unitUser : List.of(director, Api.as("sekretariat"))) {
            JsonObject lists = unitUser.get(path + mine.getJsonNumber("classId") + "/lists").expect(200).obj();
            List<JsonObject> qualified = lists.getJsonArray("qualified").getValuesAs(JsonObject.class);
            assertThat(qualified).hasSize(mine.getInt("qualified"));
            assertThat(lists.getJsonArray("notQualified")).hasSize(mine.getJsonArray("notQualifiedCodes").size());
            assertThat(qualified).extracting(p -> p.getString("code"))
                    .containsExactlyInAnyOrderElementsOf(mine.getJsonArray("qualifiedCodes").getValuesAs(jakarta.json.JsonString.class)
                            .stream().map(jakarta.json.JsonString::getString).toList());
            Collator pl = Collator.getInstance(Locale.forLanguageTag("pl-PL"));
            List<String> names = qualified.stream().map(p -> p.getString("lastName") + " " + p.getString("firstName")).toList();
            assertThat(names).as("alphabetical, as the law says").isSortedAccordingTo((a, b) -> pl.compare(a.split(" ")[0], b.split(" ")[0]));
            unitUser.get(path + theirs.getJsonNumber("classId") + "/lists").expect(403);
        }
        OFFICER.get(path + theirs.getJsonNumber("classId") + "/lists").expect(200);
        for (Api refused : List.of(Api.as("ksiegowosc"), Api.as("rodzic"), Api.as("admin"))) {
            refused.get(path + mine.getJsonNumber("classId") + "/lists").expect(403);
        }
        Api.anonymous().get(path + mine.getJsonNumber("classId") + "/lists").expect(401);
        director.get(path + "999999999/lists").expect(404);
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "RecruitmentClass", "entityId", mine.getJsonNumber("classId"),
                "size", 50)).expect(200).rows()).extracting(r -> r.getString("action")).contains("VIEW_PERSONAL_DATA");

        // the public lists of the school: codes, counts and free places, no names
        String body = Api.anonymous().get(RESULTS + "/campaigns/" + campaign + "/units/" + school).expect(200).body();
        assertThat(body).contains(mine.getJsonArray("qualifiedCodes").getString(0)).doesNotContain("lastName").doesNotContain("firstName");
        assertThat(Api.anonymous().get(RESULTS + "/campaigns/" + campaign + "/units").expect(200).array()).hasSizeGreaterThan(1);
    }
}
