package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repair and failure requests: a school asks with photos, the department reviews, allocates from the year's pool,
 * follows the work, settles it, the school accepts, the department closes; every step in the history and the audit
 * log. A unit never sees another unit's requests; the pool is never overdrawn; a forged or oversized photo is
 * refused with its reason and nothing is stored.
 */
class RepairsIT extends DeployedApplication {

    /** The smallest JPEG header and a valid PNG signature: what the content check looks at. */
    static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            (byte) 0xFF, (byte) 0xD9};

    /** The school's director, the department's head and one of its officers: who take the steps of the way. */
    private final Api director = Api.as("dyrektor.szkoly");
    private final Api head = Api.as("kierownik");
    private final Api officer = Api.as("referent");

    private static long unitOf(String login) {
        return Api.as(login).get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static JsonObject photo(String name, byte[] content) {
        return Json.createObjectBuilder().add("name", name).add("base64", Base64.getEncoder().encodeToString(content)).build();
    }

    static JsonObject request(long unit, String title, String cost) {
        return Json.createObjectBuilder().add("unitId", unit).add("title", title)
                .add("description", "Po ulewie woda cieknie przez sufit w sali 12; kapie na ławki.").add("location", "budynek A, sala 12")
                .add("category", "ROOF").add("priority", "URGENT").add("estimatedCost", cost).build();
    }

    private static long submit(Api who, JsonObject body) {
        return who.post("/api/repairs", body).expect(201).obj().getJsonNumber("id").longValue();
    }

    private static void step(Api who, long id, String action, JsonObject body, int expected) {
        who.post("/api/repairs/" + id + "/" + action, body == null ? Json.createObjectBuilder().build() : body).expect(expected);
    }

    private static String status(Api who, long id) {
        return who.get("/api/repairs/" + id).expect(200).obj().getJsonObject("row").getString("status");
    }

    private static int auditCount(long id) {
        return Api.as("admin").get("/api/audit?" + Api.query("entityType", "RepairRequest", "entityId", id, "size", 100)).expect(200).total();
    }

    @Test
    void fromTheSchoolsRequestToTheClosedCaseWithTheWholeHistory() {
        int year = 2091;
        long school = unitOf("dyrektor.szkoly");
        Api.as("dyrektor.wydzialu").put("/api/repairs/pools/" + year, Json.createObjectBuilder().add("amount", "250 000,00").build()).expect(200);

        String title = unique("Przeciekający dach nad salą 12");
        JsonObject body = Json.createObjectBuilder(request(school, title, "48 500,50"))
                .add("photos", Json.createArrayBuilder().add(photo("dach-1.jpg", JPG))).build();
        long id = submit(Api.as("sekretariat"), body);
        JsonObject detail = director.get("/api/repairs/" + id).expect(200).obj();
        assertThat(detail.getJsonObject("row").getString("status")).isEqualTo("SUBMITTED");
        assertThat(detail.getJsonObject("row").getJsonNumber("estimatedCost").bigDecimalValue()).isEqualByComparingTo("48500.50");
        assertThat(detail.getJsonArray("photos")).hasSize(1);
        long photoId = detail.getJsonArray("photos").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response img = officer.get("/api/repairs/photos/" + photoId).expect(200);
        assertThat(img.contentType()).startsWith("image/jpeg");
        assertThat(img.bytes()).isEqualTo(JPG);

        // the department takes it up and sends it back; the school corrects and submits again
        step(officer, id, "review", null, 204);
        step(officer, id, "return", Json.createObjectBuilder().add("comment", "").build(), 422);
        step(officer, id, "return", Json.createObjectBuilder().add("comment", "Proszę dołączyć zdjęcie zacieku i kosztorys.").build(), 204);
        assertThat(status(director, id)).isEqualTo("RETURNED");
        assertThat(director.get("/api/repairs/" + id).expect(200).obj().getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("RESUBMIT");
        director.put("/api/repairs/" + id, Json.createObjectBuilder(request(school, title, "52000")).add("priority", "SAFETY_HAZARD")
                .add("comment", "Kosztorys: 52 000 zł").add("photos", Json.createArrayBuilder().add(photo("zaciek.png", png()))).build()).expect(204);
        assertThat(status(director, id)).isEqualTo("SUBMITTED");

        // illegal steps are refused and change nothing
        step(officer, id, "settle", Json.createObjectBuilder().add("actualCost", 1000).add("invoiceNumber", "FV 1").build(), 409);
        step(head, id, "approve", Json.createObjectBuilder().add("amount", 50000).add("year", year).build(), 409);
        step(director, id, "accept", null, 409);
        step(officer, id, "review", null, 204);
        // money decisions belong to the head or the director of the department
        step(officer, id, "approve", Json.createObjectBuilder().add("amount", 50000).add("year", year).build(), 403);
        step(director, id, "review", null, 403);
        step(head, id, "approve", Json.createObjectBuilder().add("amount", "50 000,00").add("year", year).add("comment", "Z puli " + year).build(), 204);
        step(officer, id, "start", null, 204);
        step(officer, id, "settle", Json.createObjectBuilder().add("actualCost", "49 310,27").add("invoiceNumber", "").build(), 422);
        step(officer, id, "settle", Json.createObjectBuilder().add("actualCost", "49 310,27").add("invoiceNumber", "FV/2091/03/117").build(), 204);
        step(Api.as("sekretariat"), id, "accept", null, 403);
        step(Api.as("dyrektor.zespolu"), id, "accept", null, 404);
        step(director, id, "accept", Json.createObjectBuilder().add("comment", "Odebrano bez zastrzeżeń.").build(), 204);
        step(officer, id, "close", null, 204);
        step(officer, id, "close", null, 409);

        detail = director.get("/api/repairs/" + id).expect(200).obj();
        JsonObject row = detail.getJsonObject("row");
        assertThat(row.getString("status")).isEqualTo("CLOSED");
        assertThat(row.getString("priorityCode")).isEqualTo("SAFETY_HAZARD");
        assertThat(row.getJsonNumber("allocatedAmount").bigDecimalValue()).isEqualByComparingTo("50000.00");
        assertThat(row.getJsonNumber("actualCost").bigDecimalValue()).isEqualByComparingTo("49310.27");
        assertThat(detail.getString("invoiceNumber")).isEqualTo("FV/2091/03/117");
        assertThat(detail.getJsonArray("photos")).hasSize(2);
        List<JsonObject> history = detail.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("action"))
                .containsExactly("SUBMIT", "REVIEW", "RETURN", "RESUBMIT", "REVIEW", "APPROVE", "START", "SETTLE", "ACCEPT", "CLOSE");
        assertThat(history).extracting(h -> h.getString("actor"))
                .containsExactly("sekretariat", "referent", "referent", "dyrektor.szkoly", "referent", "kierownik", "referent",
                        "referent", "dyrektor.szkoly", "referent");
        assertThat(history.get(2).getString("comment")).isEqualTo("Proszę dołączyć zdjęcie zacieku i kosztorys.");
        assertThat(detail.getJsonArray("actions")).isEmpty();
        assertThat(auditCount(id)).as("every change audited").isEqualTo(10);

        // the pool: the settled cost replaced the allocation
        JsonObject pool = officer.get("/api/repairs/pools/" + year).expect(200).obj();
        assertThat(pool.getJsonNumber("pool").bigDecimalValue()).isEqualByComparingTo("250000.00");
        assertThat(pool.getJsonNumber("allocated").bigDecimalValue()).isEqualByComparingTo("50000.00");
        assertThat(pool.getJsonNumber("settled").bigDecimalValue()).isEqualByComparingTo("49310.27");
        assertThat(pool.getJsonNumber("remaining").bigDecimalValue()).isEqualByComparingTo("200689.73");
    }

    @Test
    void theSchoolRefusesDefectiveWorkWithAReasonAndAcceptsItOnceSettledAgain() {
        int year = 2093;
        long school = unitOf("dyrektor.szkoly");
        head.put("/api/repairs/pools/" + year, Json.createObjectBuilder().add("amount", "60 000,00").build()).expect(200);
        long id = submit(director, request(school, unique("Wymiana rynien i obróbek blacharskich"), "40000"));
        step(officer, id, "review", null, 204);
        step(head, id, "approve", Json.createObjectBuilder().add("amount", "40 000,00").add("year", year).build(), 204);
        step(officer, id, "start", null, 204);
        // refusing is the unit's step, and only once the work is settled
        step(director, id, "refuse-acceptance", Json.createObjectBuilder().add("comment", "Za wcześnie.").build(), 409);
        step(officer, id, "settle", Json.createObjectBuilder().add("actualCost", "38 500,00").add("invoiceNumber", "FV/2093/01/7").build(), 204);
        int audited = auditCount(id);

        // only the school's director refuses, and never without a reason; a refused step changes nothing
        step(officer, id, "refuse-acceptance", Json.createObjectBuilder().add("comment", "Wydział nie odbiera.").build(), 403);
        step(Api.as("sekretariat"), id, "refuse-acceptance", Json.createObjectBuilder().add("comment", "Sekretariat nie odbiera.").build(), 403);
        step(Api.as("dyrektor.zespolu"), id, "refuse-acceptance", Json.createObjectBuilder().add("comment", "Cudze.").build(), 404);
        JsonObject noReason = director.post("/api/repairs/" + id + "/refuse-acceptance", Json.createObjectBuilder().add("comment", "  ").build())
                .expect(422).obj().getJsonArray("violations").getJsonObject(0);
        assertThat(noReason.getString("field")).isEqualTo("comment");
        assertThat(noReason.getString("message")).isEqualTo("Podaj powód odmowy odbioru: wydział musi wiedzieć, co trzeba poprawić.");
        assertThat(status(director, id)).isEqualTo("DONE");
        assertThat(director.get("/api/repairs/" + id).expect(200).obj().getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("ACCEPT", "REFUSE_ACCEPTANCE");
        assertThat(auditCount(id)).as("refused attempts are not changes").isEqualTo(audited);

        String reason = "Rynny od strony boiska nie zostały wymienione, obróbka komina przecieka.";
        step(director, id, "refuse-acceptance", Json.createObjectBuilder().add("comment", reason).build(), 204);
        JsonObject detail = officer.get("/api/repairs/" + id).expect(200).obj();
        JsonObject row = detail.getJsonObject("row");
        assertThat(row.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(row.get("actualCost")).as("the settlement is withdrawn").isIn(null, JsonValue.NULL);
        assertThat(detail.get("invoiceNumber")).isIn(null, JsonValue.NULL);
        assertThat(row.getJsonNumber("allocatedAmount").bigDecimalValue()).as("the settled cost stays reserved").isEqualByComparingTo("38500.00");
        assertThat(detail.getString("lastComment")).isEqualTo(reason);
        JsonObject refusal = detail.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("action").equals("REFUSE_ACCEPTANCE")).findFirst().orElseThrow();
        assertThat(refusal.getString("actor")).isEqualTo("dyrektor.szkoly");
        assertThat(refusal.getString("comment")).as("the department sees the reason in the history").isEqualTo(reason);
        assertThat(refusal.getString("fromStatus")).isEqualTo("DONE");
        assertThat(refusal.getString("toStatus")).isEqualTo("IN_PROGRESS");
        assertThat(auditCount(id)).as("the refusal is audited").isEqualTo(audited + 1);
        JsonObject pool = head.get("/api/repairs/pools/" + year).expect(200).obj();
        assertThat(pool.getJsonNumber("remaining").bigDecimalValue()).as("the pool neither gains nor loses").isEqualByComparingTo("21500.00");
        step(director, id, "accept", null, 409);
        step(director, id, "refuse-acceptance", Json.createObjectBuilder().add("comment", reason).build(), 409);
        assertThat(director.get("/api/repairs/" + id).expect(200).obj().getJsonArray("actions")).isEmpty();

        // put right, settled again, accepted and closed
        step(officer, id, "settle", Json.createObjectBuilder().add("actualCost", "38 500,00").add("invoiceNumber", "FV/2093/01/7/K").build(), 204);
        step(director, id, "accept", Json.createObjectBuilder().add("comment", "Odebrano po poprawkach.").build(), 204);
        step(officer, id, "close", null, 204);
        detail = director.get("/api/repairs/" + id).expect(200).obj();
        assertThat(detail.getJsonObject("row").getString("status")).isEqualTo("CLOSED");
        assertThat(detail.getString("invoiceNumber")).isEqualTo("FV/2093/01/7/K");
        assertThat(detail.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(h -> h.getString("action"))
                .containsExactly("SUBMIT", "REVIEW", "APPROVE", "START", "SETTLE", "REFUSE_ACCEPTANCE", "SETTLE", "ACCEPT", "CLOSE");
        assertThat(auditCount(id)).isEqualTo(audited + 4);
    }

    @Test
    void anAllocationOverThePoolIsRefusedWithAPolishReasonAndThePoolIsUnchanged() {
        int year = 2092;
        long school = unitOf("dyrektor.szkoly");
        head.put("/api/repairs/pools/" + year, Json.createObjectBuilder().add("amount", 100000).build()).expect(200);
        long first = submit(Api.as("dyrektor.szkoly"), request(school, unique("Wymiana okien w sali 3"), "70000"));
        long second = submit(Api.as("dyrektor.szkoly"), request(school, unique("Instalacja c.o. w piwnicy"), "40000"));
        step(head, first, "review", null, 204);
        step(head, second, "review", null, 204);
        step(head, first, "approve", Json.createObjectBuilder().add("amount", 70000).add("year", year).build(), 204);

        Api.Response refused = head.post("/api/repairs/" + second + "/approve",
                Json.createObjectBuilder().add("amount", "30 000,01").add("year", year).build()).expect(422);
        JsonObject violation = refused.obj().getJsonArray("violations").getJsonObject(0);
        assertThat(violation.getString("field")).isEqualTo("amount");
        assertThat(violation.getString("message")).isEqualTo(
                "Brak środków w puli na 2092 r.: potrzeba 30 000,01 zł, a pozostało 30 000,00 zł (pula 100 000,00 zł, przyznano już 70 000,00 zł).");
        assertThat(status(head, second)).isEqualTo("UNDER_REVIEW");
        JsonObject pool = head.get("/api/repairs/pools/" + year).expect(200).obj();
        assertThat(pool.getJsonNumber("remaining").bigDecimalValue()).isEqualByComparingTo("30000.00");

        // a year without a pool, a pool below what is held, a bad amount
        JsonObject noPool = head.post("/api/repairs/" + second + "/approve", Json.createObjectBuilder().add("amount", 1).add("year", 2099).build())
                .expect(422).obj();
        assertThat(noPool.getJsonArray("violations").getJsonObject(0).getString("message")).contains("Nie ustalono puli").contains("2099");
        JsonObject shrink = head.put("/api/repairs/pools/" + year, Json.createObjectBuilder().add("amount", "69 999,99").build()).expect(422).obj();
        assertThat(shrink.getJsonArray("violations").getJsonObject(0).getString("message")).contains("70 000,00 zł");
        head.post("/api/repairs/" + second + "/approve", Json.createObjectBuilder().add("amount", "dużo").add("year", year).build()).expect(422);
        Api.as("referent").put("/api/repairs/pools/" + year, Json.createObjectBuilder().add("amount", 1).build()).expect(403);

        step(head, second, "approve", Json.createObjectBuilder().add("amount", "30 000,00").add("year", year).build(), 204);
        assertThat(head.get("/api/repairs/pools/" + year).expect(200).obj().getJsonNumber("remaining").bigDecimalValue()).isEqualByComparingTo("0");

        // the needs view sums by category and priority
        JsonObject needs = head.get("/api/repairs/needs?" + Api.query("unitId", school, "year", year)).expect(200).obj();
        JsonObject roof = needs.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals("ROOF")).findFirst().orElseThrow();
        assertThat(roof.getInt("count")).isGreaterThanOrEqualTo(2);
        assertThat(needs.getJsonObject("pool").getJsonNumber("allocated").bigDecimalValue()).isEqualByComparingTo("100000.00");
        assertThat(needs.getJsonArray("byPriority").getValuesAs(JsonObject.class)).extracting(s -> s.getString("code"))
                .containsExactly("SAFETY_HAZARD", "URGENT", "PLANNED");
    }

    @Test
    void aUnitNeverSeesAnotherUnitsRequests() {
        long school = unitOf("dyrektor.szkoly");
        long zespol = unitOf("dyrektor.zespolu");
        String title = unique("Awaria oświetlenia na korytarzu");
        long id = submit(Api.as("dyrektor.szkoly"), request(school, title, "3200"));
        long theirs = submit(Api.as("dyrektor.zespolu"), request(zespol, unique("Naprawa ogrodzenia"), "15000"));

        Api other = Api.as("dyrektor.zespolu");
        assertThat(other.get("/api/repairs?" + Api.query("q", title)).expect(200).array()).isEmpty();
        assertThat(other.get("/api/repairs").expect(200).array().getValuesAs(JsonObject.class))
                .allMatch(r -> r.getJsonNumber("unitId").longValue() != school);
        other.get("/api/repairs/" + id).expect(404);
        other.post("/api/repairs/" + id + "/photos?name=x.jpg", JPG, "image/jpeg").expect(404);
        other.put("/api/repairs/" + id, request(school, title, "1")).expect(404);
        other.post("/api/repairs", request(school, "Cudze zgłoszenie", "100")).expect(404);
        other.get("/api/repairs/needs").expect(403);

        Api accountant = Api.as("ksiegowosc");
        assertThat(accountant.get("/api/repairs?" + Api.query("q", title)).expect(200).array()).hasSize(1);
        accountant.get("/api/repairs/" + theirs).expect(404);
        accountant.post("/api/repairs", request(school, "Księgowość nie zgłasza", "100")).expect(403);
        Api.as("rodzic").get("/api/repairs").expect(403);
        Api.as("referent").post("/api/repairs", request(school, "Wydział nie zgłasza za szkołę", "100")).expect(403);
        assertThat(Api.as("referent").get("/api/repairs?" + Api.query("q", title)).expect(200).array()).hasSize(1);
        Api.anonymous().get("/api/repairs").expect(401);

        // a fresh account of the other unit sees none of the school's requests either
        Api fresh = pl.edugmina.it.support.Users.createReady("naprawy", "UNIT_SECRETARY", zespol, "Naprawy2026!bezpieczne");
        assertThat(fresh.get("/api/repairs").expect(200).array().getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("unitId").longValue()).doesNotContain(school).contains(zespol);
    }

    @Test
    void aForgedOrOversizedPhotoIsRefusedWithItsReasonAndNothingIsStored() {
        long school = unitOf("dyrektor.szkoly");
        String title = unique("Pęknięta rura w łazience");
        int before = director.get("/api/repairs").expect(200).array().size();

        // a program renamed to .jpg: the whole request is refused, every reason named, nothing stored
        JsonObject forged = Json.createObjectBuilder(request(school, title, "2500"))
                .add("photos", Json.createArrayBuilder().add(photo("rura.jpg", "MZ\u0090 this is not a photo".getBytes(StandardCharsets.ISO_8859_1)))
                        .add(photo("kosztorys.pdf", "%PDF-1.4 kosztorys".getBytes(StandardCharsets.US_ASCII)))).build();
        JsonObject refused = director.post("/api/repairs", forged).expect(422).obj();
        List<String> reasons = refused.getJsonArray("violations").getValuesAs(JsonObject.class).stream().map(v -> v.getString("message")).toList();
        assertThat(reasons).anyMatch(m -> m.contains("rura.jpg") && m.contains("nie jest plikiem JPG"));
        assertThat(reasons).anyMatch(m -> m.contains("kosztorys.pdf") && m.contains("nie jest zdjęciem"));
        assertThat(director.get("/api/repairs?" + Api.query("q", title)).expect(200).array()).isEmpty();
        assertThat(director.get("/api/repairs").expect(200).array()).hasSize(before);

        // an existing request keeps its photos when an oversized one is refused
        long id = submit(director, Json.createObjectBuilder(request(school, title, "2500"))
                .add("photos", Json.createArrayBuilder().add(photo("rura.jpg", JPG))).build());
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(JPG, 0, big, 0, 4);
        Api.Response tooBig = director.post("/api/repairs/" + id + "/photos?name=rura-duza.jpg", big, "image/jpeg");
        assertThat(tooBig.status()).as(tooBig.toString()).isIn(413, 422);
        assertThat(tooBig.obj().toString()).containsIgnoringCase("za duż");
        JsonObject detail = director.get("/api/repairs/" + id).expect(200).obj();
        assertThat(detail.getJsonArray("photos")).hasSize(1);
        assertThat(detail.getJsonObject("row").getString("status")).isEqualTo("SUBMITTED");
        assertThat(director.post("/api/repairs/" + id + "/photos?name=druga.png", png(), "image/png").expect(201).array()).hasSize(2);

        // every wrong field named at once
        JsonObject empty = director.post("/api/repairs", Json.createObjectBuilder().add("unitId", school).add("title", " ")
                .add("category", "BASEN").add("estimatedCost", "12,345").build()).expect(422).obj();
        assertThat(empty.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .contains("estimatedCost");
        JsonObject missing = director.post("/api/repairs", Json.createObjectBuilder().add("unitId", school).add("title", " ")
                .add("category", "BASEN").add("estimatedCost", 0).build()).expect(422).obj();
        assertThat(missing.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .contains("title", "description", "category", "priority", "estimatedCost");
    }

    static byte[] png() {
        return Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
