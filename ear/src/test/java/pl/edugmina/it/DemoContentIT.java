package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Mail;
import pl.edugmina.it.support.PostgresSessionListener;
import pl.edugmina.it.support.Recruitment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo content loaded with the demo city (platform.DemoContent): a newcomer who logs in finds each area of
 * issue 4 filled in. Read only: the other tests may add to these areas but never change the demo's entries.
 */
class DemoContentIT extends DeployedApplication {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));

    private static JsonObject named(List<JsonObject> rows, String field, String prefix) {
        return rows.stream().filter(r -> r.getString(field).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " starting with " + prefix + " among " + rows));
    }

    @Test
    void theReferentSeesTheOpenCallForGrantsAndTheRankingOfTheClosedOne() {
        Api referent = Api.as("referent");
        List<JsonObject> calls = referent.get("/api/applications/calls").expect(200).array().getValuesAs(JsonObject.class);

        JsonObject grants = named(calls, "name", "Granty oświatowe ");
        assertThat(grants.getString("window")).isEqualTo("OPEN");
        assertThat(grants.getString("stage")).isEqualTo("COLLECTING");
        assertThat(grants.getString("kindName")).isEqualTo("Granty oświatowe");
        assertThat(grants.getInt("submitted")).isEqualTo(1);
        JsonObject view = referent.get("/api/applications/calls/" + grants.getJsonNumber("id")).expect(200).obj();
        assertThat(view.getInt("drafts")).as("the demo school's draft").isEqualTo(1);

        JsonObject equipment = named(calls, "name", "Doposażenie pracowni przedmiotowych");
        assertThat(equipment.getString("stage")).isEqualTo("EVALUATED");
        JsonObject ranking = referent.get("/api/applications/calls/" + equipment.getJsonNumber("id") + "/ranking").expect(200).obj();
        List<JsonObject> rows = ranking.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getInt("rank")).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(0).getString("title")).startsWith("Pracownia informatyczna");
        assertThat(rows).extracting(r -> r.getString("outcome")).containsExactly("FULL", "FULL", "PARTIAL", "NONE");
        assertThat(ranking.getInt("incomplete")).isZero();
        assertThat(ranking.getJsonNumber("remaining").bigDecimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void theDemoSchoolFindsTheOpenCallWithItsDraft() {
        Api secretariat = Api.as("sekretariat");
        JsonObject open = named(secretariat.get("/api/applications/open-calls").expect(200).array().getValuesAs(JsonObject.class),
                "name", "Granty oświatowe ");
        JsonObject place = open.getJsonArray("units").getJsonObject(0);
        assertThat(place.getInt("limit")).isEqualTo(3);
        assertThat(place.getBoolean("canApply")).isTrue();
        JsonObject draft = named(secretariat.get("/api/applications/mine").expect(200).array().getValuesAs(JsonObject.class),
                "title", "Szkolny ogród dydaktyczny");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonNumber("callId").longValue()).isEqualTo(open.getJsonNumber("id").longValue());
    }

    @Test
    void theDepartmentSeesRepairsInEveryStateAndThisYearsPool() {
        Api referent = Api.as("referent");
        Map<String, String> status = referent.get("/api/repairs").expect(200).array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("title"), r -> r.getString("status"), (a, b) -> a));
        assertThat(status).containsEntry("Przeciekający dach nad salą gimnastyczną", "SUBMITTED")
                .containsEntry("Wymiana opraw oświetleniowych na korytarzach na LED", "IN_PROGRESS")
                .containsEntry("Awaria zaworu na instalacji c.o. w budynku warsztatów", "CLOSED")
                .containsEntry("Naprawa ogrodzenia boiska szkolnego", "RETURNED");
        JsonObject pool = referent.get("/api/repairs/pools/" + TODAY.getYear()).expect(200).obj();
        assertThat(pool.getJsonNumber("pool").bigDecimalValue()).isPositive();
        assertThat(pool.getJsonNumber("settled").bigDecimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("17950.60"));
        // the school sees its own two, not the zespół's
        assertThat(Api.as("dyrektor.szkoly").get("/api/repairs").expect(200).array().getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("title")).contains("Przeciekający dach nad salą gimnastyczną")
                .doesNotContain("Naprawa ogrodzenia boiska szkolnego");
    }

    @Test
    void theCityWideRegistersShowTheContractBelowTheMinimumTheInnovationsAndTheJobBank() {
        Api referent = Api.as("referent");
        List<JsonObject> flagged = referent.get("/api/contracts?" + Api.query("flagged", true, "q", "Piotr Zalewski")).expect(200).array()
                .getValuesAs(JsonObject.class);
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).getString("flag")).contains("28,00 zł").contains("Umowa zlecenie");
        JsonObject vending = referent.get("/api/contracts?" + Api.query("q", "Automaty Vending Wschód")).expect(200).array().getJsonObject(0);
        assertThat(vending.get("flag")).as("no city standard for renting space").isIn(null, JsonValue.NULL);

        assertThat(referent.get("/api/innovations").expect(200).array().getValuesAs(JsonObject.class)).extracting(r -> r.getString("title"))
                .contains("Przyroda w terenie – lekcje w ogrodzie i parku", "Kuchnia regionalna Lubelszczyzny");

        JsonObject offer = named(Api.anonymous().get("/api/public/jobs").expect(200).array().getValuesAs(JsonObject.class),
                "position", "Nauczyciel matematyki (zastępstwo)");
        assertThat(LocalDate.parse(offer.getString("deadline"))).isAfterOrEqualTo(TODAY);
        assertThat(named(Api.anonymous().get("/api/public/jobs").expect(200).array().getValuesAs(JsonObject.class),
                "position", "Nauczyciel przedmiotów zawodowych")).isNotNull();
        assertThat(Api.as("dyrektor.szkoly").get("/api/jobs/candidates").expect(200).array().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("fullName")).contains("Karolina Mazurek");
    }

    @Test
    void theMessagesWereDeliveredAnsweredAndQueuedNoMail() {
        Api referent = Api.as("referent");
        List<JsonObject> sent = referent.get("/api/messages/sent").expect(200).array().getValuesAs(JsonObject.class);
        JsonObject transport = named(sent, "subject", "Dowozy uczniów – liczba uczniów korzystających z dowozu");
        assertThat(transport.getString("status")).isEqualTo("SENT");
        assertThat(transport.getInt("answered")).isGreaterThanOrEqualTo(1);
        JsonObject labs = named(sent, "subject", "Stan pracowni przedmiotowych");
        assertThat(labs.getString("status")).isEqualTo("SENT");
        assertThat(labs.getInt("answered")).isGreaterThanOrEqualTo(1);
        assertThat(named(Api.as("kierownik").get("/api/messages/awaiting").expect(200).array().getValuesAs(JsonObject.class),
                "subject", "Harmonogram rekrutacji do przedszkoli")).isNotNull();
        assertThat(named(referent.get("/api/messages/from-units?" + Api.query("q", "arkusza organizacyjnego")).expect(200).obj()
                .getJsonArray("rows").getValuesAs(JsonObject.class), "subject", "Pytanie o termin przekazania arkusza")).isNotNull();

        // the demo school: the first answered, the form still to fill in
        List<JsonObject> inbox = Api.as("dyrektor.szkoly").get("/api/messages/inbox").expect(200).obj().getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        assertThat(named(inbox, "subject", "Dowozy uczniów").getString("status")).isEqualTo("ANSWERED");
        assertThat(named(inbox, "subject", "Stan pracowni przedmiotowych").getString("status")).isEqualTo("DELIVERED");

        // delivered without e-mail: the demo users' addresses are fictional (nothing recorded, nothing at the sink)
        List<JsonObject> recorded = Api.as("admin").get("/api/admin/mail?" + Api.query("to", "@lublin.example", "limit", 1000)).expect(200).rows();
        assertThat(recorded).hasSizeLessThan(1000);
        assertThat(recorded).extracting(m -> m.getString("subject"))
                .noneMatch(s -> s.contains("Dowozy uczniów – liczba") || s.contains("Stan pracowni przedmiotowych"));
        assertThat(Mail.received("@lublin.example")).extracting(m -> m.getString("subject", ""))
                .noneMatch(s -> s.contains("Dowozy uczniów – liczba") || s.contains("Stan pracowni przedmiotowych"));
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "DemoContent")).expect(200).total()).isEqualTo(1);
    }

    @Test
    void lastYearsClassOneResultsArePublicWithTheDemoSchoolsListsAndTheDemoCandidatesOutcome() throws SQLException {
        // last year's class I campaign of the demo city, published: among the public campaigns, its lists of codes online
        int first = Integer.parseInt(Recruitment.upcomingSchoolYear().substring(0, 4));
        String name = "Nabór do klas I szkół podstawowych " + (first - 1) + "/" + first;
        Api anonymous = Api.anonymous();
        JsonObject campaign = named(anonymous.get("/api/public/recruitment-results/campaigns").expect(200).array().getValuesAs(JsonObject.class),
                "name", name);
        long id = campaign.getJsonNumber("id").longValue();
        assertThat(campaign.getInt("candidates")).isEqualTo(60);
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();

        // what the published run placed in each of the demo school's classes (codes in the run's allocation)
        Map<Long, List<String>> placed = new HashMap<>();
        Long demoCandidatePlacedAt = null;
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL),
                System.getProperty(PostgresSessionListener.USER), System.getProperty(PostgresSessionListener.PASSWORD));
             PreparedStatement ps = c.prepareStatement("""
                     select r.class_id, d.code from recruitment_allocation_result r
                     join recruitment_campaign p on p.published_run_id = r.run_id
                     join recruitment_candidate d on d.id = r.candidate_id and d.campaign_id = p.id
                     join recruitment_class k on k.id = r.class_id
                     where p.id = ? and k.unit_id = ? order by d.code""")) {
            ps.setLong(1, id);
            ps.setLong(2, school);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    placed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            try (PreparedStatement one = c.prepareStatement("""
                    select r.class_id from recruitment_allocation_result r
                    join recruitment_campaign p on p.published_run_id = r.run_id
                    join recruitment_candidate d on d.id = r.candidate_id
                    where p.id = ? and d.code = 'DEMO-0001'""")) {
                one.setLong(1, id);
                try (ResultSet rs = one.executeQuery()) {
                    assertThat(rs.next()).as("DEMO-0001 in the published run").isTrue();
                    long k = rs.getLong(1);
                    demoCandidatePlacedAt = rs.wasNull() ? null : k;
                }
            }
        }
        assertThat(placed).as("the demo school's classes filled in the published run").isNotEmpty();

        JsonObject lists = anonymous.get("/api/public/recruitment-results/campaigns/" + id + "/units/" + school + "/lists").expect(200).obj();
        assertThat(lists.getBoolean("admittedPublished")).as("last year's admitted lists are out").isTrue();
        List<String> shown = new ArrayList<>();
        assertThat(lists.getJsonArray("classes").getValuesAs(JsonObject.class))
                .extracting(k -> k.getJsonObject("classInfo").getJsonNumber("classId").longValue()).containsAll(placed.keySet());
        for (JsonObject k : lists.getJsonArray("classes").getValuesAs(JsonObject.class)) {
            JsonObject info = k.getJsonObject("classInfo");
            List<String> qualified = info.getJsonArray("qualifiedCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            List<String> admitted = k.getJsonArray("admitted").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            assertThat(qualified).as(info.getString("className")).containsExactlyElementsOf(
                    placed.getOrDefault(info.getJsonNumber("classId").longValue(), List.of()));
            // no applications to confirm (made-up candidates): the qualified are the admitted
            assertThat(admitted).as(info.getString("className")).containsExactlyElementsOf(qualified);
            assertThat(k.getJsonArray("notAdmitted")).isEmpty();
            shown.addAll(admitted);
        }
        assertThat(shown).isNotEmpty().allMatch(code -> code.matches("DEMO-\\d{4}"));

        // the public lists page shows them, without login
        String page = anonymous.get("nabor/listy.xhtml?" + Api.query("nabor", id, "placowka", school)).expect(200).body();
        assertThat(page).contains(name);
        shown.forEach(code -> assertThat(page).contains("<li>" + code + "</li>"));

        // the README's demo candidate: code and PIN give the outcome as the run decided it
        JsonObject outcome = anonymous.post("/api/public/recruitment-results", Json.createObjectBuilder().add("code", "DEMO-0001")
                .add("pin", "20262026").add("campaignId", id).build()).expect(200).obj();
        assertThat(outcome.getString("code")).isEqualTo("DEMO-0001");
        assertThat(outcome.getJsonArray("preferences")).hasSize(3);
        if (demoCandidatePlacedAt == null) {
            assertThat(outcome.getString("outcome")).isEqualTo("NOT_QUALIFIED");
        } else {
            assertThat(outcome.getString("outcome")).isEqualTo("QUALIFIED");
            assertThat(outcome.getJsonObject("placed").getJsonNumber("classId").longValue()).isEqualTo(demoCandidatePlacedAt);
        }
    }
}
