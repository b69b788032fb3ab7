package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracked messages from the department to units: sent to all primary schools, delivered to each
 * school's inbox, opened, answered (with versions), reminded, deadline extended; every unit sees only
 * what is addressed to it and only its own answers.
 */
class MessagingIT extends DeployedApplication {

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    /** The approval chain of the demo set-up: referent → kierownik referatu → dyrektor wydziału. */
    private static void approveAll(long id) {
        Api.as("kierownik").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);
        Api.as("dyrektor.wydzialu").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().add("comment", "OK").build()).expect(204);
    }

    private static long schoolOfTheDemoDirector() {
        return Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
    }

    private static JsonObject row(Api who, String subject) {
        List<JsonObject> rows = who.get("/api/messages/inbox?" + Api.query("q", subject)).expect(200).obj().getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        assertThat(rows).as(who.login() + " inbox for " + subject).hasSize(1);
        return rows.get(0);
    }

    @Test
    void formattedTextArrivesFormattedAndWithoutAnythingActive() {
        Api referent = Api.as("referent");
        long school = schoolOfTheDemoDirector();
        String subject = unique("Harmonogram rekrutacji");
        var empty = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject).add("bodyHtml", "<p><br></p><p><img src=x></p>")
                .add("unitIds", Json.createArrayBuilder().add(school)).build()).expect(422).obj();
        assertThat(empty.getJsonArray("violations").getValuesAs(JsonObject.class)).anyMatch(v -> v.getString("field").equals("body"));

        long id = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject)
                .add("bodyHtml", "<h1>Terminy</h1><p onmouseover=\"alert(1)\">Wnioski do <strong>31 marca</strong>.<script>alert(2)</script></p>"
                        + "<ol><li data-list=\"bullet\">przedszkola</li><li data-list=\"bullet\">klasy I</li></ol>"
                        + "<p><a href=\"javascript:alert(3)\">regulamin</a> i <a href=\"https://bip.lublin.eu/\">BIP</a></p>")
                .add("unitIds", Json.createArrayBuilder().add(school)).build()).expect(201).obj().getJsonNumber("id").longValue();
        approveAll(id);

        JsonObject message = Api.as("dyrektor.szkoly").get("/api/messages/" + id + "/units/" + school).expect(200).obj().getJsonObject("message");
        String html = message.getString("bodyHtml");
        assertThat(html).contains("<h3>Terminy</h3>", "<strong>31 marca</strong>", "<ul><li>przedszkola</li><li>klasy I</li></ul>",
                        "href=\"https://bip.lublin.eu/\"")
                .doesNotContain("script", "alert", "onmouseover", "javascript");
        assertThat(message.getString("body")).isEqualTo("Terminy\nWnioski do 31 marca.\n• przedszkola\n• klasy I\nregulamin i BIP");
        assertThat(row(Api.as("dyrektor.szkoly"), subject).getString("subject")).isEqualTo(subject);
    }

    @Test
    void allPrimarySchoolsGetTheMessageAndTheSenderFollowsEachOne() {
        Api referent = Api.as("referent");
        String subject = unique("Liczba uczniów z orzeczeniami");
        int primaries = referent.get("/api/units?" + Api.query("typeId", 2, "size", 1)).expect(200).total();
        long id = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject)
                .add("body", "Proszę o podanie liczby uczniów z orzeczeniami o potrzebie kształcenia specjalnego.")
                .add("replyRequired", true).add("deadline", LocalDate.now().plusDays(7).toString())
                .add("unitTypeIds", Json.createArrayBuilder().add(2)).build()).expect(201).obj().getJsonNumber("id").longValue();
        approveAll(id);

        JsonObject tracking = referent.get("/api/messages/" + id + "/tracking").expect(200).obj();
        assertThat(tracking.getJsonArray("units")).hasSize(primaries);
        assertThat(tracking.getJsonArray("units").getValuesAs(JsonObject.class)).allMatch(u -> u.getString("status").equals("DELIVERED"));

        long school = schoolOfTheDemoDirector();
        Api director = Api.as("dyrektor.szkoly");
        long unreadBefore = director.get("/api/messages/inbox").expect(200).obj().getJsonNumber("unread").longValue();
        JsonObject inboxRow = row(director, subject);
        assertThat(inboxRow.getBoolean("unread")).isTrue();
        assertThat(inboxRow.getJsonNumber("unitId").longValue()).isEqualTo(school);

        JsonObject opened = director.get("/api/messages/" + id + "/units/" + school).expect(200).obj();
        assertThat(opened.getJsonObject("message").getString("subject")).isEqualTo(subject);
        assertThat(opened.getString("status")).isEqualTo("OPENED");
        assertThat(director.get("/api/messages/inbox").expect(200).obj().getJsonNumber("unread").longValue()).isEqualTo(unreadBefore - 1);

        JsonObject schoolRow = unitRow(referent, id, school);
        assertThat(schoolRow.getString("status")).isEqualTo("OPENED");
        assertThat(schoolRow.getString("openedBy")).isEqualTo("dyrektor.szkoly");

        // the secretariat answers, then corrects: both versions kept, the first answer counts
        Api secretariat = Api.as("sekretariat");
        secretariat.post("/api/messages/" + id + "/units/" + school + "/replies", Json.createObjectBuilder().add("body", "12 uczniów").build()).expect(201);
        secretariat.post("/api/messages/" + id + "/units/" + school + "/replies", Json.createObjectBuilder().add("body", "Korekta: 13 uczniów").build()).expect(201);
        schoolRow = unitRow(referent, id, school);
        assertThat(schoolRow.getString("status")).isEqualTo("ANSWERED");
        assertThat(schoolRow.getInt("replies")).isEqualTo(2);
        List<JsonObject> replies = referent.get("/api/messages/" + id + "/units/" + school + "/replies").expect(200).array().getValuesAs(JsonObject.class);
        assertThat(replies).extracting(r -> r.getString("body")).containsExactly("12 uczniów", "Korekta: 13 uczniów");
        assertThat(replies).allMatch(r -> !r.getBoolean("late"));

        // reminders go to the schools that have not answered, not to this one
        int reminded = referent.post("/api/messages/" + id + "/reminders", Json.createObjectBuilder().build()).expect(200).obj().getInt("reminded");
        assertThat(reminded).isEqualTo(primaries - 1);
        assertThat(unitRow(referent, id, school).getInt("reminders")).isZero();

        referent.put("/api/messages/" + id + "/deadline", Json.createObjectBuilder().add("deadline", LocalDate.now().plusDays(14).toString()).build())
                .expect(204);
        assertThat(referent.get("/api/messages/" + id + "/tracking").expect(200).obj().getJsonObject("message").getString("deadline"))
                .isEqualTo(LocalDate.now().plusDays(14).toString());
        referent.put("/api/messages/" + id + "/deadline", Json.createObjectBuilder().add("deadline", LocalDate.now().plusDays(1).toString()).build())
                .expect(422);

        JsonObject sent = referent.get("/api/messages/sent").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(sent.getInt("units")).isEqualTo(primaries);
        assertThat(sent.getInt("answered")).isEqualTo(1);
        assertThat(sent.getString("recipients")).contains("Szkoła podstawowa (" + primaries + ")");
    }

    @Test
    void aUnitSeesOnlyWhatIsAddressedToItAndOnlyItsOwnAnswers() {
        Api referent = Api.as("referent");
        long school = schoolOfTheDemoDirector();
        String subject = unique("Tylko do jednej szkoły");
        long id = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject).add("body", "Treść")
                .add("replyRequired", false).add("unitIds", Json.createArrayBuilder().add(school)).build()).expect(201).obj()
                .getJsonNumber("id").longValue();
        approveAll(id);
        Api otherDirector = Api.as("dyrektor.zespolu");
        assertThat(otherDirector.get("/api/messages/inbox?" + Api.query("q", subject)).expect(200).obj().getJsonArray("rows")).isEmpty();
        otherDirector.get("/api/messages/" + id + "/units/" + school).expect(404);
        otherDirector.post("/api/messages/" + id + "/units/" + school + "/replies", Json.createObjectBuilder().add("body", "x").build()).expect(404);
        otherDirector.get("/api/messages/" + id + "/tracking").expect(403);
        Api.as("dyrektor.szkoly").get("/api/messages/" + id + "/units/" + school + "/replies").expect(403);
        Api.as("rodzic").get("/api/messages/inbox").expect(403);
        Api.as("dyrektor.szkoly").post("/api/messages", Json.createObjectBuilder().add("subject", "x").add("body", "y")
                .add("unitIds", Json.createArrayBuilder().add(school)).build()).expect(403);
        assertThat(row(Api.as("ksiegowosc"), subject).getString("status")).isEqualTo("DELIVERED");

        // each user's archive: out of the inbox (and read), still there under the archive, and back
        Api accountant = Api.as("ksiegowosc");
        accountant.put("/api/messages/" + id + "/archived", Json.createObjectBuilder().add("archived", true).build()).expect(204);
        assertThat(accountant.get("/api/messages/inbox?" + Api.query("q", subject)).expect(200).obj().getJsonArray("rows")).isEmpty();
        JsonObject archived = accountant.get("/api/messages/inbox?" + Api.query("q", subject, "archived", true)).expect(200).obj()
                .getJsonArray("rows").getJsonObject(0);
        assertThat(archived.getBoolean("unread")).isFalse();
        assertThat(row(Api.as("sekretariat"), subject).getBoolean("unread")).as("another user's inbox is not touched").isTrue();
        accountant.put("/api/messages/" + id + "/archived", Json.createObjectBuilder().add("archived", false).build()).expect(204);
        assertThat(row(accountant, subject).getString("subject")).isEqualTo(subject);
        otherDirector.put("/api/messages/" + id + "/archived", Json.createObjectBuilder().add("archived", true).build()).expect(404);
    }

    @Test
    void aMessageForChosenRolesReachesOnlyThoseUsersOfTheUnit() {
        Api referent = Api.as("referent");
        long school = schoolOfTheDemoDirector();
        String subject = unique("Sprawozdanie finansowe");
        long id = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject).add("body", "Tylko dla księgowości.")
                .add("replyRequired", true).add("deadline", LocalDate.now().plusDays(5).toString()).add("unitIds", Json.createArrayBuilder().add(school))
                .add("unitRoles", Json.createArrayBuilder().add("UNIT_ACCOUNTANT")).build()).expect(201).obj().getJsonNumber("id").longValue();
        approveAll(id);
        assertThat(referent.get("/api/messages/" + id + "/tracking").expect(200).obj().getJsonObject("message").getString("recipients"))
                .endsWith("— tylko: księgowość");

        Api accountant = Api.as("ksiegowosc");
        assertThat(row(accountant, subject).getBoolean("unread")).isTrue();
        accountant.get("/api/messages/" + id + "/units/" + school).expect(200);
        for (String other : new String[] {"sekretariat", "dyrektor.szkoly"}) {
            Api user = Api.as(other);
            assertThat(user.get("/api/messages/inbox?" + Api.query("q", subject)).expect(200).obj().getJsonArray("rows")).as(other).isEmpty();
            user.get("/api/messages/" + id + "/units/" + school).expect(404);
            user.post("/api/messages/" + id + "/units/" + school + "/replies", Json.createObjectBuilder().add("body", "x").build()).expect(404);
            user.put("/api/messages/" + id + "/archived", Json.createObjectBuilder().add("archived", true).build()).expect(404);
        }
        accountant.post("/api/messages/" + id + "/units/" + school + "/replies", Json.createObjectBuilder().add("body", "W załączeniu.").build())
                .expect(201);
        referent.post("/api/messages", Json.createObjectBuilder().add("subject", "x").add("body", "y")
                .add("unitIds", Json.createArrayBuilder().add(school)).add("unitRoles", Json.createArrayBuilder().add("DEPT_HEAD")).build())
                .expect(422);
    }

    @Test
    void aSchoolWritesToTheDepartmentSeesItReadAndGetsTheAnswer() {
        long school = schoolOfTheDemoDirector();
        String subject = unique("Pytanie o dowozy");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Api secretariat = Api.as("sekretariat");
        long id = secretariat.post("/api/messages/to-department", Json.createObjectBuilder().add("unitId", school).add("subject", subject)
                .add("body", "Czy dowóz obejmie nowe osiedle?").add("files", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "mapa.pdf").add("base64", java.util.Base64.getEncoder().encodeToString(pdf)))).build())
                .expect(201).obj().getJsonNumber("id").longValue();
        Api.as("dyrektor.zespolu").post("/api/messages/to-department", Json.createObjectBuilder().add("unitId", school).add("subject", "x")
                .add("body", "y").build()).expect(404);
        secretariat.post("/api/messages/to-department", Json.createObjectBuilder().add("unitId", school).add("subject", " ").add("body", "")
                .build()).expect(422);

        Api referent = Api.as("referent");
        JsonObject listed = referent.get("/api/messages/from-units?" + Api.query("q", subject)).expect(200).obj();
        JsonObject row = listed.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getBoolean("unread")).isTrue();
        assertThat(row.containsKey("openedAt")).isFalse();
        assertThat(listed.getJsonNumber("unread").longValue()).isPositive();
        assertThat(referent.get("/api/messages/sent").expect(200).array().getValuesAs(JsonObject.class))
                .as("a unit's message is not among the department's own").noneMatch(m -> m.getString("subject").equals(subject));

        JsonObject view = referent.get("/api/messages/from-units/" + id).expect(200).obj();
        assertThat(view.getString("deptOpenedBy")).isEqualTo("referent");
        long file = view.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
        referent.get("/api/messages/attachments/" + file).expect(200);
        secretariat.get("/api/messages/attachments/" + file).expect(200);
        Api.as("dyrektor.zespolu").get("/api/messages/attachments/" + file).expect(404);
        Api.as("rodzic").get("/api/messages/from-units").expect(403);
        secretariat.get("/api/messages/from-units/" + id).expect(403);

        JsonObject written = secretariat.get("/api/messages/written").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(written.getString("deptOpenedBy")).isEqualTo("referent");
        assertThat(Api.as("dyrektor.zespolu").get("/api/messages/written").expect(200).array().getValuesAs(JsonObject.class))
                .noneMatch(w -> w.getJsonNumber("id").longValue() == id);

        long answer = referent.post("/api/messages/from-units/" + id + "/answer", Json.createObjectBuilder().add("subject", "Odp.: " + subject)
                .add("body", "Tak, od 1 lutego.").add("replyRequired", false).build()).expect(201).obj().getJsonNumber("id").longValue();
        approveAll(answer);
        assertThat(row(Api.as("dyrektor.szkoly"), "Odp.: " + subject).getJsonNumber("unitId").longValue()).isEqualTo(school);
        assertThat(secretariat.get("/api/messages/written").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().getInt("answers")).isEqualTo(1);
        assertThat(referent.get("/api/messages/" + answer + "/tracking").expect(200).obj().getJsonArray("units")).hasSize(1);
        long normal = answer;
        referent.get("/api/messages/from-units/" + normal).expect(404);
    }

    @Test
    void unitsWriteToEachOtherOnlyWhenTheAdministratorAllowsIt() {
        long school = schoolOfTheDemoDirector();
        long zespol = Api.as("dyrektor.zespolu").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        String subject = unique("Wspólne zawody sportowe");
        JsonObject body = Json.createObjectBuilder().add("unitId", school).add("subject", subject).add("body", "Zapraszamy na zawody.")
                .add("replyRequired", true).add("deadline", LocalDate.now().plusDays(3).toString())
                .add("unitIds", Json.createArrayBuilder().add(zespol)).build();
        Api admin = Api.as("admin");
        Api.as("referent").put("/api/admin/settings/message-unit-to-unit", Json.createObjectBuilder().add("allowed", true).build()).expect(403);
        try {
            admin.put("/api/admin/settings/message-unit-to-unit", Json.createObjectBuilder().add("allowed", false).build()).expect(204);
            Api.as("sekretariat").post("/api/messages/to-units", body).expect(403);

            admin.put("/api/admin/settings/message-unit-to-unit", Json.createObjectBuilder().add("allowed", true).build()).expect(204);
            assertThat(admin.get("/api/admin/settings").expect(200).obj().getBoolean("messageUnitToUnit")).isTrue();
            long id = Api.as("sekretariat").post("/api/messages/to-units", body).expect(201).obj().getJsonNumber("id").longValue();
            Api.as("sekretariat").post("/api/messages/to-units", Json.createObjectBuilder(body).add("unitIds", Json.createArrayBuilder().add(school))
                    .build()).expect(422);

            Api other = Api.as("dyrektor.zespolu");
            JsonObject row = row(other, subject);
            assertThat(row.getString("status")).isEqualTo("DELIVERED");
            other.post("/api/messages/" + id + "/units/" + zespol + "/replies", Json.createObjectBuilder().add("body", "Będziemy.").build()).expect(201);

            Api director = Api.as("dyrektor.szkoly");
            JsonObject written = director.get("/api/messages/written").expect(200).array().getValuesAs(JsonObject.class).stream()
                    .filter(w -> w.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
            assertThat(written.getBoolean("toDepartment")).isFalse();
            assertThat(written.getInt("answered")).isEqualTo(1);
            JsonObject tracking = director.get("/api/messages/" + id + "/tracking").expect(200).obj();
            assertThat(tracking.getJsonArray("units").getJsonObject(0).getString("status")).isEqualTo("ANSWERED");
            assertThat(director.get("/api/messages/" + id + "/units/" + zespol + "/replies").expect(200).array().getJsonObject(0).getString("body"))
                    .isEqualTo("Będziemy.");
            director.post("/api/messages/" + id + "/reminders", Json.createObjectBuilder().build()).expect(403);
            other.get("/api/messages/" + id + "/tracking").expect(403);
        } finally {
            admin.put("/api/admin/settings/message-unit-to-unit", Json.createObjectBuilder().add("allowed", false).build()).expect(204);
        }
    }

    @Test
    void chosenPeopleAndGroupsOfPeopleGetTheMessageAloneInTheirUnits() {
        Api referent = Api.as("referent");
        long school = schoolOfTheDemoDirector();
        long other = referent.get("/api/units?" + Api.query("typeId", 2, "size", 50)).expect(200).rows().stream()
                .map(u -> u.getJsonNumber("id").longValue()).filter(u -> u != school).findFirst().orElseThrow();
        Api colleague = pl.edugmina.it.support.Users.createReady("koordynator", "UNIT_SECRETARY", other, "Koordynator2026!grupa");
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        referent.get("/api/user-groups/people").expect(200).array().getValuesAs(JsonObject.class)
                .forEach(p -> ids.put(p.getString("login"), p.getJsonNumber("id").longValue()));
        Api.as("dyrektor.szkoly").get("/api/user-groups/people").expect(403);
        referent.post("/api/user-groups", Json.createObjectBuilder().add("name", " ").add("memberIds", Json.createArrayBuilder()).build()).expect(422);
        String groupName = unique("Koordynatorzy bezpieczeństwa");
        long group = referent.post("/api/user-groups", Json.createObjectBuilder().add("name", groupName)
                .add("memberIds", Json.createArrayBuilder().add(ids.get("ksiegowosc")).add(ids.get(colleague.login()))).build())
                .expect(201).obj().getJsonNumber("id").longValue();
        referent.post("/api/user-groups", Json.createObjectBuilder().add("name", groupName.toUpperCase())
                .add("memberIds", Json.createArrayBuilder().add(ids.get("ksiegowosc"))).build()).expect(422);

        String subject = unique("Szkolenie koordynatorów");
        long id = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject).add("body", "Zapraszamy na szkolenie.")
                .add("userGroupIds", Json.createArrayBuilder().add(group)).build()).expect(201).obj().getJsonNumber("id").longValue();
        approveAll(id);
        JsonObject tracking = referent.get("/api/messages/" + id + "/tracking").expect(200).obj();
        assertThat(tracking.getJsonArray("units")).hasSize(2);
        assertThat(tracking.getJsonObject("message").getString("recipients")).contains(groupName + " (2 os.)");
        assertThat(row(Api.as("ksiegowosc"), subject).getJsonNumber("unitId").longValue()).isEqualTo(school);
        assertThat(row(colleague, subject).getJsonNumber("unitId").longValue()).isEqualTo(other);
        for (String login : new String[] {"sekretariat", "dyrektor.szkoly"}) {
            assertThat(Api.as(login).get("/api/messages/inbox?" + Api.query("q", subject)).expect(200).obj().getJsonArray("rows")).as(login).isEmpty();
            Api.as(login).get("/api/messages/" + id + "/units/" + school).expect(404);
        }

        // the whole school plus one person elsewhere: everyone in the school, only that person in the other unit
        String both = unique("Kalendarz roku szkolnego");
        long id2 = referent.post("/api/messages", Json.createObjectBuilder().add("subject", both).add("body", "W załączeniu kalendarz.")
                .add("unitIds", Json.createArrayBuilder().add(school)).add("userIds", Json.createArrayBuilder().add(ids.get(colleague.login())))
                .build()).expect(201).obj().getJsonNumber("id").longValue();
        approveAll(id2);
        assertThat(row(Api.as("sekretariat"), both).getJsonNumber("unitId").longValue()).isEqualTo(school);
        assertThat(row(colleague, both).getJsonNumber("unitId").longValue()).isEqualTo(other);
        referent.delete("/api/user-groups/" + group).expect(204);
        assertThat(referent.get("/api/messages/" + id + "/tracking").expect(200).obj().getJsonArray("units")).as("sent stays sent").hasSize(2);
    }

    @Test
    void badMessagesAreRefusedWithReasons() {
        JsonObject refused = Api.as("referent").post("/api/messages", Json.createObjectBuilder().add("subject", "")
                .add("body", "").add("replyRequired", true).add("deadline", LocalDate.now().minusDays(1).toString())
                .add("unitIds", Json.createArrayBuilder().add(999_999_999L)).build()).expect(422).obj();
        assertThat(refused.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .contains("subject", "body", "deadline", "recipients");
        Api.as("referent").post("/api/messages", Json.createObjectBuilder().add("subject", "a").add("body", "b").add("deadline", "jutro")
                .add("unitIds", Json.createArrayBuilder().add(1)).build()).expect(422);
    }

    @Test
    void theApprovalChainSendsBackWithACommentAndKeepsEveryStep() {
        Api referent = Api.as("referent");
        long school = schoolOfTheDemoDirector();
        String subject = unique("Wersja robocza");
        JsonObject draft = Json.createObjectBuilder().add("subject", subject).add("body", "Pierwsza wersja").add("replyRequired", false)
                .add("unitIds", Json.createArrayBuilder().add(school)).build();
        long id = referent.post("/api/messages", draft).expect(201).obj().getJsonNumber("id").longValue();
        JsonObject m = referent.get("/api/messages/" + id + "/tracking").expect(200).obj().getJsonObject("message");
        assertThat(m.getString("status")).isEqualTo("PENDING");
        assertThat(m.getString("pendingRole")).isEqualTo("DEPT_HEAD");
        assertThat(Api.as("dyrektor.szkoly").get("/api/messages/inbox?" + Api.query("q", subject)).expect(200).obj().getJsonArray("rows"))
                .as("nothing reaches the unit before approval").isEmpty();
        assertThat(Api.as("kierownik").get("/api/messages/awaiting").expect(200).array().getValuesAs(JsonObject.class))
                .anyMatch(a -> a.getJsonNumber("id").longValue() == id);

        referent.post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(403);
        Api.as("dyrektor.wydzialu").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(403);
        Api.as("kierownik").post("/api/messages/" + id + "/return", Json.createObjectBuilder().add("comment", " ").build()).expect(422);
        Api.as("kierownik").post("/api/messages/" + id + "/return", Json.createObjectBuilder().add("comment", "Dodaj termin.").build()).expect(204);
        Api.as("kierownik").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(409);
        Api.as("kierownik").put("/api/messages/" + id, draft).expect(409);

        referent.put("/api/messages/" + id, Json.createObjectBuilder().add("subject", subject + " (poprawiona)").add("body", "Druga wersja")
                .add("replyRequired", true).add("deadline", LocalDate.now().plusDays(3).toString())
                .add("unitIds", Json.createArrayBuilder().add(school)).build()).expect(204);
        approveAll(id);

        JsonObject tracking = referent.get("/api/messages/" + id + "/tracking").expect(200).obj();
        assertThat(tracking.getJsonObject("message").getString("status")).isEqualTo("SENT");
        assertThat(tracking.getJsonObject("message").getString("body")).isEqualTo("Druga wersja");
        assertThat(tracking.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(st -> st.getString("action"))
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "APPROVED", "SENT");
        assertThat(tracking.getJsonArray("steps").getJsonObject(1).getString("comment")).isEqualTo("Dodaj termin.");
        assertThat(row(Api.as("dyrektor.szkoly"), subject + " (poprawiona)").getString("status")).isEqualTo("DELIVERED");
    }

    @Test
    void filesTravelWithTheMessageAndTheAnswerAndForeignOnesAreRefused() {
        Api referent = Api.as("referent");
        long school = schoolOfTheDemoDirector();
        String subject = unique("Ankieta z załącznikiem");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();

        JsonObject refused = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject).add("body", "Treść")
                .add("unitIds", Json.createArrayBuilder().add(school))
                .add("files", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "ankieta.pdf").add("base64", b64.encodeToString(pdf)))
                        .add(Json.createObjectBuilder().add("name", "faktura.pdf").add("base64", b64.encodeToString(exe)))
                        .add(Json.createObjectBuilder().add("name", "instalator.exe").add("base64", b64.encodeToString(exe))))
                .build()).expect(422).obj();
        assertThat(refused.toString()).contains("faktura.pdf").contains("nie jest plikiem PDF").contains("instalator.exe")
                .contains("niedozwolony rodzaj pliku");
        assertThat(referent.get("/api/messages/sent").expect(200).array().getValuesAs(JsonObject.class))
                .as("nothing half-written").noneMatch(m -> m.getString("subject").equals(subject));

        long id = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject).add("body", "Treść")
                .add("unitIds", Json.createArrayBuilder().add(school))
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "ankieta.pdf").add("base64", b64.encodeToString(pdf))))
                .build()).expect(201).obj().getJsonNumber("id").longValue();
        approveAll(id);

        Api director = Api.as("dyrektor.szkoly");
        JsonObject view = director.get("/api/messages/" + id + "/units/" + school).expect(200).obj();
        long fileId = view.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(director.get("/api/messages/attachments/" + fileId).expect(200).bytes()).isEqualTo(pdf);
        Api.as("dyrektor.zespolu").get("/api/messages/attachments/" + fileId).expect(404);

        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 8, 0};
        director.post("/api/messages/" + id + "/units/" + school + "/replies", Json.createObjectBuilder().add("body", "W załączeniu")
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "../dane/odpowiedz.xlsx")
                        .add("base64", b64.encodeToString(xlsx))))
                .build()).expect(201);
        JsonObject reply = referent.get("/api/messages/" + id + "/units/" + school + "/replies").expect(200).array().getJsonObject(0);
        JsonObject replyFile = reply.getJsonArray("files").getJsonObject(0);
        assertThat(replyFile.getString("fileName")).isEqualTo("odpowiedz.xlsx");
        long replyFileId = replyFile.getJsonNumber("id").longValue();
        assertThat(referent.get("/api/messages/attachments/" + replyFileId).expect(200).bytes()).isEqualTo(xlsx);
        Api.as("dyrektor.zespolu").get("/api/messages/attachments/" + replyFileId).expect(404);
        Api.as("rodzic").get("/api/messages/attachments/" + replyFileId).expect(404);

        // one ZIP: the unit's answer text and file named <RSPO>_<short name>_<topic>, and the summary sheet
        Api.Response zip = referent.get("/api/messages/" + id + "/answers.zip").expect(200);
        assertThat(zip.contentType()).startsWith("application/zip");
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        String prefix = unitRow(referent, id, school).getInt("rspo") + "_";
        assertThat(entries.keySet()).anyMatch(n -> n.startsWith(prefix) && n.endsWith(".txt"))
                .anyMatch(n -> n.startsWith(prefix) && n.endsWith(".xlsx") && !n.equals("podsumowanie.xlsx"))
                .contains("podsumowanie.xlsx");
        assertThat(entries.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && e.getKey().endsWith(".xlsx")).findFirst()
                .orElseThrow().getValue()).isEqualTo(xlsx);
        assertThat(new String(entries.entrySet().stream().filter(e -> e.getKey().endsWith(".txt")).findFirst().orElseThrow().getValue(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("W załączeniu");
        assertThat(entries.get("podsumowanie.xlsx")).startsWith('P', 'K');
        director.get("/api/messages/" + id + "/answers.zip").expect(403);
    }

    private static JsonObject unitRow(Api who, long id, long unit) {
        return who.get("/api/messages/" + id + "/tracking").expect(200).obj().getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonNumber("unitId").longValue() == unit).findFirst().orElseThrow();
    }
}
