package pl.edugmina.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recruitment campaigns for tests, made through the set-up API as a department official: {@link #openCampaign} gives a
 * complete campaign open for applications today (timetable around today, a class per unit, the law's default criteria
 * and, for class I, one catchment street per school), ready for applications, verification and allocation.
 *
 * <pre>
 * Recruitment.Opened c = Recruitment.openCampaign(Api.as("referent"), "CLASS_ONE", List.of(schoolId), 24);
 * c.id(); c.classIds();   // POST /api/recruitment/campaigns/{id}/... as the other areas need
 * </pre>
 */
public final class Recruitment {

    private static final ZoneId OFFICE = ZoneId.of("Europe/Warsaw");

    private Recruitment() {
    }

    /** An open campaign: its id, its classes (one per unit, in the order given) and the unit of each. */
    public record Opened(long id, String type, String schoolYear, List<Long> classIds, List<Long> unitIds) {
    }

    /** The school year the next recruitment fills (as the screens propose it). */
    public static String upcomingSchoolYear() {
        LocalDate today = LocalDate.now(OFFICE);
        int first = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        return first + "/" + (first + 1);
    }

    /** {type, schoolYear, name, maxPreferences} for POST /api/recruitment/campaigns. */
    public static JsonObject campaign(String type, String schoolYear, String name) {
        return Json.createObjectBuilder().add("type", type).add("schoolYear", schoolYear).add("name", name).add("maxPreferences", 3).build();
    }

    /** A complete timetable whose applications run from 3 days ago for two weeks (dates in the office's zone). */
    public static JsonArray timetableAroundToday() {
        LocalDate d = LocalDate.now(OFFICE);
        JsonArrayBuilder a = Json.createArrayBuilder();
        a.add(stage("APPLICATIONS", d.minusDays(3), d.plusDays(14)));
        a.add(stage("VERIFICATION", d.plusDays(15), d.plusDays(21)));
        a.add(stage("QUALIFIED_LIST", d.plusDays(22), d.plusDays(22)));
        a.add(stage("CONFIRMATION", d.plusDays(23), d.plusDays(29)));
        a.add(stage("ADMITTED_LIST", d.plusDays(30), d.plusDays(30)));
        a.add(stage("APPEALS", d.plusDays(31), d.plusDays(45)));
        a.add(stage("SUPPLEMENTARY", d.plusDays(46), d.plusDays(60)));
        return a.build();
    }

    public static JsonObject stage(String stage, LocalDate from, LocalDate to) {
        return Json.createObjectBuilder().add("stage", stage).add("from", from.toString()).add("to", to.toString()).build();
    }

    /**
     * Creates, completes and opens a campaign of {@code type} in the upcoming school year with a class "1a"
     * ({@code seats} seats) in each unit (the units must be of the campaign's kind: primary schools for CLASS_ONE,
     * kindergartens or primary schools for KINDERGARTEN, …). Fails the test if any step is refused.
     */
    public static Opened openCampaign(Api official, String type, List<Long> unitIds, int seats) {
        String year = upcomingSchoolYear();
        String name = "Nabór testowy " + type + " " + Long.toString(System.nanoTime(), 36);
        long id = official.post("/api/recruitment/campaigns", campaign(type, year, name)).expect(201).obj().getJsonNumber("id").longValue();
        official.put("/api/recruitment/campaigns/" + id + "/stages", timetableAroundToday()).expect(200);
        List<Long> classes = new ArrayList<>();
        for (long unit : unitIds) {
            classes.add(official.post("/api/recruitment/campaigns/" + id + "/classes", Json.createObjectBuilder().add("unitId", unit)
                    .add("name", "1a").add("seats", seats).build()).expect(201).obj().getJsonNumber("id").longValue());
        }
        official.post("/api/recruitment/campaigns/" + id + "/criteria/defaults", Json.createObjectBuilder().build()).expect(200);
        if ("CLASS_ONE".equals(type)) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            int n = 0;
            for (long unit : unitIds) {
                lines.add(Json.createObjectBuilder().add("unitId", unit).add("street", "Testowa " + (++n)).add("parity", "ALL"));
            }
            official.put("/api/recruitment/campaigns/" + id + "/catchment", lines.build()).expect(204);
        }
        JsonObject opened = official.post("/api/recruitment/campaigns/" + id + "/status",
                Json.createObjectBuilder().add("status", "APPLICATIONS").build()).expect(200).obj();
        assertThat(opened.getString("status")).isEqualTo("APPLICATIONS");
        return new Opened(id, type, year, List.copyOf(classes), List.copyOf(unitIds));
    }
}
