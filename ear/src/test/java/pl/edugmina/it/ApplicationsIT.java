package pl.edugmina.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Users;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applications (wnioski) with their life cycle, through the API: a unit writes and submits within the call's window
 * and its limit (refusals name the reason and lose nothing), the department returns an application for corrections,
 * a committee of officers scores independently only what is assigned to each, the ranking and the split stay within
 * the budget, the recommendation and the decision are made (and printed as PDF), the unit follows its status and
 * reports. Units never see each other's applications; members see only their assignments; units never score.
 */
class ApplicationsIT extends DeployedApplication {

    private static final String MEMBER_PASSWORD = "Komisja2026!bezpieczne";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));

    private static JsonObject obj(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static long unitOf(String login) {
        return Api.as(login).get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
    }

    private static long id(Api.Response r) {
        return r.obj().getJsonNumber("id").longValue();
    }

    /** A call open from yesterday for ten days, for primary schools (type 2) and zespoły (type 100), 3 per unit. */
    private static JsonObject call(String name, String budget, String max, boolean partial) {
        var b = Json.createObjectBuilder(obj("""
                {'kindId': 1, 'description': 'Projekty edukacyjne szkół.', 'eligibleUnitTypes': [2, 100], 'limits': {'34': 6},
                 'defaultLimit': 3, 'partialAllowed': false,
                 'criteria': [{'label':'Jakość projektu','maxPoints':10,'weight':2},{'label':'Koszty','maxPoints':10}],
                 'applicationForm': [{'label':'Opis projektu','type':'TEXT','required':true},{'label':'Liczba uczniów','type':'NUMBER','required':true}],
                 'reportForm': [{'label':'Osiągnięte rezultaty','type':'TEXT','required':true}]}"""))
                .add("name", name).add("opensOn", TODAY.minusDays(1).toString()).add("closesOn", TODAY.plusDays(10).toString())
                .add("reportDue", TODAY.plusMonths(8).toString()).add("budget", budget).add("partialAllowed", partial);
        if (max != null) {
            b.add("maxPerApplication", max);
        }
        return b.build();
    }

    private static JsonObject application(long callId, long unitId, String title, String amount) {
        return Json.createObjectBuilder().add("callId", callId).add("unitId", unitId).add("title", title).add("requestedAmount", amount)
                .add("form", obj("{'f1':'Opis działań projektu','f2':'120'}")).build();
    }

    private static JsonObject empty() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String status(Api who, long applicationId) {
        return who.get("/api/applications/" + applicationId).expect(200).obj().getString("status");
    }

    @Test
    void aSchoolSubmitsUpToItsLimitAndTheFourthIsRefusedWithTheReasonWhileNothingIsLost() {
        Api referent = Api.as("referent");
        String name = unique("Granty oświatowe – limit");
        long callId = id(referent.post("/api/applications/calls", call(name, "100000", null, false)).expect(201));
        long school = unitOf("sekretariat");
        Api secretariat = Api.as("sekretariat");

        JsonObject open = secretariat.get("/api/applications/open-calls").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == callId).findFirst().orElseThrow();
        JsonObject place = open.getJsonArray("units").getJsonObject(0);
        assertThat(place.getInt("limit")).isEqualTo(3);
        assertThat(place.getInt("used")).isZero();
        assertThat(open.getString("window")).isEqualTo("OPEN");

        // a draft without the form's required answers is kept, but not submitted: every wrong field named
        long first = id(secretariat.post("/api/applications", Json.createObjectBuilder().add("callId", callId).add("unitId", school)
                .add("title", "Ogród sensoryczny").add("requestedAmount", "12 500,50").build()).expect(201));
        String refusedForm = secretariat.post("/api/applications/" + first + "/submission", empty()).expect(422).body();
        assertThat(refusedForm).contains("Pole „Opis projektu”: to pole jest wymagane").contains("Pole „Liczba uczniów”: to pole jest wymagane");
        assertThat(status(secretariat, first)).isEqualTo("DRAFT");
        secretariat.put("/api/applications/" + first, Json.createObjectBuilder().add("title", "Ogród sensoryczny").add("requestedAmount", "12500.50")
                .add("form", obj("{'f1':'Ogród z ziołami','f2':'64'}")).build()).expect(204);
        secretariat.post("/api/applications/" + first + "/submission", empty()).expect(204);

        long second = id(secretariat.post("/api/applications", application(callId, school, "Pracownia robotyki", "20000")).expect(201));
        long third = id(secretariat.post("/api/applications", application(callId, school, "Szachy w szkole", "3000")).expect(201));
        long fourth = id(secretariat.post("/api/applications", application(callId, school, "Teatr szkolny", "8000")).expect(201));
        secretariat.post("/api/applications/" + second + "/submission", empty()).expect(204);
        secretariat.post("/api/applications/" + third + "/submission", empty()).expect(204);

        String refused = secretariat.post("/api/applications/" + fourth + "/submission", empty()).expect(422).body();
        assertThat(refused).contains("Przekroczony limit wniosków").contains("najwyżej 3").contains("Szkoła podstawowa")
                .contains("Wniosek pozostaje wersją roboczą");

        Map<Long, JsonObject> mine = secretariat.get("/api/applications/mine").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("callId").longValue() == callId)
                .collect(Collectors.toMap(r -> r.getJsonNumber("id").longValue(), r -> r));
        assertThat(mine).hasSize(4);
        assertThat(List.of(first, second, third)).allSatisfy(a -> assertThat(mine.get(a).getString("status")).isEqualTo("SUBMITTED"));
        assertThat(mine.get(fourth).getString("status")).isEqualTo("DRAFT");
        assertThat(mine.get(fourth).getString("title")).as("the refused draft keeps its content").isEqualTo("Teatr szkolny");
        assertThat(mine.get(first).getJsonNumber("requested").bigDecimalValue()).isEqualByComparingTo("12500.50");
        JsonObject afterRefusal = secretariat.get("/api/applications/" + first).expect(200).obj();
        assertThat(afterRefusal.getJsonObject("answers").getString("f1")).isEqualTo("Ogród z ziołami");
        assertThat(afterRefusal.getJsonObject("answers").getJsonNumber("f2").intValue()).as("normalised on submission").isEqualTo(64);

        JsonObject placeAfter = secretariat.get("/api/applications/open-calls").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == callId).findFirst().orElseThrow().getJsonArray("units").getJsonObject(0);
        assertThat(placeAfter.getInt("used")).isEqualTo(3);

        // the accountant follows the school's applications but does not write them
        Api accountant = Api.as("ksiegowosc");
        assertThat(accountant.get("/api/applications/mine").expect(200).array()).hasSizeGreaterThanOrEqualTo(4);
        accountant.post("/api/applications", application(callId, school, "Księgowy wniosek", "100")).expect(403);

        // amounts in grosze only
        assertThat(secretariat.post("/api/applications", application(callId, school, "Zły grosz", "10,005")).expect(422).body())
                .contains("z najwyżej dwoma miejscami po przecinku");
    }

    @Test
    void outsideTheWindowASubmissionIsRefusedWithTheDatesAndTheDraftStays() {
        Api referent = Api.as("referent");
        JsonObject later = Api.with(call(unique("Nabór przyszły"), "50000", null, false),
                "opensOn", TODAY.plusDays(5).toString(), "closesOn", TODAY.plusDays(20).toString());
        long callId = id(referent.post("/api/applications/calls", later).expect(201));
        Api secretariat = Api.as("sekretariat");
        long school = unitOf("sekretariat");
        long draft = id(secretariat.post("/api/applications", application(callId, school, "Wniosek przed terminem", "1000")).expect(201));
        String refused = secretariat.post("/api/applications/" + draft + "/submission", empty()).expect(422).body();
        String opens = TODAY.plusDays(5).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(refused).contains("Nabór wniosków rozpoczyna się " + opens);
        assertThat(status(secretariat, draft)).isEqualTo("DRAFT");

        String past = referent.post("/api/applications/calls", Api.with(call(unique("Nabór miniony"), "1000", null, false),
                "opensOn", TODAY.minusDays(30).toString(), "closesOn", TODAY.minusDays(1).toString())).expect(422).body();
        assertThat(past).contains("Termin naboru już minął");
        String nonsense = referent.post("/api/applications/calls", Api.with(call(unique("Nabór zły"), "-5", "10", false),
                "eligibleUnitTypes", Json.createArrayBuilder().build(), "criteria", Json.createArrayBuilder().build())).expect(422).body();
        assertThat(nonsense).contains("Wybierz co najmniej jeden typ placówek").contains("Podaj kwotę w złotych")
                .contains("Podaj co najmniej jedno kryterium oceny");
        Api.as("sekretariat").post("/api/applications/calls", call(unique("Nabór szkoły"), "1000", null, false)).expect(403);
    }

    @Test
    void aUnitNeverSeesAnotherUnitsApplicationsAndAMemberSeesOnlyWhatIsAssignedToThem() {
        Api referent = Api.as("referent");
        long callId = id(referent.post("/api/applications/calls", call(unique("Granty – zakres"), "50000", null, false)).expect(201));
        long school = unitOf("sekretariat");
        long zespol = unitOf("dyrektor.zespolu");
        Api secretariat = Api.as("sekretariat");
        Api zespolDirector = Api.as("dyrektor.zespolu");
        long a = id(secretariat.post("/api/applications", Api.with(application(callId, school, "Wniosek szkoły", "1000"), "files",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "kosztorys.txt")
                        .add("base64", java.util.Base64.getEncoder().encodeToString("Kosztorys: 1000 zł".getBytes(StandardCharsets.UTF_8)))).build()))
                .expect(201));
        long b = id(zespolDirector.post("/api/applications", application(callId, zespol, "Wniosek zespołu", "2000")).expect(201));
        long file = secretariat.get("/api/applications/" + a).expect(200).obj().getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
        zespolDirector.get("/api/applications/files/" + file).expect(404);
        referent.get("/api/applications/files/" + file).expect(404); // a draft is the unit's own
        secretariat.post("/api/applications/" + a + "/submission", empty()).expect(204);
        zespolDirector.post("/api/applications/" + b + "/submission", empty()).expect(204);

        Api director = Api.as("dyrektor.szkoly");
        director.get("/api/applications/" + b).expect(404);
        director.put("/api/applications/" + b, Json.createObjectBuilder().add("title", "Przejęty").add("requestedAmount", "1").build()).expect(404);
        director.post("/api/applications/" + b + "/submission", empty()).expect(404);
        director.post("/api/applications", application(callId, zespol, "Za cudzą placówkę", "100")).expect(404);
        assertThat(director.get("/api/applications/mine").expect(200).array().getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getJsonNumber("id").longValue() == b);
        zespolDirector.get("/api/applications/" + a).expect(404);
        assertThat(zespolDirector.get("/api/applications/mine").expect(200).array().getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getJsonNumber("id").longValue() == a);
        // a unit does not see the department's view of the call either
        secretariat.get("/api/applications/calls/" + callId).expect(403);
        secretariat.get("/api/applications/calls/" + callId + "/ranking").expect(403);

        Api m1 = Users.createReady("komisja.a", "DEPT_OFFICER", null, MEMBER_PASSWORD);
        Api m2 = Users.createReady("komisja.b", "DEPT_OFFICER", null, MEMBER_PASSWORD);
        referent.put("/api/applications/calls/" + callId + "/committee", Json.createObjectBuilder()
                .add("members", Json.createArrayBuilder().add(m1.login()).add(m2.login()).add("sekretariat")).build()).expect(422);
        referent.put("/api/applications/calls/" + callId + "/committee", Json.createObjectBuilder()
                .add("members", Json.createArrayBuilder().add(m1.login()).add(m2.login())).build()).expect(204);
        referent.post("/api/applications/calls/" + callId + "/evaluation", obj("{'closeEarly': true}")).expect(204);
        referent.put("/api/applications/" + a + "/assignment", Json.createObjectBuilder().add("members", Json.createArrayBuilder().add(m1.login())).build())
                .expect(204);
        referent.put("/api/applications/" + b + "/assignment", Json.createObjectBuilder().add("members", Json.createArrayBuilder().add(m2.login())).build())
                .expect(204);

        List<Long> m1Sees = m1.get("/api/applications/evaluations").expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("applicationId").longValue()).toList();
        assertThat(m1Sees).contains(a).doesNotContain(b);
        assertThat(m1.get("/api/applications/evaluations/" + a).expect(200).obj().getString("title")).isEqualTo("Wniosek szkoły");
        m1.get("/api/applications/evaluations/" + b).expect(404);
        assertThat(m1.get("/api/applications/files/" + file).expect(200).body()).isEqualTo("Kosztorys: 1000 zł");
        m2.get("/api/applications/files/" + file).expect(404);
        assertThat(referent.get("/api/applications/files/" + file).expect(200).body()).isEqualTo("Kosztorys: 1000 zł");
        m1.put("/api/applications/evaluations/" + b, obj("{'points': {'k1': 5, 'k2': 5}}")).expect(404);
        m1.get("/api/applications/" + b).expect(404);
        m1.get("/api/applications/calls/" + callId).expect(404);
        m1.get("/api/applications/calls/" + callId + "/ranking").expect(404);
        List<Long> m2Sees = m2.get("/api/applications/evaluations").expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("applicationId").longValue()).toList();
        assertThat(m2Sees).contains(b).doesNotContain(a);

        // units never score, not even their own application
        secretariat.put("/api/applications/evaluations/" + a, obj("{'points': {'k1': 10, 'k2': 10}}")).expect(403);
        secretariat.get("/api/applications/evaluations").expect(403);

        // a member's wrong points are named per criterion
        String wrong = m1.put("/api/applications/evaluations/" + a, obj("{'points': {'k1': 11, 'k2': 'dużo'}}")).expect(422).body();
        assertThat(wrong).contains("„Jakość projektu”: podaj od 0 do 10 punktów").contains("„Koszty”: „dużo” nie jest liczbą");
    }

    @Test
    void correctionsCommitteeRankingSplitDecisionAndReportWithTheUnitFollowingEveryStep() throws Exception {
        Api referent = Api.as("referent");
        String name = unique("Granty oświatowe 2027 – „Zdrowa szkoła”");
        // 9 500 zł, at most 6 000 zł per application, no partial funding
        long callId = id(referent.post("/api/applications/calls", call(name, "9500", "6000", false)).expect(201));
        long school = unitOf("sekretariat");
        long zespol = unitOf("dyrektor.zespolu");
        Api secretariat = Api.as("sekretariat");
        Api zespolDirector = Api.as("dyrektor.zespolu");
        long a = id(secretariat.post("/api/applications", application(callId, school, "Ogród sensoryczny", "7000")).expect(201));
        long b = id(secretariat.post("/api/applications", application(callId, school, "Pracownia ceramiki", "5000")).expect(201));
        long c = id(zespolDirector.post("/api/applications", application(callId, zespol, "Robotyka w zespole", "3000")).expect(201));
        for (long x : List.of(a, b)) {
            secretariat.post("/api/applications/" + x + "/submission", empty()).expect(204);
        }
        zespolDirector.post("/api/applications/" + c + "/submission", empty()).expect(204);

        // returned for corrections, corrected and submitted again: every step kept
        referent.post("/api/applications/" + a + "/return", obj("{'comment': ''}")).expect(422);
        referent.post("/api/applications/" + a + "/return", Json.createObjectBuilder().add("comment", "Uzupełnij harmonogram projektu.")
                .add("deadline", TODAY.plusDays(3).toString()).build()).expect(204);
        JsonObject returned = secretariat.get("/api/applications/" + a).expect(200).obj();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getBoolean("canEdit")).isTrue();
        assertThat(returned.getJsonArray("history").getValuesAs(JsonObject.class)).anyMatch(e -> e.getString("action").equals("RETURNED")
                && e.getString("comment").contains("Uzupełnij harmonogram projektu."));
        secretariat.put("/api/applications/" + a, Json.createObjectBuilder().add("title", "Ogród sensoryczny z harmonogramem")
                .add("requestedAmount", "7000").add("form", obj("{'f1':'Harmonogram: IV–VI','f2':'120'}")).build()).expect(204);
        secretariat.post("/api/applications/" + a + "/submission", empty()).expect(204);
        List<String> steps = secretariat.get("/api/applications/" + a).expect(200).obj().getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action")).toList();
        assertThat(steps).containsSubsequence("CREATED", "SUBMITTED", "RETURNED", "UPDATED", "RESUBMITTED");

        // the committee: two officers, each scoring on their own
        Api m1 = Users.createReady("komisja.c", "DEPT_OFFICER", null, MEMBER_PASSWORD);
        Api m2 = Users.createReady("komisja.d", "DEPT_OFFICER", null, MEMBER_PASSWORD);
        assertThat(referent.post("/api/applications/calls/" + callId + "/evaluation", obj("{'closeEarly': true}")).expect(422).body())
                .contains("Najpierw ustal skład komisji");
        referent.put("/api/applications/calls/" + callId + "/committee", Json.createObjectBuilder()
                .add("members", Json.createArrayBuilder().add(m1.login()).add(m2.login())).build()).expect(204);
        assertThat(referent.post("/api/applications/calls/" + callId + "/evaluation", empty()).expect(409).body())
                .contains("Rozpoczęcie oceny zakończy składanie wniosków");
        referent.post("/api/applications/calls/" + callId + "/evaluation", obj("{'closeEarly': true}")).expect(204);
        assertThat(secretariat.post("/api/applications", application(callId, school, "Za późno", "100")).expect(422).body())
                .contains("komisja rozpoczęła ocenę");
        assertThat(status(secretariat, a)).isEqualTo("UNDER_EVALUATION");

        m1.put("/api/applications/evaluations/" + a, obj("{'points': {'k1': 9, 'k2': 8}, 'comment': 'Dobry projekt'}")).expect(204);
        m1.put("/api/applications/evaluations/" + b, obj("{'points': {'k1': 7, 'k2': 7}}")).expect(204);
        m1.put("/api/applications/evaluations/" + c, obj("{'points': {'k1': 8, 'k2': 9}}")).expect(204);
        m2.put("/api/applications/evaluations/" + a, obj("{'points': {'k1': 8, 'k2': '7,5'}}")).expect(204);
        m2.put("/api/applications/evaluations/" + b, obj("{'points': {'k1': 8, 'k2': 6}}")).expect(204);
        assertThat(m2.get("/api/applications/evaluations/" + a).expect(200).obj().getJsonObject("myPoints").getJsonNumber("k1").intValue())
                .as("a member sees their own points").isEqualTo(8);

        JsonObject ranking = referent.get("/api/applications/calls/" + callId + "/ranking").expect(200).obj();
        assertThat(ranking.getInt("incomplete")).isEqualTo(1);
        assertThat(referent.post("/api/applications/calls/" + callId + "/evaluation/close", empty()).expect(409).body())
                .contains("niepełne oceny: 1");
        m2.put("/api/applications/evaluations/" + c, obj("{'points': {'k1': 6, 'k2': 10}}")).expect(204);

        // averages: a 8.5 / 7.75 → 24.75; c 7 / 9.5 → 23.5; b 7.5 / 6.5 → 21.5
        ranking = referent.get("/api/applications/calls/" + callId + "/ranking").expect(200).obj();
        List<JsonObject> rows = ranking.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getJsonNumber("id").longValue()).containsExactly(a, c, b);
        assertThat(rows).extracting(r -> r.getInt("rank")).containsExactly(1, 2, 3);
        assertThat(rows.get(0).getJsonObject("averages").getJsonNumber("k2").bigDecimalValue()).isEqualByComparingTo("7.75");
        assertThat(rows).extracting(r -> r.getJsonNumber("total").bigDecimalValue())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("24.75"), new BigDecimal("23.5"), new BigDecimal("21.5"));
        // split: a asks 7 000, capped at 6 000; c 3 000; 500 left, b's 5 000 does not fit and partial funding is off
        assertThat(rows).extracting(r -> r.getJsonNumber("proposed").bigDecimalValue())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("6000"), new BigDecimal("3000"), BigDecimal.ZERO);
        assertThat(rows).extracting(r -> r.getString("outcome")).containsExactly("CAPPED", "FULL", "NONE");
        assertThat(ranking.getJsonNumber("proposedTotal").bigDecimalValue()).isEqualByComparingTo("9000");
        assertThat(ranking.getJsonNumber("remaining").bigDecimalValue()).isEqualByComparingTo("500");

        referent.post("/api/applications/calls/" + callId + "/evaluation/close", empty()).expect(204);
        m1.put("/api/applications/evaluations/" + a, obj("{'points': {'k1': 1, 'k2': 1}}")).expect(409);
        referent.post("/api/applications/calls/" + callId + "/recommendation", empty()).expect(204);
        assertThat(status(secretariat, a)).isEqualTo("RECOMMENDED");
        assertThat(status(secretariat, b)).isEqualTo("NOT_RECOMMENDED");

        Api.Response pdf = referent.get("/api/applications/calls/" + callId + "/recommendation.pdf").expect(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = new PdfTextExtractor(new PdfReader(pdf.bytes())).getTextFromPage(1);
        assertThat(text).contains(name).contains("Lista rekomendacji dla Prezydenta Miasta").contains("Ogród sensoryczny z harmonogramem")
                .contains("6 000,00 zł");
        secretariat.get("/api/applications/calls/" + callId + "/recommendation.pdf").expect(403);
        m1.get("/api/applications/calls/" + callId + "/recommendation.pdf").expect(404);

        // the mayor's decision, recorded by the department director; never above the budget
        referent.post("/api/applications/calls/" + callId + "/decision", empty()).expect(403);
        Api departmentDirector = Api.as("dyrektor.wydzialu");
        assertThat(departmentDirector.post("/api/applications/calls/" + callId + "/decision", Json.createObjectBuilder().add("amounts",
                Json.createObjectBuilder().add(String.valueOf(a), "6000").add(String.valueOf(c), "3000").add(String.valueOf(b), "1000")).build())
                .expect(422).body()).contains("przekracza budżet naboru");
        departmentDirector.post("/api/applications/calls/" + callId + "/decision", Json.createObjectBuilder().add("amounts",
                Json.createObjectBuilder().add(String.valueOf(a), "6000").add(String.valueOf(c), "3000").add(String.valueOf(b), "500")).build())
                .expect(204);
        JsonObject granted = secretariat.get("/api/applications/" + a).expect(200).obj();
        assertThat(granted.getString("status")).isEqualTo("GRANTED");
        assertThat(granted.getJsonNumber("grantedAmount").bigDecimalValue()).isEqualByComparingTo("6000");
        assertThat(status(secretariat, b)).as("the mayor may grant what was not recommended").isEqualTo("GRANTED");
        String decisionText = new PdfTextExtractor(new PdfReader(referent.get("/api/applications/calls/" + callId + "/decision.pdf")
                .expect(200).bytes())).getTextFromPage(1);
        assertThat(decisionText).contains(name).contains("Rozstrzygnięcie naboru").contains("9 500,00 zł");

        // the unit sees its status and amount, never the committee's internal steps
        JsonArray history = granted.getJsonArray("history");
        assertThat(history.getValuesAs(JsonObject.class)).noneMatch(e -> e.getString("action").equals("SCORED") || e.getString("action").equals("ASSIGNED"));
        assertThat(history.getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .containsSubsequence("EVALUATION_STARTED", "EVALUATED", "RECOMMENDED", "GRANTED");
        List<JsonObject> mine = secretariat.get("/api/applications/mine").expect(200).array().getValuesAs(JsonObject.class);
        assertThat(mine).filteredOn(r -> r.getJsonNumber("id").longValue() == a)
                .singleElement().satisfies(r -> assertThat(r.getJsonNumber("granted").bigDecimalValue()).isEqualByComparingTo("6000"));

        // the post-project report, then settlement
        assertThat(secretariat.post("/api/applications/" + a + "/report", obj("{'text': 'Zrobione'}")).expect(422).body())
                .contains("Pole „Osiągnięte rezultaty”: to pole jest wymagane");
        secretariat.post("/api/applications/" + a + "/report", obj("{'form': {'f1': 'Ogród działa, 120 uczniów korzysta'}}")).expect(204);
        assertThat(status(secretariat, a)).isEqualTo("REPORT_SUBMITTED");
        referent.post("/api/applications/" + a + "/settlement", empty()).expect(204);
        JsonObject settled = secretariat.get("/api/applications/" + a).expect(200).obj();
        assertThat(settled.getString("status")).isEqualTo("SETTLED");
        assertThat(settled.getJsonObject("reportAnswers").getString("f1")).isEqualTo("Ogród działa, 120 uczniów korzysta");
        secretariat.post("/api/applications/" + c + "/report", obj("{'form': {'f1': 'x'}}")).expect(404);

        // the department's view keeps every step, scores included
        List<String> full = referent.get("/api/applications/" + a).expect(200).obj().getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action")).toList();
        assertThat(full).contains("ASSIGNED", "SCORED", "REPORT_SUBMITTED", "SETTLED");
        // and reading application data is audited
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "Application", "entityId", a, "action", "VIEW_DOCUMENT"))
                .expect(200).total()).isGreaterThan(0);
    }
}
