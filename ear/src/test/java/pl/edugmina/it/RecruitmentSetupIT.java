package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.PostgresSessionListener;
import pl.edugmina.it.support.Recruitment;
import pl.edugmina.it.support.Registry;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaign set-up over HTTP as the department's referent: a class I campaign is created, refused while incomplete or
 * wrong (every wrong field named, in Polish), completed, opened, and from then on only its seats change; the public
 * offer shows it without login, filtered by kind and unit name, with last year's thresholds from the demo city's
 * published allocation; units, parents and the administrator get 403, nobody without login gets in.
 */
class RecruitmentSetupIT extends DeployedApplication {

    static final Api REFERENT = Api.as("referent");
    static final Api ANONYMOUS = Api.anonymous();

    static long demoSchool() {
        return Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
    }

    static List<JsonObject> primarySchools() {
        return Registry.units(REFERENT, "typeId", 2);
    }

    static Map<String, String> violations(Api.Response r) {
        r.expect(422);
        Map<String, String> out = new HashMap<>();
        r.obj().getJsonArray("violations").getValuesAs(JsonObject.class).forEach(v -> out.put(v.getString("field"), v.getString("message")));
        return out;
    }

    static JsonObject setup(long id) {
        return REFERENT.get("/api/recruitment/campaigns/" + id + "/setup").expect(200).obj();
    }

    static JsonObject status(String s) {
        return Json.createObjectBuilder().add("status", s).build();
    }

    static List<JsonObject> offer(Api who, String query) {
        return who.get("/api/public/recruitment-offer" + (query == null ? "" : "?" + query)).expect(200).array().getValuesAs(JsonObject.class);
    }

    @Test
    void theReferentCreatesACampaignIsRefusedWhileItIsIncompleteOrWrongCompletesItAndOpensIt() {
        long school = demoSchool();
        long other = primarySchools().stream().map(Registry::id).filter(i -> i != school).findFirst().orElseThrow();
        long kindergarten = Registry.id(Registry.units(REFERENT, "typeId", 1).get(0));
        String name = "Nabór do klas I – test " + Long.toString(System.nanoTime(), 36);

        // wrong data: every field named
        Map<String, String> bad = violations(REFERENT.post("/api/recruitment/campaigns", Json.createObjectBuilder().add("type", "NURSERY")
                .add("schoolYear", "2027/2029").add("name", " ").add("maxPreferences", 0).build()));
        assertThat(bad).containsOnlyKeys("type", "schoolYear", "name", "maxPreferences");
        assertThat(bad.get("schoolYear")).contains("RRRR/RRRR");

        long id = REFERENT.post("/api/recruitment/campaigns", Recruitment.campaign("CLASS_ONE", Recruitment.upcomingSchoolYear(), name))
                .expect(201).obj().getJsonNumber("id").longValue();
        JsonObject fresh = setup(id);
        assertThat(fresh.getString("status")).isEqualTo("PREPARATION");
        assertThat(fresh.getString("seed")).as("a random seed when none is given").startsWith("nabor-");
        assertThat(fresh.getJsonArray("moves").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("APPLICATIONS");

        // opening an empty campaign: what is missing is named
        Map<String, String> missing = violations(REFERENT.post("/api/recruitment/campaigns/" + id + "/status", status("APPLICATIONS")));
        assertThat(missing).containsKeys("stages.APPLICATIONS", "stages.APPEALS", "classes", "criteria", "catchment");
        assertThat(missing.get("stages.APPLICATIONS")).contains("składanie wniosków");

        // timetable out of order
        LocalDate d = LocalDate.now();
        JsonArray wrongOrder = Json.createArrayBuilder().add(Recruitment.stage("APPLICATIONS", d, d.plusDays(14)))
                .add(Recruitment.stage("VERIFICATION", d.plusDays(2), d.plusDays(10))).add(Recruitment.stage("APPEALS", d.plusDays(1), d))
                .build();
        Map<String, String> order = violations(REFERENT.put("/api/recruitment/campaigns/" + id + "/stages", wrongOrder));
        assertThat(order).containsOnlyKeys("stages.VERIFICATION", "stages.APPEALS");
        assertThat(order.get("stages.VERIFICATION")).contains("przed etapem poprzednim");
        assertThat(violations(REFERENT.put("/api/recruitment/campaigns/" + id + "/stages", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("stage", "APPLICATIONS").add("from", "1.03.2027").add("to", "2027-03-10")).build())))
                .containsOnlyKeys("stages.APPLICATIONS");
        REFERENT.put("/api/recruitment/campaigns/" + id + "/stages", Recruitment.timetableAroundToday()).expect(200);

        // the offer: a kindergarten has no class I; a unit names a class once
        assertThat(violations(REFERENT.post("/api/recruitment/campaigns/" + id + "/classes", Json.createObjectBuilder().add("unitId", kindergarten)
                .add("name", "1a").add("seats", 25).build())).get("unitId")).contains("nie prowadzi naboru tego rodzaju");
        assertThat(violations(REFERENT.post("/api/recruitment/campaigns/" + id + "/classes", Json.createObjectBuilder().add("unitId", school)
                .add("name", "1a").add("seats", 1001).build())).get("seats")).contains("między 0 a 1000");
        long sports = REFERENT.post("/api/recruitment/campaigns/" + id + "/classes", Json.createObjectBuilder().add("unitId", school).add("name", "1s")
                .add("profile", "sportowy").add("languages", "angielski").add("extendedSubjects", "wychowanie fizyczne").add("seats", 20).build())
                .expect(201).obj().getJsonNumber("id").longValue();
        assertThat(violations(REFERENT.post("/api/recruitment/campaigns/" + id + "/classes", Json.createObjectBuilder().add("unitId", school)
                .add("name", "1s").add("seats", 10).build())).get("name")).contains("ma już w tym naborze klasę 1s");
        REFERENT.post("/api/recruitment/campaigns/" + id + "/classes", Json.createObjectBuilder().add("unitId", other).add("name", "1a")
                .add("seats", 24).build()).expect(201);

        // criteria: wrong ones named by row, then the law's defaults
        Map<String, String> crit = violations(REFERENT.put("/api/recruitment/campaigns/" + id + "/criteria", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "RODZENSTWO").add("group", "MUNICIPAL").add("label", "rodzeństwo w szkole").add("points", "7,5"))
                .add(Json.createObjectBuilder().add("code", "RODZENSTWO").add("group", "GMINNE").add("label", "").add("points", -1)).build()));
        assertThat(crit).containsOnlyKeys("criteria[1].code", "criteria[1].group", "criteria[1].label", "criteria[1].points");
        List<JsonObject> defaults = REFERENT.post("/api/recruitment/campaigns/" + id + "/criteria/defaults", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).array().getValuesAs(JsonObject.class);
        assertThat(defaults).isNotEmpty().allSatisfy(c -> assertThat(c.getString("proof")).isNotBlank());

        // catchment areas: two schools cannot share an address
        Map<String, String> overlap = violations(REFERENT.put("/api/recruitment/campaigns/" + id + "/catchment", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("unitId", school).add("street", "ul. Lipowa").add("parity", "ODD"))
                .add(Json.createObjectBuilder().add("unitId", other).add("street", "Lipowa").add("from", 11).add("to", "21a")).build()));
        assertThat(overlap).containsOnlyKeys("catchment[1].street");
        assertThat(overlap.get("catchment[1].street")).contains("pokrywa się z obwodem");
        REFERENT.put("/api/recruitment/campaigns/" + id + "/catchment", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("unitId", school).add("street", "ul. Lipowa").add("parity", "ODD"))
                .add(Json.createObjectBuilder().add("unitId", other).add("street", "Lipowa").add("parity", "EVEN").add("from", 2)).build()).expect(204);

        JsonObject complete = setup(id);
        assertThat(complete.getJsonArray("missing")).isEmpty();
        assertThat(complete.getJsonArray("classes")).hasSize(2);
        assertThat(complete.getJsonArray("catchment").getValuesAs(JsonObject.class)).allSatisfy(l -> assertThat(l.getString("locality")).isNotBlank());
        assertThat(offer(ANONYMOUS, null)).as("not public in preparation").noneMatch(c -> c.getJsonNumber("id").longValue() == id);

        // open
        JsonObject opened = REFERENT.post("/api/recruitment/campaigns/" + id + "/status", status("APPLICATIONS")).expect(200).obj();
        assertThat(opened.getString("status")).isEqualTo("APPLICATIONS");
        assertThat(opened.getBoolean("setupEditable")).isFalse();
        assertThat(opened.getBoolean("seatsEditable")).isTrue();

        // from now on only the seats change
        assertThat(violations(REFERENT.put("/api/recruitment/campaigns/" + id + "/criteria", JsonValue.EMPTY_JSON_ARRAY))).containsOnlyKeys("status");
        assertThat(violations(REFERENT.put("/api/recruitment/campaigns/" + id + "/stages", Recruitment.timetableAroundToday()))).containsOnlyKeys("status");
        assertThat(REFERENT.delete("/api/recruitment/campaigns/" + id + "/classes/" + sports).status()).isEqualTo(422);
        assertThat(violations(REFERENT.put("/api/recruitment/campaigns/" + id + "/classes/" + sports, Json.createObjectBuilder().add("name", "1x")
                .add("profile", "sportowy").add("languages", "angielski").add("extendedSubjects", "wychowanie fizyczne").add("seats", 22).build()))
                .get("name")).contains("tylko liczbę miejsc");
        REFERENT.put("/api/recruitment/campaigns/" + id + "/classes/" + sports, Json.createObjectBuilder().add("name", "1s").add("profile", "sportowy")
                .add("languages", "angielski").add("extendedSubjects", "wychowanie fizyczne").add("seats", 22).build()).expect(204);
        assertThat(violations(REFERENT.post("/api/recruitment/campaigns/" + id + "/status", status("CLOSED"))).get("status"))
                .contains("nie może przejść");

        // the public offer, without login: the campaign with its classes, seats and free places (no allocation yet: all)
        JsonObject shown = offer(ANONYMOUS, "type=CLASS_ONE").stream().filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(shown.getString("drawSeed")).isEqualTo(complete.getString("seed"));
        assertThat(shown.getJsonArray("stages")).hasSize(7);
        JsonObject unit = shown.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonNumber("unitId").longValue() == school).findFirst().orElseThrow();
        JsonObject cls = unit.getJsonArray("classes").getJsonObject(0);
        assertThat(cls.getString("name")).isEqualTo("1s");
        assertThat(cls.getString("extendedSubjects")).isEqualTo("wychowanie fizyczne");
        assertThat(cls.getInt("seats")).isEqualTo(22);
        assertThat(cls.getInt("freePlaces")).isEqualTo(22);
        // filtered by the unit's name (any case), and by another kind
        String schoolName = Registry.unit(REFERENT, school).getJsonObject("data").getString("name");
        List<JsonObject> byUnit = offer(ANONYMOUS, Api.query("unit", schoolName.toUpperCase(java.util.Locale.forLanguageTag("pl"))));
        JsonObject narrowed = byUnit.stream().filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(narrowed.getJsonArray("units")).hasSize(1);
        assertThat(offer(ANONYMOUS, "type=DORMITORY")).noneMatch(c -> c.getJsonNumber("id").longValue() == id);
        assertThat(offer(ANONYMOUS, "type=NONSENSE")).isEmpty();
    }

    @Test
    void theHelperOpensACompleteCampaignOfAnotherKind() {
        long kindergarten = Registry.id(Registry.units(REFERENT, "typeId", 1).get(0));
        Recruitment.Opened k = Recruitment.openCampaign(REFERENT, "KINDERGARTEN", List.of(kindergarten, demoSchool()), 25);
        JsonObject s = setup(k.id());
        assertThat(s.getString("status")).isEqualTo("APPLICATIONS");
        assertThat(s.getJsonArray("classes")).hasSize(2);
        assertThat(s.getJsonArray("criteria").getValuesAs(JsonObject.class)).extracting(c -> c.getString("code")).contains("WIELODZIETNOSC");
        // the statutory criteria of a kindergarten have equal value (checked on the whole list)
        assertThat(offer(ANONYMOUS, "type=KINDERGARTEN")).anyMatch(c -> c.getJsonNumber("id").longValue() == k.id());
    }

    @Test
    void lastYearsThresholdsAreTheCutOffsOfTheSameClassesInThePublishedAllocation() throws SQLException {
        // the demo city: last year's class I campaign is closed with a published FINAL; this year's has the same classes
        Map<String, BigDecimal> expected = new HashMap<>();
        String year = Recruitment.upcomingSchoolYear();
        int first = Integer.parseInt(year.substring(0, 4));
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL),
                System.getProperty(PostgresSessionListener.USER), System.getProperty(PostgresSessionListener.PASSWORD));
             PreparedStatement ps = c.prepareStatement("""
                     select k.unit_id, k.name, s.cut_points from recruitment_allocation_class s join recruitment_class k on k.id = s.class_id
                     join recruitment_campaign p on p.published_run_id = s.run_id
                     where p.type = 'CLASS_ONE' and p.school_year = ? and s.cut_points is not null""")) {
            ps.setString(1, (first - 1) + "/" + first);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expected.put(rs.getLong(1) + "/" + rs.getString(2), BigDecimal.valueOf(rs.getLong(3), 2));
                }
            }
        }
        assertThat(expected).as("the demo's published allocation of last year").isNotEmpty();
        JsonObject demo = offer(ANONYMOUS, "type=CLASS_ONE").stream().filter(c -> c.getString("name").equals("Nabór do klas I szkół podstawowych " + year))
                .findFirst().orElseThrow();
        assertThat(demo.getString("previousSchoolYear")).isEqualTo((first - 1) + "/" + first);
        int shown = 0;
        for (JsonObject u : demo.getJsonArray("units").getValuesAs(JsonObject.class)) {
            for (JsonObject k : u.getJsonArray("classes").getValuesAs(JsonObject.class)) {
                BigDecimal want = expected.get(u.getJsonNumber("unitId").longValue() + "/" + k.getString("name"));
                JsonValue got = k.get("lastYearThreshold");
                if (want == null) {
                    assertThat(got).as(k.toString()).isIn(null, JsonValue.NULL);
                } else {
                    assertThat(new BigDecimal(got.toString())).as(k.toString()).isEqualByComparingTo(want);
                    shown++;
                }
            }
        }
        assertThat(shown).as("classes with last year's threshold").isPositive();
    }

    @Test
    void onlyTheDepartmentsOfficialsSetCampaignsUp() {
        long id = Recruitment.openCampaign(REFERENT, "CLASS_ONE", List.of(demoSchool()), 24).id();
        for (String login : List.of("dyrektor.szkoly", "sekretariat", "rodzic", "admin")) {
            Api who = Api.as(login);
            assertThat(who.post("/api/recruitment/campaigns", Recruitment.campaign("CLASS_ONE", "2027/2028", "Nie wolno")).status())
                    .as(login + " creates").isEqualTo(403);
            assertThat(who.get("/api/recruitment/campaigns/" + id + "/setup").status()).as(login + " reads").isEqualTo(403);
            assertThat(who.post("/api/recruitment/campaigns/" + id + "/status", status("VERIFICATION")).status()).as(login + " moves").isEqualTo(403);
            assertThat(who.put("/api/recruitment/campaigns/" + id + "/classes/1", Json.createObjectBuilder().add("seats", 1).build()).status())
                    .as(login + " changes seats").isEqualTo(403);
        }
        assertThat(ANONYMOUS.post("/api/recruitment/campaigns", Recruitment.campaign("CLASS_ONE", "2027/2028", "Nie wolno")).status()).isEqualTo(401);
        assertThat(Api.as("kierownik").get("/api/recruitment/campaigns/" + id + "/setup").status()).isEqualTo(200);
        assertThat(setup(id).getString("status")).as("nothing changed").isEqualTo("APPLICATIONS");
        // the existing read of campaigns keeps working
        assertThat(REFERENT.get("/api/recruitment/campaigns/" + id).expect(200).obj().getJsonArray("stages")).hasSize(7);
    }
}
