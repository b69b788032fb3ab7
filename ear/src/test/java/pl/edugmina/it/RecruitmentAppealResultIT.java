package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.RecruitmentAppealFixtures;
import pl.edugmina.it.support.RecruitmentAppealFixtures.Candidate;
import pl.edugmina.it.support.RecruitmentFixtures;
import pl.edugmina.it.support.RecruitmentFixtures.OpenCampaign;
import pl.edugmina.it.support.Users;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.edugmina.it.support.RecruitmentAppealFixtures.DIRECTOR;
import static pl.edugmina.it.support.RecruitmentAppealFixtures.commission;
import static pl.edugmina.it.support.RecruitmentAppealFixtures.verdict;

/**
 * An appeal after the published FINAL allocation (issue 5): dismissed, nothing changes; allowed without new points, the
 * candidate reaches nothing higher and both the director and the parent are told so; allowed with criteria now
 * accepted, the points are recounted and only that candidate moves up to the preference they now reach, with a seat
 * added to the full class, on the public results page (code and PIN), in the parent's portal and in the department's
 * explanation, while every other candidate's public result stays as it was. Once the FINAL run is published, a
 * returned application and the commission's decisions are frozen.
 *
 * <p>The kindergarten campaign: the demo school's group A (2 seats) and group B (2 seats), another unit's groups C and
 * D. Points: the statutory criteria (1 point each); second tier: the council's (PRACA 20, RODZENSTWO 15).
 */
class RecruitmentAppealResultIT extends DeployedApplication {

    private static final String PASSWORD = "Rodzic2026!odwolanie";

    private static Candidate apply(Api parent, OpenCampaign c, List<Long> classes, List<String> declared, List<String> accepted) {
        return RecruitmentAppealFixtures.verified(parent, c.id(), classes, declared, accepted);
    }

    private static JsonObject publicResult(Candidate c) {
        return RecruitmentResultsIT.lookup(c.code(), c.pin()).expect(200).obj();
    }

    /** What a parent reads as the outcome: qualified or not, where, and the result of each preference. */
    private static String outcome(JsonObject answer) {
        JsonValue placed = answer.get("placed");
        return answer.getString("outcome") + " @" + answer.getInt("placedPreference") + " "
                + (placed == null || placed == JsonValue.NULL ? "-" : answer.getJsonObject("placed").getJsonNumber("classId").toString()) + " "
                + answer.getJsonArray("preferences").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("preference") + ":" + p.getJsonNumber("classId") + ":" + p.getString("result") + ":" + p.get("points"))
                .collect(Collectors.joining(","));
    }

    private static Map<Long, JsonObject> publicClasses(OpenCampaign c) {
        Map<Long, JsonObject> out = new HashMap<>();
        for (long unit : c.unitIds()) {
            for (JsonObject k : Api.anonymous().get(RecruitmentResultsIT.RESULTS + "/campaigns/" + c.id() + "/units/" + unit).expect(200)
                    .array().getValuesAs(JsonObject.class)) {
                out.put(k.getJsonNumber("classId").longValue(), k);
            }
        }
        return out;
    }

    private static long appealFiled(Api parent, Candidate c) {
        return RecruitmentAppealFixtures.appealFiled(parent, c.id());
    }

    private static List<String> history(Api parent, Candidate c) {
        return parent.get("/api/portal/recruitment/applications/" + c.id()).expect(200).obj().getJsonArray("history")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("what")).toList();
    }

    @Test
    void anAllowedAppealMovesOnlyTheAppellantUpWithASeatAddedAndTheFinalRunsInputIsFrozen() throws Exception {
        long school = RecruitmentCommissionIT.unitOf("dyrektor.szkoly");
        OpenCampaign c = RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school, RecruitmentCommissionIT.otherUnit(school));
        long a = c.classOf(0, 0);
        long b = c.classOf(0, 1);
        long cc = c.classOf(1, 0);
        long d = c.classOf(1, 1);
        Api parent = Users.createReady("rodzic.odwolanie", "CITIZEN", null, PASSWORD);

        // A: two with 1 point; B: one with second tier 20, the appellant with 0 points and second tier 15 (A refused him)
        Map<String, Candidate> all = new LinkedHashMap<>();
        all.put("a1", apply(parent, c, List.of(a), List.of("WIELODZIETNOSC"), List.of("WIELODZIETNOSC")));
        all.put("a2", apply(parent, c, List.of(a), List.of("WIELODZIETNOSC"), List.of("WIELODZIETNOSC")));
        all.put("b1", apply(parent, c, List.of(b), List.of("PRACA"), List.of("PRACA")));
        Candidate appellant = apply(parent, c, List.of(a, b), List.of("WIELODZIETNOSC", "NIEPELNOSPRAWNOSC_KANDYDATA", "RODZENSTWO"),
                List.of("RODZENSTWO"));
        all.put("appellant", appellant);
        // B is full for the next one, who goes to C; the last one finds A full and goes to D
        Candidate second = apply(parent, c, List.of(b, cc), List.of(), List.of());
        all.put("second", second);
        Candidate dismissed = apply(parent, c, List.of(a, d), List.of(), List.of());
        all.put("dismissed", dismissed);
        // one returned for corrections by the school before the final run
        JsonObject returned = RecruitmentAppealFixtures.submitted(parent, RecruitmentAppealFixtures.draft(c.id(), List.of(b), List.of()));
        long returnedId = returned.getJsonNumber("id").longValue();
        DIRECTOR.post(commission(returnedId) + "/return", Json.createObjectBuilder().add("reason", "Brak podpisu drugiego rodzica").build())
                .expect(204);

        long run = RecruitmentAppealFixtures.finalRunAnnounced(c.id());

        Map<String, JsonObject> before = new LinkedHashMap<>();
        all.forEach((k, v) -> before.put(k, publicResult(v)));
        assertThat(before.get("appellant").getInt("placedPreference")).as("the appellant, refused by A, is in B").isEqualTo(2);
        assertThat(before.get("appellant").getJsonObject("placed").getJsonNumber("classId").longValue()).isEqualTo(b);
        assertThat(before.get("second").getJsonObject("placed").getJsonNumber("classId").longValue()).isEqualTo(cc);
        assertThat(before.get("dismissed").getJsonObject("placed").getJsonNumber("classId").longValue()).isEqualTo(d);
        Map<Long, JsonObject> classesBefore = publicClasses(c);
        assertThat(classesBefore.get(a).getInt("qualified")).isEqualTo(2);
        assertThat(classesBefore.get(a).getInt("seats")).isEqualTo(2);

        // frozen: the parent cannot correct the returned application, nor the commission decide, once the run is published
        JsonObject mine = parent.get("/api/portal/recruitment/applications/" + returnedId).expect(200).obj();
        JsonObject body = Api.with(RecruitmentAppealFixtures.draft(c.id(), List.of(b, a), List.of()), "version",
                mine.getJsonNumber("version").longValue());
        assertThat(parent.put("/api/portal/recruitment/applications/" + returnedId, body).expect(409).obj().getString("message"))
                .contains("zamrożone");
        parent.post("/api/portal/recruitment/applications/" + returnedId + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(409);
        DIRECTOR.put(commission(appellant.id()) + "/criteria/WIELODZIETNOSC", verdict("ACCEPTED")).expect(409);

        // dismissed: nothing changes, to the letter
        long dismissedAppeal = appealFiled(parent, dismissed);
        DIRECTOR.post("/api/recruitment-appeals/" + dismissedAppeal + "/answer", Json.createObjectBuilder().add("answer", "Nie uwzględniam.")
                .add("allowed", false).add("acceptedCriteria", Json.createArrayBuilder().add("WIELODZIETNOSC")).build()).expect(422);
        DIRECTOR.post("/api/recruitment-appeals/" + dismissedAppeal + "/answer", Json.createObjectBuilder().add("answer", "Nie uwzględniam.")
                .add("allowed", false).build()).expect(204);
        all.forEach((k, v) -> assertThat(publicResult(v).toString()).as(k).isEqualTo(before.get(k).toString()));
        assertThat(publicClasses(c)).isEqualTo(classesBefore);

        // allowed with nothing new: the candidate reaches nothing higher, and the director and the parent are told so
        long secondAppeal = appealFiled(parent, second);
        JsonObject nothing = DIRECTOR.post("/api/recruitment-appeals/" + secondAppeal + "/answer", Json.createObjectBuilder()
                .add("answer", "Uwzględniam, lecz punkty się nie zmieniają.").add("allowed", true).build()).expect(200).obj();
        assertThat(nothing.getBoolean("moved")).isFalse();
        assertThat(nothing.getString("message")).contains("nie osiąga wyższej preferencji");
        assertThat(history(parent, second)).anyMatch(w -> w.contains("uwzględnił odwołanie") && w.contains("nie osiąga wyższej preferencji"));
        all.forEach((k, v) -> assertThat(publicResult(v).toString()).as(k).isEqualTo(before.get(k).toString()));

        // allowed with the two statutory criteria accepted: 2 points now, ahead of A's last admitted (1 point)
        long appeal = appealFiled(parent, appellant);
        assertThat(DIRECTOR.get("/api/recruitment-appeals/" + appeal + "/criteria").expect(200).array().getValuesAs(JsonObject.class))
                .extracting(k -> k.getString("code") + ":" + k.getString("verdict"))
                .containsExactlyInAnyOrder("WIELODZIETNOSC:REJECTED", "NIEPELNOSPRAWNOSC_KANDYDATA:REJECTED", "RODZENSTWO:ACCEPTED");
        Api otherDirector = Users.createReady("dyrektor.odw", "UNIT_DIRECTOR", c.unitIds().get(1), "Dyrektor2026!odwolanie");
        otherDirector.get("/api/recruitment-appeals/" + appeal + "/criteria").expect(404);
        DIRECTOR.post("/api/recruitment-appeals/" + appeal + "/answer", Json.createObjectBuilder().add("answer", "Uwzględniam.")
                .add("allowed", true).add("acceptedCriteria", Json.createArrayBuilder().add("NIEZNANE")).build()).expect(422);
        JsonObject moved = DIRECTOR.post("/api/recruitment-appeals/" + appeal + "/answer", Json.createObjectBuilder()
                .add("answer", "Uwzględniam: dokumenty potwierdzają oba kryteria.").add("allowed", true)
                .add("acceptedCriteria", Json.createArrayBuilder().add("WIELODZIETNOSC").add("NIEPELNOSPRAWNOSC_KANDYDATA")).build())
                .expect(200).obj();
        assertThat(moved.getBoolean("moved")).isTrue();
        assertThat(moved.getBoolean("seatAdded")).isTrue();
        assertThat(moved.getInt("fromPreference")).isEqualTo(2);
        assertThat(moved.getInt("toPreference")).isEqualTo(1);
        assertThat(moved.getString("message")).contains("ponad limit");

        // the public results page (code + PIN): the appellant at the first preference, with 2 points
        JsonObject now = publicResult(appellant);
        assertThat(now.getString("outcome")).isEqualTo("QUALIFIED");
        assertThat(now.getInt("placedPreference")).isEqualTo(1);
        assertThat(now.getJsonObject("placed").getJsonNumber("classId").longValue()).isEqualTo(a);
        JsonObject line1 = now.getJsonArray("preferences").getJsonObject(0);
        assertThat(line1.getString("result")).isEqualTo("QUALIFIED");
        assertThat(line1.getJsonNumber("points").bigDecimalValue()).isEqualByComparingTo("2");
        assertThat(now.getJsonArray("preferences").getJsonObject(1).getString("result")).isEqualTo("NOT_CONSIDERED");
        assertThat(now.keySet()).as("the same answer as the publication's").isEqualTo(before.get("appellant").keySet());
        assertThat(now.get("publishedAt")).isEqualTo(before.get("appellant").get("publishedAt"));
        // nobody else moved
        for (Map.Entry<String, Candidate> e : all.entrySet()) {
            if (e.getValue() != appellant) {
                assertThat(outcome(publicResult(e.getValue()))).as(e.getKey()).isEqualTo(outcome(before.get(e.getKey())));
            }
        }
        // A got a seat over its capacity, B keeps the seat the appellant left free (nobody moved into it)
        Map<Long, JsonObject> classesAfter = publicClasses(c);
        assertThat(classesAfter.get(a).getInt("seats")).isEqualTo(3);
        assertThat(classesAfter.get(a).getInt("qualified")).isEqualTo(3);
        assertThat(classesAfter.get(a).getInt("freePlaces")).isZero();
        assertThat(classesAfter.get(a).getJsonArray("qualifiedCodes").toString()).contains(appellant.code());
        assertThat(classesAfter.get(b).getInt("qualified")).isEqualTo(1);
        assertThat(classesAfter.get(b).getInt("freePlaces")).isEqualTo(1);
        assertThat(classesAfter.get(b).getJsonArray("notQualifiedCodes").toString()).contains(appellant.code());
        assertThat(classesAfter.get(cc)).isEqualTo(classesBefore.get(cc));
        assertThat(classesAfter.get(d)).isEqualTo(classesBefore.get(d));

        // the parent's portal and history; the department's explanation still answers (the run's rows follow the appeal)
        JsonObject portal = parent.get("/api/portal/recruitment/applications/" + appellant.id()).expect(200).obj();
        assertThat(portal.getJsonObject("outcome").getInt("preference")).isEqualTo(1);
        assertThat(portal.getJsonObject("outcome").getJsonObject("placedClass").getJsonNumber("id").longValue()).isEqualTo(a);
        assertThat(history(parent, appellant)).anyMatch(w -> w.contains("uwzględnił odwołanie") && w.contains("preferencja 1"))
                .anyMatch(w -> w.startsWith("Punkty policzone ponownie po odwołaniu"));
        JsonObject why = Api.as("referent").get("/api/recruitment/allocations/" + run + "/candidates/" + appellant.code()).expect(200).obj();
        assertThat(why.getInt("placedPreference")).isEqualTo(1);
        Api.as("referent").get("/api/recruitment/allocations/" + run + "/candidates/" + all.get("a1").code()).expect(200);
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "RecruitmentAllocationRun", "entityId", run, "size", 50))
                .expect(200).rows()).extracting(r -> r.getString("summary", "")).anyMatch(x -> x.contains("Odwołanie " + appeal));
    }
}
