package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Recruitment;
import pl.edugmina.it.support.Registry;
import pl.edugmina.it.support.Users;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secondary-school recruitment over HTTP, through the real server: the department sets up a SECONDARY campaign (the
 * law's points as the campaign's defaults, two classes of a liceum counting different subjects besides Polish and
 * maths), two parents fill in exam results and grades (bad values refused next to the field, a submission without them
 * refused), the school's commission accepts one candidate's results and corrects the other's with a reason, and the
 * points per preference are the law's figures, computed here by hand. A dry run places the olympiad laureate first
 * although the other candidate has more points.
 */
public class RecruitmentSecondaryIT extends DeployedApplication {

    static final Api REFERENT = Api.as("referent");
    static final String PASSWORD = "Liceum2026!nabor";

    // the law's numbers (Prawo oświatowe and the regulation), written out for the test, not read from the application
    static final Map<Integer, Integer> GRADE_POINTS = Map.of(6, 18, 5, 17, 4, 14, 3, 8, 2, 2);

    /** The points at a class by hand: 0.35 × Polish % + 0.35 × maths % + 0.30 × language % + the four grades' points + extras. */
    public static BigDecimal law(int polish, int maths, int language, int[] fourGrades, boolean distinction, int achievements, boolean volunteering) {
        BigDecimal exam = new BigDecimal("0.35").multiply(BigDecimal.valueOf(polish)).add(new BigDecimal("0.35").multiply(BigDecimal.valueOf(maths)))
                .add(new BigDecimal("0.30").multiply(BigDecimal.valueOf(language)));
        int grades = 0;
        for (int g : fourGrades) {
            grades += GRADE_POINTS.get(g);
        }
        return exam.add(BigDecimal.valueOf(grades + (distinction ? 7 : 0) + Math.min(achievements, 18) + (volunteering ? 3 : 0)));
    }

    public static JsonObject results(int polish, int maths, int language, Map<String, Integer> grades, boolean distinction,
                              Map<String, Integer> achievements, boolean volunteering, boolean laureate) {
        JsonObjectBuilder g = Json.createObjectBuilder();
        grades.forEach(g::add);
        JsonObjectBuilder a = Json.createObjectBuilder();
        achievements.forEach(a::add);
        return Json.createObjectBuilder()
                .add("exam", Json.createObjectBuilder().add("JEZYK_POLSKI", polish).add("MATEMATYKA", maths).add("JEZYK_OBCY", language))
                .add("grades", g).add("distinction", distinction).add("achievements", a).add("volunteering", volunteering)
                .add("laureate", laureate).build();
    }

    public static JsonObject draft(long campaign, List<Long> classes, String firstName) {
        var prefs = Json.createArrayBuilder();
        classes.forEach(prefs::add);
        return Json.createObjectBuilder().add("campaignId", campaign)
                .add("child", Json.createObjectBuilder().add("firstName", firstName).add("lastName", "Kowal-" + Long.toString(System.nanoTime(), 36))
                        .add("birthDate", "2012-03-14").add("document", "Legitymacja 123/2025"))
                .add("address", Json.createObjectBuilder().add("locality", "Lublin").add("street", "Narutowicza").add("houseNumber", "4")
                        .add("postalCode", "20-004"))
                .add("guardians", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Ewa Kowal")
                        .add("email", "ewa.kowal@example.org")))
                .add("preferences", prefs).add("criteria", Json.createArrayBuilder()).build();
    }

    static String results(long id) {
        return "/api/recruitment-secondary/applications/" + id + "/results";
    }

    static List<String> fields(Api.Response r) {
        return r.obj().getJsonArray("violations").getValuesAs(JsonObject.class).stream().map(v -> v.getString("field")).toList();
    }

    static BigDecimal points(JsonObject pref) {
        return pref.getJsonNumber("points").bigDecimalValue();
    }

    @Test
    void theLawsPointsPerClassReachTheAllocationAndTheLaureateComesFirst() {
        long liceum = Registry.id(Registry.units(REFERENT, "typeId", 14).get(0));
        Api director = Users.createReady("dyrektor.lo", "UNIT_DIRECTOR", liceum, PASSWORD);
        Api parentA = Users.createReady("rodzic.lo.a", "CITIZEN", null, PASSWORD);
        Api parentB = Users.createReady("rodzic.lo.b", "CITIZEN", null, PASSWORD);

        // ---- the department sets the campaign up
        long campaign = REFERENT.post("/api/recruitment/campaigns", Recruitment.campaign("SECONDARY", Recruitment.upcomingSchoolYear(),
                "Nabór LO " + Long.toString(System.nanoTime(), 36))).expect(201).obj().getJsonNumber("id").longValue();
        REFERENT.put("/api/recruitment/campaigns/" + campaign + "/stages", Recruitment.timetableAroundToday()).expect(200);
        long biolChem = REFERENT.post("/api/recruitment/campaigns/" + campaign + "/classes", Json.createObjectBuilder().add("unitId", liceum)
                .add("name", "1a").add("profile", "biologiczno-chemiczna").add("seats", 1).build()).expect(201).obj().getJsonNumber("id").longValue();
        long humanities = REFERENT.post("/api/recruitment/campaigns/" + campaign + "/classes", Json.createObjectBuilder().add("unitId", liceum)
                .add("name", "1b").add("profile", "humanistyczna").add("seats", 1).build()).expect(201).obj().getJsonNumber("id").longValue();
        REFERENT.post("/api/recruitment/campaigns/" + campaign + "/criteria/defaults", Json.createObjectBuilder().build()).expect(200);

        String setup = "/api/recruitment-secondary/campaigns/" + campaign;
        JsonObject config = REFERENT.get(setup + "/config").expect(200).obj();
        assertThat(config.getJsonObject("examWeights").getJsonNumber("JEZYK_POLSKI").bigDecimalValue()).isEqualByComparingTo("0.35");
        assertThat(config.getJsonObject("examWeights").getJsonNumber("MATEMATYKA").bigDecimalValue()).isEqualByComparingTo("0.35");
        assertThat(config.getJsonObject("examWeights").getJsonNumber("JEZYK_OBCY").bigDecimalValue()).isEqualByComparingTo("0.30");
        assertThat(config.getJsonObject("gradePoints").getJsonNumber("6").bigDecimalValue()).isEqualByComparingTo("18");
        assertThat(config.getJsonObject("gradePoints").getJsonNumber("2").bigDecimalValue()).isEqualByComparingTo("2");
        assertThat(config.getJsonNumber("distinction").bigDecimalValue()).isEqualByComparingTo("7");
        assertThat(config.getJsonNumber("achievementsCap").bigDecimalValue()).isEqualByComparingTo("18");
        assertThat(config.getJsonNumber("volunteering").bigDecimalValue()).isEqualByComparingTo("3");
        assertThat(config.getJsonNumber("maximum").bigDecimalValue()).isEqualByComparingTo("200");
        assertThat(config.getInt("gradedSubjects")).isEqualTo(4);
        // a configuration adding up to more than its maximum is refused; the department's change is kept
        REFERENT.put(setup + "/config", Api.with(config, "volunteering", 4)).expect(422);
        REFERENT.put(setup + "/config", Api.with(config, "volunteering", 2)).expect(204);
        assertThat(REFERENT.get(setup + "/config").expect(200).obj().getJsonNumber("volunteering").bigDecimalValue()).isEqualByComparingTo("2");
        REFERENT.put(setup + "/config", config).expect(204);

        // a class without its counted subjects keeps the campaign from opening
        Api.Response notYet = REFERENT.post("/api/recruitment/campaigns/" + campaign + "/status",
                Json.createObjectBuilder().add("status", "APPLICATIONS").build()).expect(422);
        assertThat(notYet.obj().getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("message"))
                .anyMatch(m -> m.contains("przedmiotów") && m.contains("2"));
        REFERENT.put(setup + "/classes/" + biolChem + "/subjects", Json.createObjectBuilder().add("subjects",
                Json.createArrayBuilder().add("BIOLOGIA")).build()).expect(422);
        REFERENT.put(setup + "/classes/" + biolChem + "/subjects", Json.createObjectBuilder().add("subjects",
                Json.createArrayBuilder().add("BIOLOGIA").add("MATEMATYKA")).build()).expect(422);
        REFERENT.put(setup + "/classes/" + biolChem + "/subjects", Json.createObjectBuilder().add("subjects",
                Json.createArrayBuilder().add("BIOLOGIA").add("CHEMIA")).build()).expect(204);
        REFERENT.put(setup + "/classes/" + humanities + "/subjects", Json.createObjectBuilder().add("subjects",
                Json.createArrayBuilder().add("HISTORIA").add("WOS")).build()).expect(204);
        parentA.get(setup + "/setup").expect(403);
        director.put(setup + "/classes/" + humanities + "/subjects", Json.createObjectBuilder().add("subjects",
                Json.createArrayBuilder().add("FIZYKA").add("WOS")).build()).expect(403);
        REFERENT.post("/api/recruitment/campaigns/" + campaign + "/status", Json.createObjectBuilder().add("status", "APPLICATIONS").build())
                .expect(200);
        // once open, the counting is fixed
        REFERENT.put(setup + "/classes/" + humanities + "/subjects", Json.createObjectBuilder().add("subjects",
                Json.createArrayBuilder().add("FIZYKA").add("WOS")).build()).expect(422);

        JsonObject form = parentA.get(setup + "/form").expect(200).obj();
        assertThat(form.getJsonArray("classes").getValuesAs(JsonObject.class)).anySatisfy(c -> {
            assertThat(c.getJsonNumber("classId").longValue()).isEqualTo(biolChem);
            assertThat(c.getString("names")).isEqualTo("język polski, matematyka, biologia, chemia");
        });

        // ---- parent A: good results, no laureate
        long a = parentA.post("/api/portal/recruitment/applications", draft(campaign, List.of(biolChem, humanities), "Adam")).expect(201).obj()
                .getJsonNumber("id").longValue();
        Api.Response bad = parentA.put(results(a), results(101, 60, 90, Map.of("JEZYK_POLSKI", 7, "MATEMATYKA", 4), false, Map.of(), false, false))
                .expect(422);
        assertThat(fields(bad)).containsExactlyInAnyOrder("exam.JEZYK_POLSKI", "grades.JEZYK_POLSKI");
        assertThat(bad.obj().getJsonArray("violations").getJsonObject(0).getString("message")).containsAnyOf("0 do 100", "od 1 do 6");
        // without the grades of the classes' subjects the application is not submitted
        parentA.put(results(a), results(80, 60, 90, Map.of("JEZYK_POLSKI", 5, "MATEMATYKA", 4), false, Map.of(), false, false)).expect(204);
        Api.Response incomplete = parentA.post("/api/portal/recruitment/applications/" + a + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(422);
        assertThat(fields(incomplete)).contains("grades.BIOLOGIA", "grades.CHEMIA", "grades.HISTORIA", "grades.WOS");
        Map<String, Integer> gradesA = Map.of("JEZYK_POLSKI", 5, "MATEMATYKA", 4, "BIOLOGIA", 6, "CHEMIA", 3, "HISTORIA", 2, "WOS", 5);
        parentA.put(results(a), results(80, 60, 90, gradesA, true, Map.of("KRAJOWY", 1, "POWIATOWY", 2), true, false)).expect(204);
        String codeA = parentA.post("/api/portal/recruitment/applications/" + a + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(200).obj()
                .getString("code");
        parentA.put(results(a), results(90, 60, 90, gradesA, true, Map.of(), true, false)).expect(409);

        // ---- parent B: a laureate with fewer points
        long b = parentB.post("/api/portal/recruitment/applications", draft(campaign, List.of(biolChem, humanities), "Beata")).expect(201).obj()
                .getJsonNumber("id").longValue();
        Map<String, Integer> gradesB = Map.of("JEZYK_POLSKI", 4, "MATEMATYKA", 3, "BIOLOGIA", 4, "CHEMIA", 4, "HISTORIA", 5, "WOS", 3);
        parentB.put(results(b), results(50, 40, 30, gradesB, false, Map.of(), false, true)).expect(204);
        String codeB = parentB.post("/api/portal/recruitment/applications/" + b + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(200).obj()
                .getString("code");

        // nobody else reads them
        parentB.get(results(a)).expect(404);
        assertThat(parentA.get(results(a)).expect(200).obj().getJsonObject("declared").getJsonObject("grades").getInt("BIOLOGIA")).isEqualTo(6);

        // ---- the school's commission
        String app = "/api/recruitment-commission/applications/";
        director.post(app + a + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        director.post(app + b + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        Api.Response undecided = director.post(app + a + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(409);
        assertThat(undecided.obj().getString("message")).contains("wynik");
        assertThat(director.get(results(a)).expect(200).obj().getJsonObject("declared").getJsonObject("exam").getInt("JEZYK_OBCY")).isEqualTo(90);
        String verdict = "/api/recruitment-secondary/applications/";
        director.put(verdict + a + "/verdict", Json.createObjectBuilder().add("verdict", "ACCEPTED").build()).expect(204);
        director.post(app + a + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(204);

        // a correction needs a reason; the corrected language result (40% on the certificate, not 30%) counts
        JsonObject correctedB = results(50, 40, 40, gradesB, false, Map.of(), false, true);
        Api.Response noReason = director.put(verdict + b + "/verdict", Json.createObjectBuilder().add("verdict", "CORRECTED")
                .add("results", correctedB).build()).expect(422);
        assertThat(fields(noReason)).containsExactly("reason");
        String reason = "Zaświadczenie OKE: język obcy 40%";
        director.put(verdict + b + "/verdict", Json.createObjectBuilder().add("verdict", "CORRECTED").add("reason", reason)
                .add("results", correctedB).build()).expect(204);
        director.post(app + b + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(204);

        // ---- the parents see the law's points per preference
        BigDecimal aBiolChem = law(80, 60, 90, new int[] {5, 4, 6, 3}, true, 3 + 1 + 1, true);
        BigDecimal aHumanities = law(80, 60, 90, new int[] {5, 4, 2, 5}, true, 3 + 1 + 1, true);
        BigDecimal bBiolChem = law(50, 40, 40, new int[] {4, 3, 4, 4}, false, 0, false);
        BigDecimal bHumanities = law(50, 40, 40, new int[] {4, 3, 5, 3}, false, 0, false);
        assertThat(aBiolChem).isEqualByComparingTo("148");
        assertThat(bBiolChem).isEqualByComparingTo("93.5");

        List<JsonObject> prefsA = parentA.get("/api/portal/recruitment/applications/" + a).expect(200).obj().getJsonArray("preferences")
                .getValuesAs(JsonObject.class);
        assertThat(points(prefsA.get(0))).isEqualByComparingTo(aBiolChem);
        assertThat(points(prefsA.get(1))).isEqualByComparingTo(aHumanities);
        assertThat(prefsA.get(0).getInt("tier")).isZero();
        JsonObject mineB = parentB.get("/api/portal/recruitment/applications/" + b).expect(200).obj();
        List<JsonObject> prefsB = mineB.getJsonArray("preferences").getValuesAs(JsonObject.class);
        assertThat(points(prefsB.get(0))).isEqualByComparingTo(bBiolChem);
        assertThat(points(prefsB.get(1))).isEqualByComparingTo(bHumanities);
        assertThat(prefsB.get(0).getInt("tier")).as("the laureate's tier").isEqualTo(1);
        JsonObject seenByB = parentB.get(results(b)).expect(200).obj();
        assertThat(seenByB.getString("verdict")).isEqualTo("CORRECTED");
        assertThat(seenByB.getString("reason")).isEqualTo(reason);
        assertThat(seenByB.getJsonObject("results").getJsonObject("exam").getInt("JEZYK_OBCY")).isEqualTo(40);
        List<JsonObject> byPart = parentB.get("/api/recruitment-secondary/applications/" + b + "/points").expect(200).array()
                .getValuesAs(JsonObject.class);
        assertThat(byPart.get(0).getJsonNumber("exam").bigDecimalValue()).isEqualByComparingTo("43.5");
        assertThat(byPart.get(0).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(bBiolChem);
        assertThat(mineB.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(e -> e.getString("what"))
                .anyMatch(w -> w.contains("poprawiła wyniki") && w.contains(reason));

        // ---- a dry run: one seat each; both want 1a first; the laureate gets it although A has more points
        long run = RecruitmentAllocationIT.started(RecruitmentAllocationIT.start(REFERENT, campaign, RecruitmentAllocationIT.mode("DRY_RUN")));
        RecruitmentAllocationIT.done(run);
        JsonObject outB = REFERENT.get("/api/recruitment/allocations/" + run + "/candidates/" + codeB).expect(200).obj();
        JsonObject outA = REFERENT.get("/api/recruitment/allocations/" + run + "/candidates/" + codeA).expect(200).obj();
        assertThat(outB.getJsonObject("placedClass").getJsonNumber("classId").longValue()).isEqualTo(biolChem);
        assertThat(outA.getJsonObject("placedClass").getJsonNumber("classId").longValue()).isEqualTo(humanities);
    }
}
