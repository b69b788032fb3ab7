package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The innovations register and the teacher job bank: units keep their entries, the department sees the city; the
 * public sees open offers without logging in and without personal data; an open offer is corrected by its unit or the
 * department with the version they saw (a stale one and a closed offer are conflicts); a candidate enters themselves
 * (consent required) and is seen only by the department and by the units whose offers they applied to.
 */
class RegistersIT extends DeployedApplication {

    private static long unitOf(String login) {
        return Api.as(login).get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static JsonObject innovation(long unit, String title) {
        return Json.createObjectBuilder().add("unitId", unit).add("title", title)
                .add("kinds", Json.createArrayBuilder().add("CURRICULAR").add("METHODOLOGICAL")).add("subjectArea", "matematyka")
                .add("classes", "4a, 4b").add("dateFrom", "2025-09-01").add("dateTo", "2027-06-26")
                .add("authors", "Anna Wiśniewska, Piotr Zając").add("status", "RUNNING").build();
    }

    private static long offer(Api who, long unit, String position) {
        return who.post("/api/jobs/offers", Json.createObjectBuilder().add("unitId", unit).add("position", position).add("hoursPerWeek", "18")
                .add("employmentFrom", LocalDate.now().plusDays(30).toString()).add("deadline", LocalDate.now().plusDays(14).toString())
                .add("description", "Umowa na czas określony, wymagane kwalifikacje do nauczania przedmiotu.").build())
                .expect(201).obj().getJsonNumber("id").longValue();
    }

    private static JsonObject candidate(String name, boolean consent, long... offers) {
        var ids = Json.createArrayBuilder();
        for (long o : offers) {
            ids.add(o);
        }
        return Json.createObjectBuilder().add("fullName", name).add("email", "kandydat." + Long.toString(System.nanoTime(), 36) + "@example.org")
                .add("subjects", "matematyka, informatyka").add("qualifications", "Magister matematyki, przygotowanie pedagogiczne, 5 lat stażu.")
                .add("consent", consent).add("offerIds", ids).build();
    }

    private static List<String> candidateNames(Api who) {
        return who.get("/api/jobs/candidates").expect(200).array().getValuesAs(JsonObject.class).stream().map(c -> c.getString("fullName")).toList();
    }

    @Test
    void innovationsAreKeptByTheUnitAndSearchedCityWide() {
        long school = unitOf("dyrektor.szkoly");
        String title = unique("Matematyka z robotami");
        long id = Api.as("dyrektor.szkoly").post("/api/innovations", innovation(school, title)).expect(201).obj().getJsonNumber("id").longValue();

        JsonObject found = Api.as("referent").get("/api/innovations?" + Api.query("q", "robotami", "kind", "METHODOLOGICAL", "year", 2026))
                .expect(200).array().getValuesAs(JsonObject.class).stream().filter(r -> r.getString("title").equals(title)).findFirst().orElseThrow();
        assertThat(found.getJsonArray("kinds").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("CURRICULAR", "METHODOLOGICAL");
        assertThat(Api.as("referent").get("/api/innovations?" + Api.query("q", title, "kind", "ORGANIZATIONAL")).expect(200).array()).isEmpty();
        assertThat(Api.as("referent").get("/api/innovations?" + Api.query("q", title, "year", 2028)).expect(200).array()).isEmpty();

        Api other = Api.as("dyrektor.zespolu");
        assertThat(other.get("/api/innovations?" + Api.query("q", title)).expect(200).array()).isEmpty();
        other.get("/api/innovations/" + id).expect(404);
        other.delete("/api/innovations/" + id).expect(404);
        other.post("/api/innovations", innovation(school, "Cudza")).expect(404);
        Api.as("ksiegowosc").post("/api/innovations", innovation(school, "Księgowość")).expect(403);
        Api.as("referent").post("/api/innovations", innovation(school, "Wydział")).expect(403);

        int version = Api.as("sekretariat").get("/api/innovations/" + id).expect(200).obj().getInt("version");
        Api.as("sekretariat").put("/api/innovations/" + id + "?version=" + version,
                Json.createObjectBuilder(innovation(school, title)).add("status", "FINISHED").build()).expect(204);
        assertThat(Api.as("dyrektor.szkoly").get("/api/innovations/" + id).expect(200).obj().getString("status")).isEqualTo("FINISHED");
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "Innovation", "entityId", id)).expect(200).total()).isEqualTo(2);

        JsonObject refused = Api.as("dyrektor.szkoly").post("/api/innovations", Json.createObjectBuilder().add("unitId", school).add("title", "x")
                .add("kinds", Json.createArrayBuilder()).add("dateFrom", "2026-09-01").add("dateTo", "2026-01-01").build()).expect(422).obj();
        assertThat(refused.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .contains("kinds", "classes", "authors", "status", "dateTo");
    }

    @Test
    void thePublicSeesOpenOffersWithoutLoginAndWithoutPersonalData() {
        long school = unitOf("dyrektor.szkoly");
        String position = unique("Nauczyciel fizyki");
        long id = offer(Api.as("dyrektor.szkoly"), school, position);

        List<JsonObject> open = Api.anonymous().get("/api/public/jobs").expect(200).array().getValuesAs(JsonObject.class);
        JsonObject mine = open.stream().filter(o -> o.getString("position").equals(position)).findFirst().orElseThrow();
        assertThat(mine.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(mine.getString("unitName")).isNotBlank();
        assertThat(mine.keySet()).containsOnly("id", "unitName", "locality", "position", "hoursPerWeek", "employmentFrom", "deadline", "description");
        assertThat(Api.anonymous().get("/api/public/jobs").body()).doesNotContain("dyrektor.szkoly");
        assertThat(Api.anonymous().get("/api/public/jobs/consent").expect(200).obj().getString("text")).contains("zgodę");

        // closed offers leave the public list and take no more applications
        Api.as("dyrektor.zespolu").post("/api/jobs/offers/" + id + "/close", Json.createObjectBuilder().build()).expect(404);
        Api.as("dyrektor.szkoly").post("/api/jobs/offers/" + id + "/close", Json.createObjectBuilder().build()).expect(204);
        assertThat(Api.anonymous().get("/api/public/jobs").expect(200).array().getValuesAs(JsonObject.class))
                .noneMatch(o -> o.getString("position").equals(position));
        JsonObject late = Api.anonymous().post("/api/public/jobs/candidates", candidate(unique("Ewa Spóźniona"), true, id)).expect(422).obj();
        assertThat(late.getJsonArray("violations").getJsonObject(0).getString("message")).contains("nie przyjmuje zgłoszeń");

        // the rest of the job bank needs a login; an offer's deadline cannot be in the past
        Api.anonymous().get("/api/jobs/offers").expect(401);
        Api.anonymous().get("/api/jobs/candidates").expect(401);
        Api.as("dyrektor.szkoly").post("/api/jobs/offers", Json.createObjectBuilder().add("unitId", school).add("position", "x").add("hoursPerWeek", 18)
                .add("employmentFrom", LocalDate.now().plusDays(10).toString()).add("deadline", LocalDate.now().minusDays(1).toString()).build())
                .expect(422);
    }

    private static JsonObject offerBody(String position, String hours, int startsInDays, int deadlineInDays, String description) {
        return Json.createObjectBuilder().add("position", position).add("hoursPerWeek", hours)
                .add("employmentFrom", LocalDate.now().plusDays(startsInDays).toString())
                .add("deadline", LocalDate.now().plusDays(deadlineInDays).toString()).add("description", description).build();
    }

    private static int auditCount(long offer) {
        return Api.as("admin").get("/api/audit?" + Api.query("entityType", "JobOffer", "entityId", offer)).expect(200).total();
    }

    @Test
    void anOpenOfferIsCorrectedByItsUnitOrTheDepartmentWithTheVersionTheySawAndAClosedOneIsNot() {
        long school = unitOf("dyrektor.szkoly");
        Api director = Api.as("dyrektor.szkoly");
        long id = offer(director, school, unique("Nauczyciel biologii"));
        JsonObject seen = director.get("/api/jobs/offers/" + id).expect(200).obj();
        int version = seen.getInt("version");
        assertThat(seen.getString("status")).isEqualTo("OPEN");

        // the unit corrects its open offer; the public list shows the correction at once
        String corrected = unique("Nauczyciel biologii i przyrody");
        director.put("/api/jobs/offers/" + id + "?version=" + version,
                offerBody(corrected, "12,5", 45, 21, "Pół etatu, od nowego semestru.")).expect(204);
        JsonObject after = Api.as("sekretariat").get("/api/jobs/offers/" + id).expect(200).obj();
        assertThat(after.getString("position")).isEqualTo(corrected);
        assertThat(after.getJsonNumber("hoursPerWeek").bigDecimalValue()).isEqualByComparingTo("12.5");
        assertThat(after.getString("employmentFrom")).isEqualTo(LocalDate.now().plusDays(45).toString());
        assertThat(after.getString("deadline")).isEqualTo(LocalDate.now().plusDays(21).toString());
        assertThat(after.getString("description")).isEqualTo("Pół etatu, od nowego semestru.");
        assertThat(after.getInt("version")).isGreaterThan(version);
        JsonObject published = Api.anonymous().get("/api/public/jobs").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(published.getString("position")).isEqualTo(corrected);

        // the version the user saw is required, and a stale one is a conflict that changes nothing
        director.put("/api/jobs/offers/" + id, offerBody("Bez wersji", "18", 30, 14, "x")).expect(422);
        JsonObject stale = director.put("/api/jobs/offers/" + id + "?version=" + version, offerBody(unique("Nieaktualna"), "18", 30, 14, "x"))
                .expect(409).obj();
        assertThat(stale.getString("message")).contains("Ktoś inny zmienił");
        assertThat(Api.as("sekretariat").get("/api/jobs/offers/" + id).expect(200).obj().getString("position")).isEqualTo(corrected);

        // the department corrects any open offer; another unit does not see it; the accountant may not
        int current = after.getInt("version");
        Api.as("dyrektor.zespolu").put("/api/jobs/offers/" + id + "?version=" + current, offerBody("Cudza", "18", 30, 14, "x")).expect(404);
        Api.as("dyrektor.zespolu").get("/api/jobs/offers/" + id).expect(404);
        Api.as("ksiegowosc").put("/api/jobs/offers/" + id + "?version=" + current, offerBody("Księgowość", "18", 30, 14, "x")).expect(403);
        Api.anonymous().put("/api/jobs/offers/" + id + "?version=" + current, offerBody("Anonim", "18", 30, 14, "x")).expect(401);
        String byDepartment = unique("Nauczyciel biologii (poprawione przez wydział)");
        Api.as("referent").put("/api/jobs/offers/" + id + "?version=" + current, offerBody(byDepartment, "12,5", 45, 21, "Pół etatu.")).expect(204);
        JsonObject byDept = director.get("/api/jobs/offers/" + id).expect(200).obj();
        assertThat(byDept.getString("position")).isEqualTo(byDepartment);

        // a correction is checked like a new offer: every wrong field named, nothing changed
        JsonObject wrong = director.put("/api/jobs/offers/" + id + "?version=" + byDept.getInt("version"),
                offerBody(" ", "70", 10, -1, "x")).expect(422).obj();
        assertThat(wrong.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .contains("position", "hoursPerWeek", "deadline");
        assertThat(director.get("/api/jobs/offers/" + id).expect(200).obj().getString("position")).isEqualTo(byDepartment);

        // closed: it stays as it was closed, for the unit and the department alike; offers are closed, never deleted
        director.post("/api/jobs/offers/" + id + "/close", Json.createObjectBuilder().build()).expect(204);
        int closedVersion = director.get("/api/jobs/offers/" + id).expect(200).obj().getInt("version");
        JsonObject closed = director.put("/api/jobs/offers/" + id + "?version=" + closedVersion, offerBody(unique("Po zamknięciu"), "18", 30, 14, "x"))
                .expect(409).obj();
        assertThat(closed.getString("message")).contains("zamknięta").contains("nie można jej poprawić");
        Api.as("referent").put("/api/jobs/offers/" + id + "?version=" + closedVersion, offerBody("Po zamknięciu", "18", 30, 14, "x")).expect(409);
        JsonObject end = director.get("/api/jobs/offers/" + id).expect(200).obj();
        assertThat(end.getString("position")).isEqualTo(byDepartment);
        assertThat(end.getString("status")).isEqualTo("CLOSED");
        assertThat(director.delete("/api/jobs/offers/" + id).status()).isEqualTo(405);

        // created, corrected twice, closed: each in the audit log, nothing for the refused attempts
        assertThat(auditCount(id)).isEqualTo(4);
    }

    @Test
    void aCandidateIsSeenOnlyByTheDepartmentAndTheUnitsWhoseOffersTheyAppliedTo() {
        long school = unitOf("dyrektor.szkoly");
        long zespol = unitOf("dyrektor.zespolu");
        long schoolOffer = offer(Api.as("sekretariat"), school, unique("Nauczyciel matematyki"));
        long zespolOffer = offer(Api.as("dyrektor.zespolu"), zespol, unique("Nauczyciel chemii"));
        String toSchool = unique("Jan Matematyk");
        String toZespol = unique("Maria Chemik");
        String nobody = unique("Tomasz Bezoferty");
        String noConsent = unique("Adam Bezzgody");

        JsonObject refused = Api.anonymous().post("/api/public/jobs/candidates", candidate(noConsent, false, schoolOffer)).expect(422).obj();
        assertThat(refused.getJsonArray("violations").getValuesAs(JsonObject.class)).anyMatch(v -> v.getString("field").equals("consent")
                && v.getString("message").contains("zgody"));
        Api.anonymous().post("/api/public/jobs/candidates", Json.createObjectBuilder(candidate(unique("Zły Adres"), true)).add("email", "nie-adres")
                .build()).expect(422);
        Api.anonymous().post("/api/public/jobs/candidates", candidate(toSchool, true, schoolOffer)).expect(201);
        Api.anonymous().post("/api/public/jobs/candidates", candidate(toZespol, true, zespolOffer)).expect(201);
        Api.anonymous().post("/api/public/jobs/candidates", candidate(nobody, true)).expect(201);

        assertThat(candidateNames(Api.as("referent"))).contains(toSchool, toZespol, nobody).doesNotContain(noConsent);
        assertThat(candidateNames(Api.as("dyrektor.szkoly"))).contains(toSchool).doesNotContain(toZespol, nobody, noConsent);
        assertThat(candidateNames(Api.as("sekretariat"))).contains(toSchool).doesNotContain(toZespol, nobody);
        assertThat(candidateNames(Api.as("dyrektor.zespolu"))).contains(toZespol).doesNotContain(toSchool, nobody);
        JsonObject seen = Api.as("dyrektor.szkoly").get("/api/jobs/candidates").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("fullName").equals(toSchool)).findFirst().orElseThrow();
        assertThat(seen.getJsonArray("appliedTo")).hasSize(1);
        Api.as("ksiegowosc").get("/api/jobs/candidates").expect(403);
        Api.as("rodzic").get("/api/jobs/candidates").expect(403);

        List<JsonObject> offers = Api.as("dyrektor.szkoly").get("/api/jobs/offers").expect(200).array().getValuesAs(JsonObject.class);
        assertThat(offers).allMatch(o -> o.getJsonNumber("unitId").longValue() == school);
        assertThat(offers.stream().filter(o -> o.getJsonNumber("id").longValue() == schoolOffer).findFirst().orElseThrow().getInt("applications"))
                .isEqualTo(1);
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("entityType", "JobCandidate", "action", "VIEW_PERSONAL_DATA")).expect(200).total())
                .isGreaterThanOrEqualTo(5);
    }
}
