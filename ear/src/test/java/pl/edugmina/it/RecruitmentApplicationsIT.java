package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.ProfilZaufany;
import pl.edugmina.it.support.RecruitmentFixtures;
import pl.edugmina.it.support.RecruitmentFixtures.OpenCampaign;
import pl.edugmina.it.support.Registry;
import pl.edugmina.it.support.Users;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent applies on the portal: a draft saved and corrected, submitted on paper (code and PIN), signed with Profil
 * Zaufany in the simulator, one active application per child (a second one replaces the first only when confirmed),
 * withdrawn; bad input named field by field; nobody but the parent, the department and the units on the list sees it,
 * and every reading is audited.
 */
class RecruitmentApplicationsIT extends DeployedApplication {

    private static long demoSchool() {
        return Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
    }

    /** Another unit of the registry than {@code not}. */
    private static long otherUnit(long not) {
        return Registry.units(Api.as("referent")).stream().map(Registry::id).filter(id -> id != not).findFirst().orElseThrow();
    }

    private static OpenCampaign campaign() {
        long school = demoSchool();
        return RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school, otherUnit(school));
    }

    private static Api parent() {
        return Users.createReady("rodzic", "CITIZEN", null, "Rodzic2026!nabor");
    }

    static JsonObjectBuilder application(OpenCampaign c, String pesel, String birthDate, long... classes) {
        JsonArrayBuilder prefs = Json.createArrayBuilder();
        for (long k : classes) {
            prefs.add(k);
        }
        return Json.createObjectBuilder().add("campaignId", c.id())
                .add("child", Json.createObjectBuilder().add("firstName", "Zosia").add("lastName", "Nowak").add("birthDate", birthDate)
                        .add("pesel", pesel))
                .add("address", Json.createObjectBuilder().add("locality", "Lublin").add("street", "ul. Lipowa").add("houseNumber", "13")
                        .add("postalCode", "20-020"))
                .add("guardians", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Anna Nowak").add("email", "anna@example.pl")))
                .add("preferences", prefs)
                .add("criteria", Json.createArrayBuilder().add("WIELODZIETNOSC").add("PRACA"));
    }

    /** A valid PESEL of a child born on 2022-03-15 (serial {@code serial}). */
    static String pesel(int serial) {
        String body = String.format("222315%04d", serial);
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + (10 - sum % 10) % 10;
    }

    private static long created(Api.Response r) {
        return r.expect(201).obj().getJsonNumber("id").longValue();
    }

    @Test
    void aDraftIsSavedCorrectedAndSubmittedOnPaperWithACodeAndAPin() {
        OpenCampaign c = campaign();
        Api anna = parent();
        assertThat(anna.get("/api/portal/recruitment/campaigns").expect(200).array().getValuesAs(JsonObject.class))
                .anyMatch(o -> o.getJsonNumber("id").longValue() == c.id() && o.getJsonArray("classes").size() == 4
                        && o.getJsonArray("criteria").size() == 4);

        long id = created(anna.post("/api/portal/recruitment/applications", application(c, pesel(1001), "2022-03-15", c.classOf(0, 0)).build()));
        JsonObject draft = anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("recruitment.apply.warn.shortList");

        // a correction with the version read; the same version again is stale
        long version = draft.getJsonNumber("version").longValue();
        JsonObject longer = Api.with(application(c, pesel(1001), "2022-03-15", c.classOf(0, 0), c.classOf(1, 0), c.classOf(1, 1)).build(),
                "version", version);
        anna.put("/api/portal/recruitment/applications/" + id, longer).expect(204);
        JsonObject stale = anna.put("/api/portal/recruitment/applications/" + id, longer).expect(409).obj();
        assertThat(stale.getString("message")).contains("zmienił się w międzyczasie");
        draft = anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
        assertThat(draft.getJsonArray("preferences")).hasSize(3);
        assertThat(draft.getJsonArray("warnings")).isEmpty();

        JsonObject submitted = anna.post("/api/portal/recruitment/applications/" + id + "/paper", Json.createObjectBuilder().build())
                .expect(200).obj();
        assertThat(submitted.getString("code")).matches("P-[A-Z2-9]{7}");
        assertThat(submitted.getString("pin")).matches("[0-9]{8}");
        JsonObject after = anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
        assertThat(after.getString("status")).isEqualTo("SUBMITTED");
        assertThat(after.getString("channel")).isEqualTo("PAPER");
        assertThat(after.getString("code")).isEqualTo(submitted.getString("code"));
        assertThat(after.getBoolean("editable")).isFalse();
        assertThat(after.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(e -> e.getString("what"))
                .anyMatch(w -> w.contains("do wydruku") && w.contains(submitted.getString("code")));
        // submitted once: again is a conflict, and a change is refused
        anna.post("/api/portal/recruitment/applications/" + id + "/paper", Json.createObjectBuilder().build()).expect(409);
        anna.put("/api/portal/recruitment/applications/" + id, Api.with(longer, "version", after.getJsonNumber("version").longValue())).expect(409);

        // the department sees the candidate in the campaign's count
        assertThat(Api.as("referent").get("/api/recruitment/campaigns/" + c.id()).expect(200).obj().getJsonNumber("candidates").longValue())
                .isEqualTo(1);
        // a new PIN replaces the old one
        String newPin = anna.post("/api/portal/recruitment/applications/" + id + "/pin", Json.createObjectBuilder().build()).expect(200).obj()
                .getString("pin");
        assertThat(newPin).matches("[0-9]{8}");
    }

    @Test
    void oneActiveApplicationPerChildASecondReplacesTheFirstOnlyWhenConfirmed() {
        OpenCampaign c = campaign();
        Api mother = parent();
        Api father = parent();
        String pesel = pesel(1002);
        long first = created(mother.post("/api/portal/recruitment/applications", application(c, pesel, "2022-03-15", c.classOf(0, 0)).build()));
        String firstCode = mother.post("/api/portal/recruitment/applications/" + first + "/paper", Json.createObjectBuilder().build())
                .expect(200).obj().getString("code");

        long second = created(father.post("/api/portal/recruitment/applications", application(c, pesel, "2022-03-15", c.classOf(1, 0)).build()));
        JsonObject refused = father.post("/api/portal/recruitment/applications/" + second + "/paper", Json.createObjectBuilder().build())
                .expect(409).obj();
        assertThat(refused.getString("message")).contains("złożono już wniosek").contains(firstCode);
        assertThat(father.get("/api/portal/recruitment/applications/" + second).expect(200).obj().getString("status")).isEqualTo("DRAFT");
        assertThat(mother.get("/api/portal/recruitment/applications/" + first).expect(200).obj().getString("status")).isEqualTo("SUBMITTED");

        JsonObject replaced = father.post("/api/portal/recruitment/applications/" + second + "/paper",
                Json.createObjectBuilder().add("replace", true).build()).expect(200).obj();
        assertThat(replaced.getJsonNumber("withdrawnId").longValue()).isEqualTo(first);
        JsonObject old = mother.get("/api/portal/recruitment/applications/" + first).expect(200).obj();
        assertThat(old.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(old.getString("withdrawnReason")).contains("Zastąpiony");
        assertThat(Api.as("referent").get("/api/recruitment/campaigns/" + c.id()).expect(200).obj().getJsonNumber("candidates").longValue())
                .as("the first candidate left the campaign").isEqualTo(1);

        // a child without PESEL is the same child by name and birth date
        JsonObject jan = Json.createObjectBuilder().add("firstName", "Jan").add("lastName", "Wiśniewski").add("birthDate", "2022-01-02")
                .add("document", "AB1234567").build();
        long noPesel = created(mother.post("/api/portal/recruitment/applications",
                Api.with(application(c, pesel(1003), "2022-03-15", c.classOf(0, 1)).build(), "child", jan)));
        mother.post("/api/portal/recruitment/applications/" + noPesel + "/paper", Json.createObjectBuilder().build()).expect(200);
        long again = created(father.post("/api/portal/recruitment/applications", Api.with(application(c, pesel(1003), "2022-03-15",
                c.classOf(1, 1)).build(), "child", Json.createObjectBuilder().add("firstName", "JAN").add("lastName", "wiśniewski")
                .add("birthDate", "2022-01-02").add("document", "AB1234567").build())));
        father.post("/api/portal/recruitment/applications/" + again + "/paper", Json.createObjectBuilder().build()).expect(409);
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsSaved() {
        OpenCampaign c = campaign();
        Api anna = parent();
        JsonObject bad = Api.with(application(c, "22231510010", "2022-03-15", c.classOf(0, 0), c.classOf(0, 0), 999_999_999L).build(),
                "address", Json.createObjectBuilder().add("postalCode", "20020").build(),
                "criteria", Json.createArrayBuilder().add("NIEISTNIEJACE").build());
        JsonObject refused = anna.post("/api/portal/recruitment/applications", bad).expect(422).obj();
        assertThat(refused.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .contains("pesel", "postalCode", "preferences", "criteria");
        assertThat(anna.get("/api/portal/recruitment/applications").expect(200).array()).isEmpty();

        // a PESEL of another birth date
        JsonObject mismatch = anna.post("/api/portal/recruitment/applications", application(c, pesel(1004), "2022-03-16", c.classOf(0, 0)).build())
                .expect(422).obj();
        assertThat(mismatch.getJsonArray("violations").getJsonObject(0).getString("message")).contains("nie zgadza się z datą urodzenia");

        // a draft may be incomplete; its submission names what is missing
        long id = created(anna.post("/api/portal/recruitment/applications", Json.createObjectBuilder().add("campaignId", c.id()).build()));
        JsonObject incomplete = anna.post("/api/portal/recruitment/applications/" + id + "/paper", Json.createObjectBuilder().build())
                .expect(422).obj();
        assertThat(incomplete.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .contains("childFirstName", "childLastName", "birthDate", "pesel", "locality", "street", "houseNumber", "postalCode",
                        "guardian1.name", "preferences");
        assertThat(anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void onlyTheParentTheDepartmentAndTheUnitsOnTheListSeeAnApplicationAndEveryReadingIsAudited() {
        long school = demoSchool();
        long other = otherUnit(school);
        OpenCampaign c = RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school, other);
        Api anna = parent();
        long id = created(anna.post("/api/portal/recruitment/applications", application(c, pesel(1005), "2022-03-15", c.classOf(1, 0)).build()));
        String path = "/api/portal/recruitment/applications/" + id;

        parent().get(path).expect(404);
        Api.as("rodzic").put(path, Api.with(application(c, pesel(1005), "2022-03-15").build(), "version", 0)).expect(404);
        Api.as("referent").get(path).expect(200);
        // the demo school is not on this list
        Api.as("dyrektor.szkoly").get(path).expect(404);
        // a unit's users cannot apply
        Api.as("dyrektor.szkoly").post("/api/portal/recruitment/applications", application(c, pesel(1006), "2022-03-15").build()).expect(403);
        Api otherDirector = Users.createReady("dyr", "UNIT_DIRECTOR", other, "Dyrektor2026!nabor");
        assertThat(otherDirector.get(path).expect(200).obj().getJsonObject("draft").getString("childLastName")).isEqualTo("Nowak");

        List<JsonObject> audit = Api.as("admin").get("/api/audit?" + Api.query("entityType", "RecruitmentApplication", "entityId", id,
                "action", "VIEW_PERSONAL_DATA")).expect(200).rows();
        assertThat(audit).extracting(a -> a.getString("actor")).contains("referent", otherDirector.login());
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "RecruitmentApplication", "entityId", id,
                "action", "ACCESS_DENIED")).expect(200).rows()).extracting(a -> a.getString("actor")).contains("dyrektor.szkoly");
    }

    @Test
    void anApplicationSignedWithProfilZaufanyIsSubmittedWithItsSigner() {
        OpenCampaign c = campaign();
        Api anna = parent();
        long id = created(anna.post("/api/portal/recruitment/applications", application(c, pesel(1007), "2022-03-15", c.classOf(0, 0)).build()));
        JsonObject started = anna.post("/api/portal/recruitment/applications/" + id + "/signing", Json.createObjectBuilder().build())
                .expect(201).obj();
        assertThat(anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj().getString("status")).isEqualTo("SIGNING");
        String back = ProfilZaufany.sign(started.getString("signingUrl"), "Anna", "Nowak", "85021512343", "PodpisZP").getString("successUrl");
        assertThat(back).contains("/portal/recruitment/signed.xhtml?t=");
        // someone else cannot complete it
        parent().post("/api/portal/recruitment/signed?" + ProfilZaufany.query(back), Json.createObjectBuilder().build()).expect(404);

        JsonObject outcome = anna.post("/api/portal/recruitment/signed?" + ProfilZaufany.query(back), Json.createObjectBuilder().build())
                .expect(200).obj();
        assertThat(outcome.getString("status")).isEqualTo("SUBMITTED");
        assertThat(outcome.getString("pin")).matches("[0-9]{8}");
        JsonObject after = anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
        assertThat(after.getString("channel")).isEqualTo("PROFIL_ZAUFANY");
        assertThat(after.getString("signer")).contains("Anna Nowak");
        // coming back again (reload) changes nothing and shows no PIN
        JsonObject again = anna.post("/api/portal/recruitment/signed?" + ProfilZaufany.query(back), Json.createObjectBuilder().build())
                .expect(200).obj();
        assertThat(again.getString("status")).isEqualTo("SUBMITTED");
        assertThat(again.get("pin")).as("no PIN shown again").isIn(null, jakarta.json.JsonValue.NULL);

        // a cancelled signing leaves a draft
        long other = created(anna.post("/api/portal/recruitment/applications", application(c, pesel(1008), "2022-03-15", c.classOf(1, 0)).build()));
        JsonObject s2 = anna.post("/api/portal/recruitment/applications/" + other + "/signing", Json.createObjectBuilder().build()).expect(201).obj();
        String cancel = ProfilZaufany.cancel(s2.getString("signingUrl")).getString("failureUrl");
        assertThat(anna.post("/api/portal/recruitment/signed?" + ProfilZaufany.query(cancel), Json.createObjectBuilder().build()).expect(200).obj()
                .getString("status")).isEqualTo("CANCELLED");
        assertThat(anna.get("/api/portal/recruitment/applications/" + other).expect(200).obj().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aParentWithdrawsTheApplicationAndTheCandidateLeavesTheCampaign() {
        OpenCampaign c = campaign();
        Api anna = parent();
        long id = created(anna.post("/api/portal/recruitment/applications", application(c, pesel(1009), "2022-03-15", c.classOf(0, 0)).build()));
        anna.post("/api/portal/recruitment/applications/" + id + "/paper", Json.createObjectBuilder().build()).expect(200);
        anna.post("/api/portal/recruitment/applications/" + id + "/withdrawal", Json.createObjectBuilder().add("reason", "Przeprowadzka").build())
                .expect(204);
        JsonObject after = anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
        assertThat(after.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(after.getString("withdrawnReason")).contains("Przeprowadzka");
        assertThat(Api.as("referent").get("/api/recruitment/campaigns/" + c.id()).expect(200).obj().getJsonNumber("candidates").longValue())
                .isZero();
        anna.post("/api/portal/recruitment/applications/" + id + "/withdrawal", Json.createObjectBuilder().build()).expect(409);
    }

    @Test
    void afterTheListsTheParentAsksForTheJustificationTheCommissionAnswersAndTheDirectorDecidesTheAppeal() throws Exception {
        OpenCampaign c = campaign();
        Api anna = parent();
        long id = created(anna.post("/api/portal/recruitment/applications", application(c, pesel(1010), "2022-03-15", c.classOf(0, 0)).build()));
        anna.post("/api/portal/recruitment/applications/" + id + "/paper", Json.createObjectBuilder().build()).expect(200);
        String path = "/api/portal/recruitment/applications/" + id;
        // before any result nothing can be filed
        anna.post(path + "/justification-request", Json.createObjectBuilder().add("content", "Proszę o uzasadnienie").build()).expect(409);

        // the final allocation (the application was never verified: no points, placed nowhere), the lists announced yesterday
        long run = Api.as("kierownik").post("/api/recruitment/campaigns/" + c.id() + "/allocations",
                Json.createObjectBuilder().add("mode", "FINAL").build()).expect(202).obj().getJsonNumber("runId").longValue();
        pl.edugmina.it.support.Epuap.await("final run done", java.time.Duration.ofSeconds(60),
                () -> Api.as("referent").get("/api/recruitment/allocations/" + run).expect(200).obj(), r -> "DONE".equals(r.getString("status")));
        RecruitmentAllocationIT.sql("update recruitment_stage set starts_at = now() - interval '1 day', ends_at = now() + interval '1 day' "
                + "where stage = 'ADMITTED_LIST' and campaign_id = " + c.id());

        JsonObject detail = anna.get(path).expect(200).obj();
        assertThat(detail.getJsonObject("outcome").getBoolean("placed")).isFalse();
        assertThat(anna.post(path + "/confirmation", Json.createObjectBuilder().build()).expect(409).obj().getString("message"))
                .contains("nie został zakwalifikowany");
        JsonObject rights = anna.get(path + "/appeals").expect(200).obj();
        assertThat(rights.getBoolean("canRequestJustification")).isTrue();
        assertThat(rights.getBoolean("canAppeal")).isFalse();
        assertThat(rights.getString("justificationUntil")).isNotBlank();
        anna.post(path + "/justification-request", Json.createObjectBuilder().add("content", " ").build()).expect(422);
        anna.post(path + "/justification-request", Json.createObjectBuilder().add("content", "Proszę o uzasadnienie odmowy").build()).expect(201);
        anna.post(path + "/justification-request", Json.createObjectBuilder().add("content", "Jeszcze raz").build()).expect(409);
        parent().post(path + "/justification-request", Json.createObjectBuilder().add("content", "Cudzy").build()).expect(404);

        // the first-choice unit's commission answers; another unit's director does not see it
        JsonObject request = Api.as("dyrektor.szkoly").get("/api/recruitment-appeals").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("applicationId").longValue() == id).findFirst().orElseThrow();
        assertThat(request.getString("kind")).isEqualTo("JUSTIFICATION");
        Api otherDirector = Users.createReady("dyr", "UNIT_DIRECTOR", c.unitIds().get(1), "Dyrektor2026!nabor");
        assertThat(otherDirector.get("/api/recruitment-appeals").expect(200).array().getValuesAs(JsonObject.class))
                .noneMatch(a -> a.getJsonNumber("applicationId").longValue() == id);
        long requestId = request.getJsonNumber("id").longValue();
        otherDirector.post("/api/recruitment-appeals/" + requestId + "/answer", Json.createObjectBuilder().add("answer", "x").build()).expect(404);
        Api.as("sekretariat").post("/api/recruitment-appeals/" + requestId + "/answer",
                Json.createObjectBuilder().add("answer", "Kandydat nie uzyskał punktów: kryteria nie zostały potwierdzone.").build()).expect(204);

        rights = anna.get(path + "/appeals").expect(200).obj();
        assertThat(rights.getBoolean("canAppeal")).isTrue();
        assertThat(rights.getJsonArray("appeals").getJsonObject(0).getString("status")).isEqualTo("ANSWERED");
        anna.post(path + "/appeal", Json.createObjectBuilder().add("content", "Odwołuję się: dokumenty dostarczyłam.").build()).expect(201);
        long appealId = Api.as("dyrektor.szkoly").get("/api/recruitment-appeals").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("applicationId").longValue() == id && a.getString("kind").equals("APPEAL")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        // the secretariat does not decide appeals; the director must say allowed or dismissed
        Api.as("sekretariat").post("/api/recruitment-appeals/" + appealId + "/answer", Json.createObjectBuilder().add("answer", "x").add("allowed", false)
                .build()).expect(403);
        Api.as("dyrektor.szkoly").post("/api/recruitment-appeals/" + appealId + "/answer", Json.createObjectBuilder().add("answer", "Bez decyzji")
                .build()).expect(422);
        Api.as("dyrektor.szkoly").post("/api/recruitment-appeals/" + appealId + "/answer", Json.createObjectBuilder()
                .add("answer", "Odwołanie nie zasługuje na uwzględnienie.").add("allowed", false).build()).expect(204);
        JsonObject after = anna.get(path + "/appeals").expect(200).obj();
        assertThat(after.getJsonArray("appeals").getValuesAs(JsonObject.class)).extracting(a -> a.getString("status"))
                .containsExactly("ANSWERED", "DISMISSED");
        assertThat(anna.get(path).expect(200).obj().getJsonArray("history").getValuesAs(JsonObject.class)).extracting(e -> e.getString("what"))
                .anyMatch(w -> w.contains("nie uwzględnił odwołania"));
    }

    @Test
    void aParentAttachesDocumentsToTheDraftWhichAreCheckedByContentAndFrozenOnSubmission() {
        OpenCampaign c = campaign();
        Api anna = parent();
        long id = created(anna.post("/api/portal/recruitment/applications", application(c, pesel(1011), "2022-03-15", c.classOf(0, 0)).build()));
        String files = "/api/portal/recruitment/applications/" + id + "/attachments";
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long fileId = anna.post(files + "?" + Api.query("name", "oświadczenie o pracy.pdf", "code", "PRACA"), pdf, "application/pdf")
                .expect(201).obj().getJsonNumber("id").longValue();
        // a text file renamed to .pdf is refused with the reason; a criterion the campaign does not have too
        JsonObject renamed = anna.post(files + "?name=skan.pdf", "to nie jest PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/pdf").expect(422).obj();
        assertThat(renamed.getJsonArray("violations").getJsonObject(0).getString("message")).startsWith("Plik nie został przyjęty");
        anna.post(files + "?name=a.pdf&code=NIEMA", pdf, "application/pdf").expect(422);

        JsonObject draft = anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
        assertThat(draft.getJsonArray("attachments").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(f -> assertThat(f.getString("fileName")).isEqualTo("oświadczenie o pracy.pdf"))
                .satisfies(f -> assertThat(f.getString("code")).isEqualTo("PRACA"));
        assertThat(anna.get(files + "/" + fileId).expect(200).bytes()).isEqualTo(pdf);
        parent().get(files + "/" + fileId).expect(404);

        anna.post("/api/portal/recruitment/applications/" + id + "/paper", Json.createObjectBuilder().build()).expect(200);
        anna.post(files + "?name=b.pdf", pdf, "application/pdf").expect(409);
        anna.delete(files + "/" + fileId).expect(409);
        assertThat(anna.get(files + "/" + fileId).expect(200).bytes()).isEqualTo(pdf);
    }

    // ---------------------------------------------------------------- one request: POST /api/portal/recruitment/submissions

    /** The detail as the parent and the commission read it, without what differs between two children (ids, code, PESEL, times). */
    private static JsonObject comparable(JsonObject detail, String code) {
        JsonObject draft = detail.getJsonObject("draft");
        var prefs = detail.getJsonArray("preferences").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("rank") + ":" + p.getJsonObject("offered").getJsonNumber("id")).toList();
        var criteria = detail.getJsonArray("criteria").getValuesAs(JsonObject.class).stream().map(c -> c.getString("code")).toList();
        var history = detail.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("actor") + ": " + e.getString("what").replace(code, "KOD")).toList();
        return Json.createObjectBuilder().add("status", detail.getString("status")).add("channel", detail.getString("channel"))
                .add("editable", detail.getBoolean("editable"))
                .add("draft", Json.createObjectBuilder(draft).remove("pesel").remove("birthDate"))
                .add("preferences", Json.createArrayBuilder(prefs)).add("criteria", Json.createArrayBuilder(criteria))
                .add("history", Json.createArrayBuilder(history)).build();
    }

    @Test
    void aNewApplicationSubmittedInOneRequestIsTheSameAsADraftSubmittedOnPaper() {
        OpenCampaign c = campaign();
        Api anna = parent();
        JsonObject quick = anna.post("/api/portal/recruitment/submissions",
                application(c, pesel(1101), "2022-03-15", c.classOf(1, 1), c.classOf(0, 0), c.classOf(1, 0)).build()).expect(201).obj();
        assertThat(quick.getString("code")).matches("P-[A-Z2-9]{7}");
        assertThat(quick.getString("pin")).matches("[0-9]{8}");
        long quickId = quick.getJsonNumber("id").longValue();

        long id = created(anna.post("/api/portal/recruitment/applications",
                application(c, pesel(1102), "2022-03-15", c.classOf(1, 1), c.classOf(0, 0), c.classOf(1, 0)).build()));
        String code = anna.post("/api/portal/recruitment/applications/" + id + "/paper", Json.createObjectBuilder().build()).expect(200).obj()
                .getString("code");

        JsonObject one = anna.get("/api/portal/recruitment/applications/" + quickId).expect(200).obj();
        JsonObject two = anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
        assertThat(one.getString("code")).isEqualTo(quick.getString("code"));
        assertThat(comparable(one, quick.getString("code"))).isEqualTo(comparable(two, code));
        assertThat(one.getString("status")).isEqualTo("SUBMITTED");
        assertThat(one.getJsonArray("history")).hasSize(2);
        // two candidates in the campaign, and the first choice's commission (the other unit) has both to verify
        assertThat(Api.as("referent").get("/api/recruitment/campaigns/" + c.id()).expect(200).obj().getJsonNumber("candidates").longValue())
                .isEqualTo(2);
        // the PIN given opens the public results' check of the code (a new PIN later replaces it, as for any submission)
        assertThat(anna.post("/api/portal/recruitment/applications/" + quickId + "/pin", Json.createObjectBuilder().build()).expect(200).obj()
                .getString("code")).isEqualTo(quick.getString("code"));
    }

    @Test
    void aSubmissionInOneRequestWithBadInputNamesTheFieldsAndWritesNothing() {
        OpenCampaign c = campaign();
        Api anna = parent();
        JsonObject missing = anna.post("/api/portal/recruitment/submissions", Json.createObjectBuilder().add("campaignId", c.id())
                .add("child", Json.createObjectBuilder().add("firstName", "Zosia").add("pesel", "22231510016")).build()).expect(422).obj();
        assertThat(missing.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .contains("childLastName", "birthDate", "pesel", "locality", "guardian1.name", "preferences");
        JsonObject unknown = anna.post("/api/portal/recruitment/submissions",
                application(c, pesel(1103), "2022-03-15", c.classOf(0, 0), 987_654_321L).build()).expect(422).obj();
        assertThat(unknown.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .containsExactly("preferences");
        assertThat(anna.get("/api/portal/recruitment/applications").expect(200).array()).isEmpty();
        assertThat(Api.as("referent").get("/api/recruitment/campaigns/" + c.id()).expect(200).obj().getJsonNumber("candidates").longValue())
                .isZero();
    }

    @Test
    void aSecondApplicationOfTheChildInOneRequestIsRefusedUnlessTheParentConfirmsTheReplacement() {
        OpenCampaign c = campaign();
        Api mother = parent();
        Api father = parent();
        String pesel = pesel(1104);
        String first = mother.post("/api/portal/recruitment/submissions", application(c, pesel, "2022-03-15", c.classOf(0, 0)).build())
                .expect(201).obj().getString("code");
        JsonObject refused = father.post("/api/portal/recruitment/submissions", application(c, pesel, "2022-03-15", c.classOf(1, 0)).build())
                .expect(409).obj();
        assertThat(refused.getString("message")).contains("złożono już wniosek").contains(first);
        assertThat(father.get("/api/portal/recruitment/applications").expect(200).array()).as("nothing written").isEmpty();

        JsonObject replaced = father.post("/api/portal/recruitment/submissions",
                Api.with(application(c, pesel, "2022-03-15", c.classOf(1, 0)).build(), "replace", true)).expect(201).obj();
        assertThat(replaced.getJsonNumber("withdrawnId")).isNotNull();
        List<JsonObject> mine = mother.get("/api/portal/recruitment/applications").expect(200).array().getValuesAs(JsonObject.class);
        assertThat(mine).singleElement().satisfies(a -> assertThat(a.getString("status")).isEqualTo("WITHDRAWN"));
    }

    @Test
    void theParentsPageSubmitsWithItsSessionOnlyWithThePagesToken() throws Exception {
        OpenCampaign c = campaign();
        String password = "Rodzic2026!nabor";
        String login = Users.createReady("rodzic", "CITIZEN", null, password).login();
        var browser = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .cookieHandler(new java.net.CookieManager()).build();
        PlatformIT.logIn(browser, login, password);
        String page = browser.send(java.net.http.HttpRequest.newBuilder(pl.edugmina.it.support.Server.APP.resolve(
                "portal/recruitment/application.xhtml?campaign=" + c.id())).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var m = java.util.regex.Pattern.compile("data-csrf=\"([A-Za-z0-9_-]{43})\"").matcher(page);
        assertThat(m.find()).as("the page's token in " + page).isTrue();
        String token = m.group(1);
        String body = application(c, pesel(1105), "2022-03-15", c.classOf(0, 0)).build().toString();
        java.util.function.Function<String, java.net.http.HttpResponse<String>> post = t -> {
            var r = java.net.http.HttpRequest.newBuilder(pl.edugmina.it.support.Server.APP.resolve("api/portal/recruitment/submissions"))
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
            if (t != null) {
                r.header("X-CSRF-Token", t);
            }
            try {
                return browser.send(r.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // the session cookie alone (what a forged cross-site request carries) or a made-up token changes nothing
        var noToken = post.apply(null);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("tokenu strony");
        assertThat(post.apply("x".repeat(43)).statusCode()).isEqualTo(403);
        Api api = Api.as(login, password);
        assertThat(api.get("/api/portal/recruitment/applications").expect(200).array()).isEmpty();
        // with the page's token the application is submitted, as the parent
        var ok = post.apply(token);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonObject submitted = Api.parseObject(ok.body());
        assertThat(api.get("/api/portal/recruitment/applications").expect(200).array().getValuesAs(JsonObject.class)).singleElement()
                .satisfies(a -> assertThat(a.getString("code")).isEqualTo(submitted.getString("code")));
    }

    @Test
    void theParentDownloadsTheApplicationSubmittedOnPaperToPrintAndNobodyElseDoes() throws Exception {
        OpenCampaign c = campaign();
        Api anna = parent();
        String pesel = pesel(1201);
        JsonObject submitted = anna.post("/api/portal/recruitment/submissions",
                application(c, pesel, "2022-03-15", c.classOf(1, 0), c.classOf(0, 1), c.classOf(0, 0)).build()).expect(201).obj();
        long id = submitted.getJsonNumber("id").longValue();
        String code = submitted.getString("code");
        String path = "/api/portal/recruitment/applications/" + id + "/application.pdf";

        Api.Response pdf = anna.get(path).expect(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition").orElse("")).startsWith("attachment").contains("wniosek-" + code + ".pdf");
        String text = RecruitmentCommissionIT.pdfText(pdf.bytes());
        List<String> labels = anna.get("/api/portal/recruitment/applications/" + id).expect(200).obj().getJsonArray("preferences")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getJsonObject("offered"))
                .map(o -> o.getString("unitName") + " – " + o.getString("name")).toList();
        assertThat(labels).hasSize(3);
        assertThat(text).contains("Wniosek o przyjęcie").contains(c.name()).contains(code).contains("Zosia Nowak").contains(pesel)
                .contains("Anna Nowak").contains("Wielodzietność rodziny kandydata").contains("Oświadczenie o wielodzietności")
                .contains("Podpis rodzica (opiekuna prawnego) 1").contains("Podpis rodzica (opiekuna prawnego) 2")
                .contains("placówki pierwszego wyboru: " + labels.get(0).substring(0, labels.get(0).indexOf(" – ")));
        assertThat(text).containsSubsequence("1 " + labels.get(0), "2 " + labels.get(1), "3 " + labels.get(2));

        // another parent, the department (not the parent's own) and a draft get nothing to print
        parent().get(path).expect(404);
        Api.as("referent").get(path).expect(404);
        long draft = created(anna.post("/api/portal/recruitment/applications",
                application(c, pesel(1202), "2022-03-15", c.classOf(0, 0)).build()));
        assertThat(anna.get("/api/portal/recruitment/applications/" + draft + "/application.pdf").expect(409).obj().getString("message"))
                .contains("nie jest złożony");
        // a withdrawn application neither
        anna.post("/api/portal/recruitment/applications/" + id + "/withdrawal", Json.createObjectBuilder().add("reason", "pomyłka").build())
                .expect(204);
        anna.get(path).expect(409);
    }
}
