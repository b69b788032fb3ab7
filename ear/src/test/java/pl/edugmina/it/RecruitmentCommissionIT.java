package pl.edugmina.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.RecruitmentFixtures;
import pl.edugmina.it.support.RecruitmentFixtures.OpenCampaign;
import pl.edugmina.it.support.Users;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-choice unit's recruitment commission over HTTP: a parent submits a kindergarten application on paper to
 * the demo school; another unit's director does not find it (404) and a parent is refused (403); the school's director
 * records the paper delivery, rejects one criterion (a reason is required: 422 without), accepts the others and
 * verifies; the candidate's points reach the parent's view and the allocation; the protocol PDF names the candidate. A
 * return for corrections reaches the parent with the reason, and a corrected paper application must be brought again.
 * Once a FINAL allocation is published nothing changes (409).
 */
public class RecruitmentCommissionIT extends DeployedApplication {

    static final Api DIRECTOR = Api.as("dyrektor.szkoly");
    static final Api SECRETARIAT = Api.as("sekretariat");
    static final String PARENT_PASSWORD = "Rodzic2026!komisja";
    static final String OTHER_PASSWORD = "Dyrektor2026!inna";

    static long unitOf(String login) {
        return Api.as(login).get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
    }

    static long otherUnit(long school) {
        return Api.as("referent").get("/api/units?" + Api.query("typeId", 2, "size", 50)).expect(200).rows().stream()
                .map(u -> u.getJsonNumber("id").longValue()).filter(id -> id != school).findFirst().orElseThrow();
    }

    static JsonObject draft(long campaign, List<Long> classes, List<String> criteria, String street) {
        var prefs = Json.createArrayBuilder();
        classes.forEach(prefs::add);
        var crit = Json.createArrayBuilder();
        criteria.forEach(crit::add);
        return Json.createObjectBuilder().add("campaignId", campaign)
                .add("child", Json.createObjectBuilder().add("firstName", "Zofia").add("lastName", "Łęcka-" + Long.toString(System.nanoTime(), 36))
                        .add("birthDate", "2022-05-14").add("document", "Paszport AB1234567"))
                .add("address", Json.createObjectBuilder().add("locality", "Lublin").add("street", street).add("houseNumber", "13")
                        .add("postalCode", "20-001"))
                .add("guardians", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Anna Łęcka")
                        .add("email", "anna.lecka@example.org")))
                .add("preferences", prefs).add("criteria", crit).build();
    }

    /** A parent's application submitted on paper; returns {id, code}. */
    static JsonObject submitOnPaper(Api parent, JsonObject draft) {
        long id = parent.post("/api/portal/recruitment/applications", draft).expect(201).obj().getJsonNumber("id").longValue();
        JsonObject submitted = parent.post("/api/portal/recruitment/applications/" + id + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(200).obj();
        assertThat(submitted.getString("code")).isNotBlank();
        return submitted;
    }

    static String app(long id) {
        return "/api/recruitment-commission/applications/" + id;
    }

    static JsonObject decision(String verdict, String reason) {
        var b = Json.createObjectBuilder().add("verdict", verdict);
        if (reason != null) {
            b.add("reason", reason);
        }
        return b.build();
    }

    static JsonObject criterion(JsonObject detail, String code) {
        return detail.getJsonArray("criteria").getValuesAs(JsonObject.class).stream().filter(c -> code.equals(c.getString("code")))
                .findFirst().orElseThrow();
    }

    public static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " "); // a long reason wraps inside its table cell
    }

    @Test
    void theSchoolsCommissionVerifiesAPaperApplicationAndThePointsReachTheAllocation() throws Exception {
        long school = unitOf("dyrektor.szkoly");
        long other = otherUnit(school);
        Api otherDirector = Users.createReady("dyrektor.inny", "UNIT_DIRECTOR", other, OTHER_PASSWORD);
        Api parent = Users.createReady("rodzic.komisja", "CITIZEN", null, PARENT_PASSWORD);
        OpenCampaign campaign = RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school, other);

        JsonObject submitted = submitOnPaper(parent, draft(campaign.id(), List.of(campaign.classOf(0, 0), campaign.classOf(1, 0)),
                List.of("WIELODZIETNOSC", "PRACA", "RODZENSTWO"), "Lipowaa"));
        long id = submitted.getJsonNumber("id").longValue();
        String code = submitted.getString("code");

        // only the first-choice unit's commission (and the department) sees it
        otherDirector.get(app(id)).expect(404);
        otherDirector.get("/api/recruitment-commission/campaigns/" + campaign.id() + "/applications?" + Api.query("unit", school)).expect(404);
        otherDirector.put(app(id) + "/criteria/PRACA", decision("ACCEPTED", null)).expect(404);
        assertThat(otherDirector.get("/api/recruitment-commission/campaigns/" + campaign.id() + "/applications").expect(200).array())
                .as("the other unit is second choice only: not its commission's").isEmpty();
        parent.get(app(id)).expect(403);
        Api.as("admin").get(app(id)).expect(403);
        Api.as("referent").get(app(id)).expect(200);

        // the school's list: the paper application waits and is not brought yet
        assertThat(DIRECTOR.get("/api/recruitment-commission/campaigns").expect(200).array().getValuesAs(JsonObject.class))
                .anySatisfy(c -> {
                    assertThat(c.getJsonNumber("id").longValue()).isEqualTo(campaign.id());
                    assertThat(c.getBoolean("verificationOpen")).isTrue();
                });
        List<JsonObject> list = DIRECTOR.get("/api/recruitment-commission/campaigns/" + campaign.id() + "/applications").expect(200).array()
                .getValuesAs(JsonObject.class);
        assertThat(list).singleElement().satisfies(r -> {
            assertThat(r.getString("code")).isEqualTo(code);
            assertThat(r.getString("status")).isEqualTo("SUBMITTED");
            assertThat(r.getString("channel")).isEqualTo("PAPER");
            assertThat(r.getBoolean("paperBrought")).isFalse();
            assertThat(r.getInt("criteria")).isEqualTo(3);
            assertThat(r.getInt("decided")).isZero();
        });
        DIRECTOR.get("/api/recruitment-commission/campaigns/" + campaign.id() + "/applications?status=NIEZNANY").expect(422);

        JsonObject detail = DIRECTOR.get(app(id)).expect(200).obj();
        assertThat(detail.getJsonObject("address").getString("street")).isEqualTo("Lipowaa");
        assertThat(detail.getJsonArray("guardians").getJsonObject(0).getString("name")).isEqualTo("Anna Łęcka");
        assertThat(detail.getJsonArray("preferences")).hasSize(2);
        assertThat(detail.getJsonArray("blockers").getValuesAs(JsonValue.class).toString())
                .contains("PAPER_NOT_BROUGHT").contains("CRITERIA_UNDECIDED");

        // not verifiable before the paper is brought and every criterion decided
        DIRECTOR.post(app(id) + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(409);
        SECRETARIAT.post(app(id) + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        assertThat(DIRECTOR.get(app(id)).expect(200).obj().getBoolean("paperBrought")).isTrue();

        // a rejection without a reason is refused next to the field; with one it is recorded
        Api.Response noReason = DIRECTOR.put(app(id) + "/criteria/RODZENSTWO", decision("REJECTED", "  ")).expect(422);
        assertThat(noReason.obj().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("reason");
        DIRECTOR.put(app(id) + "/criteria/NIEZNANE", decision("ACCEPTED", null)).expect(422);
        String reason = "Rodzeństwo nie uczęszcza do placówki w tym roku szkolnym";
        DIRECTOR.put(app(id) + "/criteria/RODZENSTWO", decision("REJECTED", reason)).expect(204);
        DIRECTOR.put(app(id) + "/criteria/WIELODZIETNOSC", decision("ACCEPTED", null)).expect(204);
        Api.Response undecided = DIRECTOR.post(app(id) + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(409);
        assertThat(undecided.obj().getString("message")).contains("kryteria");
        DIRECTOR.put(app(id) + "/criteria/PRACA", decision("ACCEPTED", null)).expect(204);

        // the commission corrects a typo in the street; the history says what changed
        DIRECTOR.put(app(id) + "/address", Json.createObjectBuilder().add("locality", "Lublin").add("street", "Lipowa")
                .add("houseNumber", "13").add("postalCode", "20-001").add("note", "literówka").build()).expect(204);
        DIRECTOR.put(app(id) + "/address", Json.createObjectBuilder().add("locality", "Lublin").add("street", "Lipowa")
                .add("houseNumber", "13").add("postalCode", "20001").build()).expect(422);

        DIRECTOR.post(app(id) + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        DIRECTOR.post(app(id) + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(409);

        JsonObject verified = DIRECTOR.get(app(id)).expect(200).obj();
        assertThat(verified.getString("status")).isEqualTo("VERIFIED");
        assertThat(verified.getString("verifiedBy")).isEqualTo("dyrektor.szkoly");
        assertThat(verified.getJsonObject("address").getString("street")).isEqualTo("Lipowa");
        assertThat(criterion(verified, "RODZENSTWO").getString("verdict")).isEqualTo("REJECTED");
        assertThat(criterion(verified, "RODZENSTWO").getString("reason")).isEqualTo(reason);
        assertThat(verified.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(e -> e.getString("what"))
                .anyMatch(w -> w.contains("papierowy wniosek dostarczony"))
                .anyMatch(w -> w.contains("ulica „Lipowaa” → „Lipowa”") && w.contains("literówka"))
                .anyMatch(w -> w.contains("nie uznała kryterium") && w.contains(reason))
                .anyMatch(w -> w.startsWith("Komisja zweryfikowała wniosek"));

        // the parent sees the points of the accepted criteria: stage 1 = 1 (large family), RODZENSTWO rejected
        JsonObject mine = parent.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
        assertThat(mine.getString("status")).isEqualTo("VERIFIED");
        for (JsonObject p : mine.getJsonArray("preferences").getValuesAs(JsonObject.class)) {
            assertThat(p.getJsonNumber("points").bigDecimalValue()).isEqualByComparingTo("1.00");
        }

        // the allocation ranks the candidate by those points: 1 point, second tier 20 (PRACA) without RODZENSTWO's 15
        long run = RecruitmentAllocationIT.started(RecruitmentAllocationIT.start(Api.as("referent"), campaign.id(),
                RecruitmentAllocationIT.mode("DRY_RUN")));
        RecruitmentAllocationIT.done(run);
        JsonObject outcome = Api.as("referent").get("/api/recruitment/allocations/" + run + "/candidates/" + code).expect(200).obj();
        JsonObject own = outcome.getJsonArray("lines").getJsonObject(0).getJsonObject("own");
        assertThat(own.getJsonNumber("points").bigDecimalValue()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(own.getJsonNumber("secondTier").longValue()).isEqualTo(2000);
        assertThat(outcome.getJsonObject("placedClass").getJsonNumber("classId").longValue()).isEqualTo(campaign.classOf(0, 0));

        // the protocol names the candidate, the rejected criterion with its reason and the points
        Api.Response pdf = DIRECTOR.get("/api/recruitment-commission/campaigns/" + campaign.id() + "/protocol.pdf?"
                + Api.query("member", "Maria Żółkiewska")).expect(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf.bytes());
        assertThat(text).contains("Protokół komisji rekrutacyjnej").contains(code).contains(reason).contains("20,00")
                .contains("Maria Żółkiewska – przewodniczący(a) komisji");
        otherDirector.get("/api/recruitment-commission/campaigns/" + campaign.id() + "/protocol.pdf?" + Api.query("unit", school)).expect(404);

        // every reading is in the audit log
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("actor", "dyrektor.szkoly", "action", "VIEW_PERSONAL_DATA",
                "entityType", "RecruitmentApplication", "entityId", id, "size", 50)).expect(200).rows()).isNotEmpty();
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("actor", "dyrektor.szkoly", "action", "VIEW_PERSONAL_DATA",
                "entityType", "RecruitmentCampaign", "entityId", campaign.id(), "size", 50)).expect(200).rows())
                .extracting(r -> r.getString("summary")).anyMatch(s -> s.contains("protokół")).anyMatch(s -> s.contains("lista wniosków"));
    }

    @Test
    void aReturnedApplicationReachesTheParentWithTheReasonAndACorrectedPaperOneMustBeBroughtAgain() {
        long school = unitOf("dyrektor.szkoly");
        Api parent = Users.createReady("rodzic.zwrot", "CITIZEN", null, PARENT_PASSWORD);
        OpenCampaign campaign = RecruitmentFixtures.openCampaign("KINDERGARTEN", 2, school);
        JsonObject body = draft(campaign.id(), List.of(campaign.classOf(0, 1)), List.of("NIEPELNOSPRAWNOSC_KANDYDATA"), "Ogrodowa");
        JsonObject submitted = submitOnPaper(parent, body);
        long id = submitted.getJsonNumber("id").longValue();

        DIRECTOR.post(app(id) + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        DIRECTOR.post(app(id) + "/return", Json.createObjectBuilder().add("reason", " ").build()).expect(422);
        String reason = "Brak orzeczenia o potrzebie kształcenia specjalnego: dołącz kopię.";
        DIRECTOR.post(app(id) + "/return", Json.createObjectBuilder().add("reason", reason).build()).expect(204);
        DIRECTOR.post(app(id) + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(409);
        DIRECTOR.put(app(id) + "/criteria/NIEPELNOSPRAWNOSC_KANDYDATA", decision("ACCEPTED", null)).expect(409);

        JsonObject mine = parent.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
        assertThat(mine.getString("status")).isEqualTo("RETURNED");
        assertThat(mine.getString("returnedReason")).isEqualTo(reason);
        assertThat(DIRECTOR.get("/api/recruitment-commission/campaigns/" + campaign.id() + "/applications?status=RETURNED").expect(200).array()
                .getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("returnedReason")).containsExactly(reason);

        // the parent corrects and submits on paper again: the commission must see the new paper before verifying
        parent.put("/api/portal/recruitment/applications/" + id, Api.with(body, "version", mine.getJsonNumber("version").longValue()))
                .expect(204);
        parent.post("/api/portal/recruitment/applications/" + id + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject again = DIRECTOR.get(app(id)).expect(200).obj();
        assertThat(again.getString("status")).isEqualTo("SUBMITTED");
        assertThat(again.getBoolean("paperBrought")).isFalse();
        DIRECTOR.put(app(id) + "/criteria/NIEPELNOSPRAWNOSC_KANDYDATA", decision("ACCEPTED", null)).expect(204);
        DIRECTOR.post(app(id) + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(409);
        DIRECTOR.post(app(id) + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        DIRECTOR.post(app(id) + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(204);
        assertThat(parent.get("/api/portal/recruitment/applications/" + id).expect(200).obj().getString("status")).isEqualTo("VERIFIED");
    }

    @Test
    void afterThePublishedFinalAllocationTheCommissionChangesNothing() {
        long school = unitOf("dyrektor.szkoly");
        Api parent = Users.createReady("rodzic.final", "CITIZEN", null, PARENT_PASSWORD);
        OpenCampaign campaign = RecruitmentFixtures.openCampaign("KINDERGARTEN", 2, school);
        JsonObject submitted = submitOnPaper(parent, draft(campaign.id(), List.of(campaign.classOf(0, 0)), List.of("PRACA"), "Lipowa"));
        long id = submitted.getJsonNumber("id").longValue();

        long run = RecruitmentAllocationIT.started(RecruitmentAllocationIT.start(Api.as("kierownik"), campaign.id(),
                RecruitmentAllocationIT.mode("FINAL")));
        RecruitmentAllocationIT.done(run);

        Api.Response refused = DIRECTOR.post(app(id) + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(409);
        assertThat(refused.obj().getString("message")).contains("opublikowane");
        DIRECTOR.put(app(id) + "/criteria/PRACA", decision("ACCEPTED", null)).expect(409);
        DIRECTOR.post(app(id) + "/return", Json.createObjectBuilder().add("reason", "za późno").build()).expect(409);
        JsonObject detail = DIRECTOR.get(app(id)).expect(200).obj();
        assertThat(detail.getBoolean("open")).isFalse();
        assertThat(detail.getBoolean("canDecide")).isFalse();
        assertThat(detail.getString("status")).isEqualTo("SUBMITTED");
    }
}
