package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.RecruitmentFixtures;
import pl.edugmina.it.support.RecruitmentFixtures.OpenCampaign;
import pl.edugmina.it.support.Users;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.edugmina.it.RecruitmentAllocationIT.HEAD;
import static pl.edugmina.it.RecruitmentAllocationIT.DIRECTOR;
import static pl.edugmina.it.RecruitmentAllocationIT.OFFICER;
import static pl.edugmina.it.RecruitmentAllocationIT.done;
import static pl.edugmina.it.RecruitmentAllocationIT.lists;
import static pl.edugmina.it.RecruitmentAllocationIT.mode;
import static pl.edugmina.it.RecruitmentAllocationIT.sql;
import static pl.edugmina.it.RecruitmentAllocationIT.start;
import static pl.edugmina.it.RecruitmentAllocationIT.started;
import static pl.edugmina.it.RecruitmentResultsIT.column;
import static pl.edugmina.it.RecruitmentResultsIT.lookup;

/**
 * The supplementary round (rekrutacja uzupełniająca, ADR 0016) over HTTP, end to end on a small kindergarten campaign
 * (two units, two groups of 2 seats each): parents apply and the first-choice school's commission verifies; the main
 * FINAL fills group A and group B and leaves one child placed nowhere; one qualified parent does not confirm the will.
 * In the SUPPLEMENTARY stage the offer and the parent's form show only the groups with free places, a new child
 * applies (a full group refused, a child already in the campaign refused), the commission verifies it, the department
 * runs a dry and a final supplementary allocation: the child not admitted in the main round gets the seat left by the
 * unconfirmed one, the new child a free group; nobody admitted in the main round moves, no group holds more than its
 * seats, and the public results page (code + PIN) and the unit's printed lists show the supplementary result.
 */
class RecruitmentSupplementaryIT extends DeployedApplication {

    private static final Api SCHOOL = Api.as("dyrektor.szkoly");

    private record Child(Api parent, long applicationId, String code, String pin, JsonObject draft) {
    }

    private static JsonObject draft(long campaign, String firstName, List<Long> classes, List<String> criteria) {
        var prefs = Json.createArrayBuilder();
        classes.forEach(prefs::add);
        var crit = Json.createArrayBuilder();
        criteria.forEach(crit::add);
        return Json.createObjectBuilder().add("campaignId", campaign)
                .add("child", Json.createObjectBuilder().add("firstName", firstName)
                        .add("lastName", "Uzupełniający-" + Long.toString(System.nanoTime(), 36)).add("birthDate", "2022-04-11")
                        .add("document", "Paszport AC" + (System.nanoTime() % 10_000_000)))
                .add("address", Json.createObjectBuilder().add("locality", "Lublin").add("street", "ul. Wolna").add("houseNumber", "7")
                        .add("postalCode", "20-001"))
                .add("guardians", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Ewa Wolna")
                        .add("email", "ewa.wolna@example.org")))
                .add("preferences", prefs).add("criteria", crit).build();
    }

    /** Submitted on paper by a new parent; the paper brought, every declared criterion accepted and the application verified. */
    private static Child applyAndVerify(long campaign, String firstName, List<Long> classes, List<String> criteria) {
        Api parent = Users.createReady("rodzic", "CITIZEN", null, "Rodzic2026!uzup");
        JsonObject d = draft(campaign, firstName, classes, criteria);
        long id = parent.post("/api/portal/recruitment/applications", d).expect(201).obj().getJsonNumber("id").longValue();
        JsonObject submitted = parent.post("/api/portal/recruitment/applications/" + id + "/paper", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).obj();
        String app = "/api/recruitment-commission/applications/" + id;
        SCHOOL.post(app + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        for (String code : criteria) {
            SCHOOL.put(app + "/criteria/" + code, Json.createObjectBuilder().add("verdict", "ACCEPTED").build()).expect(204);
        }
        SCHOOL.post(app + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        return new Child(parent, id, submitted.getString("code"), submitted.getString("pin"), d);
    }

    private static Api.Response startSupplementary(Api who, long campaign, String mode) {
        return who.post("/api/recruitment-supplementary/campaigns/" + campaign + "/runs", mode(mode));
    }

    /** class id → free places of the campaign in the public offer (only the classes the offer shows). */
    private static Map<Long, Integer> offered(long campaign) {
        Map<Long, Integer> out = new HashMap<>();
        for (JsonObject c : Api.anonymous().get("/api/public/recruitment-offer?type=KINDERGARTEN").expect(200).array()
                .getValuesAs(JsonObject.class)) {
            if (c.getJsonNumber("id").longValue() == campaign) {
                for (JsonObject u : c.getJsonArray("units").getValuesAs(JsonObject.class)) {
                    for (JsonObject k : u.getJsonArray("classes").getValuesAs(JsonObject.class)) {
                        out.put(k.getJsonNumber("id").longValue(), k.getInt("freePlaces"));
                    }
                }
            }
        }
        return out;
    }

    /** The public answer for a code and PIN (waits out the few seconds the published campaigns are cached). */
    private static JsonObject publicResult(String code, String pin) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 8_000;
        while (true) {
            Api.Response r = lookup(code, pin);
            if (r.status() == 200 || System.currentTimeMillis() > deadline) {
                return r.expect(200).obj();
            }
            Thread.sleep(250);
        }
    }

    private static void shiftTimetable(long campaign, String by) throws Exception {
        sql("update recruitment_stage set starts_at = starts_at - interval '" + by + "', ends_at = ends_at - interval '" + by
                + "' where campaign_id = " + campaign);
    }

    @Test
    void theSupplementaryRoundGivesTheFreeSeatsToTheNotAdmittedAndToNewApplicantsWithoutMovingAnyoneAdmitted() throws Exception {
        long school = RecruitmentCommissionIT.unitOf("dyrektor.szkoly");
        OpenCampaign c = RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school, RecruitmentCommissionIT.otherUnit(school));
        sql("insert into recruitment_stage (campaign_id, stage, starts_at, ends_at) values (" + c.id()
                + ", 'SUPPLEMENTARY', now() + interval '38 days', now() + interval '45 days')");
        long a = c.classOf(0, 0);
        long b = c.classOf(0, 1);
        long cc = c.classOf(1, 0);
        long d = c.classOf(1, 1);

        // the main round: A and B filled, X (the council's criterion only: below P2 in a kindergarten's first stage) placed nowhere
        Child p1 = applyAndVerify(c.id(), "Piotr", List.of(a), List.of("WIELODZIETNOSC", "PRACA"));
        Child p2 = applyAndVerify(c.id(), "Paweł", List.of(a), List.of("WIELODZIETNOSC"));
        Child x = applyAndVerify(c.id(), "Xawery", List.of(a), List.of("PRACA"));
        Child q1 = applyAndVerify(c.id(), "Kuba", List.of(b), List.of());
        Child q2 = applyAndVerify(c.id(), "Kamil", List.of(b), List.of());
        long mainRun = started(start(HEAD, c.id(), mode("FINAL")));
        done(mainRun);
        Map<Long, List<String>> mainLists = lists(mainRun);
        assertThat(mainLists.get(a)).containsExactly(p1.code(), p2.code());
        assertThat(mainLists.get(b)).containsExactlyInAnyOrder(q1.code(), q2.code());
        assertThat(mainLists.get(cc)).isEmpty();

        // confirmation of the will: P1, Q1 and Q2 confirm; P2 does not, and so holds no seat in the supplementary round
        shiftTimetable(c.id(), "16 days");
        for (Child ch : List.of(p1, q1, q2)) {
            ch.parent().post("/api/portal/recruitment/applications/" + ch.applicationId() + "/confirmation", JsonValue.EMPTY_JSON_OBJECT)
                    .expect(204);
        }
        assertThat(startSupplementary(HEAD, c.id(), "DRY_RUN").expect(409).obj().getString("message"))
                .as("not before the SUPPLEMENTARY stage").contains("rekrutacji uzupełniającej");
        assertThat(offered(c.id())).as("before the supplementary stage the whole offer").containsOnlyKeys(a, b, cc, d);

        // the SUPPLEMENTARY stage
        shiftTimetable(c.id(), "23 days");
        Map<Long, Integer> free = offered(c.id());
        assertThat(free).as("only the groups with free places, and how many").containsExactlyInAnyOrderEntriesOf(Map.of(a, 1, cc, 2, d, 2));
        Api newParent = Users.createReady("rodzic", "CITIZEN", null, "Rodzic2026!uzup");
        JsonObject form = newParent.get("/api/portal/recruitment/campaigns").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == c.id()).findFirst().orElseThrow();
        assertThat(form.getJsonArray("classes").getValuesAs(JsonObject.class)).extracting(k -> k.getJsonNumber("id").longValue())
                .containsExactlyInAnyOrder(a, cc, d);
        JsonObject refused = newParent.post("/api/portal/recruitment/applications", draft(c.id(), "Natalia", List.of(b, cc), List.of()))
                .expect(422).obj();
        assertThat(refused.getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("preferences");
        // a child already in the campaign takes part with their own list: a second application is refused, not replacing the first
        long again = x.parent().post("/api/portal/recruitment/applications", Json.createObjectBuilder(x.draft())
                .add("preferences", Json.createArrayBuilder().add(d)).build()).expect(201).obj().getJsonNumber("id").longValue();
        assertThat(x.parent().post("/api/portal/recruitment/applications/" + again + "/paper",
                Json.createObjectBuilder().add("replace", true).build()).expect(409).obj().getString("message"))
                .contains("rekrutacji uzupełniającej");
        assertThat(x.parent().get("/api/portal/recruitment/applications/" + x.applicationId()).expect(200).obj().getString("status"))
                .isEqualTo("VERIFIED");
        // a new child: A first (one seat, which X with more points takes), then C
        Child n = applyAndVerify(c.id(), "Natalia", List.of(a, cc), List.of());

        // who may run it: officials try, the head of section or the director publish
        Api.as("sekretariat").post("/api/recruitment-supplementary/campaigns/" + c.id() + "/runs", mode("DRY_RUN")).expect(403);
        SCHOOL.get("/api/recruitment-supplementary/campaigns/" + c.id()).expect(403);
        long dry = started(startSupplementary(OFFICER, c.id(), "DRY_RUN"));
        done(dry);
        assertThat(lookup(n.code(), n.pin()).status()).as("a dry run publishes nothing").isEqualTo(403);
        startSupplementary(OFFICER, c.id(), "FINAL").expect(403);
        long supp = started(startSupplementary(HEAD, c.id(), "FINAL"));
        JsonObject run = done(supp);
        assertThat(run.getInt("candidates")).as("X and N; P2 (qualified, not confirmed) is not a candidate").isEqualTo(2);
        assertThat(run.getInt("seats")).isEqualTo(5);

        Map<Long, List<String>> suppLists = lists(supp);
        assertThat(suppLists.get(a)).containsExactly(x.code());
        assertThat(suppLists.get(cc)).containsExactly(n.code());
        assertThat(suppLists.get(b)).isEmpty();
        assertThat(lists(mainRun)).as("the main round's result is not touched").isEqualTo(mainLists);
        // never more in a group than its seats: confirmed in the main round plus admitted in the supplementary one
        assertThat(column("""
                select k.id from recruitment_class k where k.campaign_id = %d and k.seats <
                  (select count(*) from recruitment_allocation_result r join recruitment_application p on p.candidate_id = r.candidate_id
                   where r.run_id = %d and r.class_id = k.id and p.confirmed_at is not null)
                + (select count(*) from recruitment_allocation_result r where r.run_id = %d and r.class_id = k.id)"""
                .formatted(c.id(), mainRun, supp))).isEmpty();
        JsonObject explained = OFFICER.get("/api/recruitment/allocations/" + supp + "/candidates/" + x.code()).expect(200).obj();
        assertThat(explained.getJsonObject("placedClass").getJsonNumber("classId").longValue()).isEqualTo(a);

        // the public page: X and N get the supplementary result, P1 keeps the main round's
        JsonObject forX = publicResult(x.code(), x.pin());
        assertThat(forX.getString("round")).isEqualTo("SUPPLEMENTARY");
        assertThat(forX.getString("outcome")).isEqualTo("QUALIFIED");
        assertThat(forX.getJsonObject("placed").getJsonNumber("classId").longValue()).isEqualTo(a);
        assertThat(forX.getJsonNumber("runId").longValue()).isEqualTo(supp);
        JsonObject forN = publicResult(n.code(), n.pin());
        assertThat(forN.getJsonObject("placed").getJsonNumber("classId").longValue()).isEqualTo(cc);
        assertThat(forN.getInt("placedPreference")).isEqualTo(2);
        JsonObject xOutcome = x.parent().get("/api/portal/recruitment/applications/" + x.applicationId()).expect(200).obj()
                .getJsonObject("outcome");
        assertThat(xOutcome.getBoolean("placed")).as("the parent's own application shows the supplementary place").isTrue();
        assertThat(xOutcome.getJsonObject("placedClass").getJsonNumber("id").longValue()).isEqualTo(a);
        JsonObject forP1 = publicResult(p1.code(), p1.pin());
        assertThat(forP1.getJsonNumber("runId").longValue()).isEqualTo(mainRun);
        assertThat(forP1.getJsonObject("placed").getJsonNumber("classId").longValue()).isEqualTo(a);
        assertThat(forP1.get("round")).as("a main-round answer").isNull();

        // after it: the offer shows the places still free; a second FINAL and replacing the main round are refused
        assertThat(offered(c.id())).containsExactlyInAnyOrderEntriesOf(Map.of(cc, 1, d, 2));
        assertThat(startSupplementary(DIRECTOR, c.id(), "FINAL").expect(409).obj().getString("message")).contains(String.valueOf(supp));
        DIRECTOR.post("/api/recruitment/campaigns/" + c.id() + "/allocations", Json.createObjectBuilder().add("mode", "FINAL")
                .add("supersede", true).add("reason", "Korekta").build()).expect(409);
        JsonObject status = OFFICER.get("/api/recruitment-supplementary/campaigns/" + c.id()).expect(200).obj();
        assertThat(status.getJsonNumber("supplementaryRunId").longValue()).isEqualTo(supp);
        assertThat(OFFICER.get("/api/recruitment-supplementary/campaigns/" + c.id() + "/runs").expect(200).array()
                .getValuesAs(JsonObject.class)).extracting(r -> r.getJsonNumber("id").longValue()).containsExactly(supp, dry);
        assertThat(OFFICER.get("/api/recruitment/campaigns/" + c.id() + "/allocations").expect(200).array().getValuesAs(JsonObject.class))
                .as("the main round's runs only").extracting(r -> r.getJsonNumber("id").longValue()).containsExactly(mainRun);

        // the school prints group A's lists: the supplementary round's admitted by name; the other unit's group C is not its own
        JsonObject printed = SCHOOL.get("/api/recruitment/results/campaigns/" + c.id() + "/classes/" + a + "/lists").expect(200).obj();
        assertThat(printed.getJsonArray("supplementary").getValuesAs(JsonObject.class)).extracting(p -> p.getString("code"))
                .containsExactly(x.code());
        assertThat(printed.getJsonArray("supplementary").getJsonObject(0).getString("firstName")).isEqualTo("Xawery");
        SCHOOL.get("/api/recruitment/results/campaigns/" + c.id() + "/classes/" + cc + "/lists").expect(403);
        JsonObject publicA = Api.anonymous().get(RecruitmentResultsIT.RESULTS + "/campaigns/" + c.id() + "/units/" + school).expect(200)
                .array().getValuesAs(JsonObject.class).stream().filter(k -> k.getJsonNumber("classId").longValue() == a).findFirst().orElseThrow();
        assertThat(publicA.getInt("freePlaces")).isZero();
        assertThat(publicA.getJsonArray("qualifiedCodes").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains(p1.code());

        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "RecruitmentAllocationRun", "entityId", supp, "size", 20))
                .expect(200).rows()).extracting(r -> r.getString("summary"))
                .anyMatch(s -> s.contains("Rekrutacja uzupełniająca") && s.contains("rozpoczęty"))
                .anyMatch(s -> s.contains("wynik opublikowany"));
    }
}
