package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register of contracts with external parties: a school records its contracts; one below the city's minimum rate
 * is flagged with the reason on the school's list and on the city-wide list; the department's rate for a year wins
 * over the configured default; a unit never sees another unit's contracts; every change is audited.
 */
class ContractsIT extends DeployedApplication {

    private static long unitOf(String login) {
        return Api.as(login).get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    static JsonObject contract(long unit, String party, String type, String kind, String amount, String from, String to) {
        var b = Json.createObjectBuilder().add("unitId", unit).add("partyName", party).add("subject", "Zajęcia pozalekcyjne: " + party)
                .add("type", type).add("rateKind", kind).add("amount", amount).add("dateFrom", from);
        if (to != null) {
            b.add("dateTo", to);
        }
        return b.build();
    }

    private static JsonObject row(Api who, String party) {
        List<JsonObject> rows = who.get("/api/contracts?" + Api.query("q", party)).expect(200).array().getValuesAs(JsonObject.class);
        assertThat(rows).as(who.login() + " sees " + party).hasSize(1);
        return rows.get(0);
    }

    private static String flag(JsonObject row) {
        JsonValue f = row.get("flag");
        return f == null || f == JsonValue.NULL ? null : row.getString("flag");
    }

    @Test
    void aContractBelowTheMinimumIsFlaggedWithItsReasonOnBothLists() {
        Api school = Api.as("dyrektor.szkoly");
        Api referent = Api.as("referent");
        Api head = Api.as("kierownik");
        long unit = unitOf("dyrektor.szkoly");
        String cheap = unique("Jan Kowalski – szachy");
        String fair = unique("Anna Nowak – robotyka");
        String hall = unique("Klub Sportowy Orlik");

        JsonObject created = school.post("/api/contracts", contract(unit, cheap, "ZLECENIE", "HOURLY", "28,00", "2093-02-01", "2093-06-30"))
                .expect(201).obj();
        assertThat(created.getString("flag")).contains("28,00 zł").contains("31,40 zł").contains("2093 r.");
        school.post("/api/contracts", contract(unit, fair, "ZLECENIE", "HOURLY", "31.40", "2093-02-01", "2093-06-30")).expect(201);
        school.post("/api/contracts", contract(unit, hall, "NAJEM", "HOURLY", "50", "2093-01-01", "2093-12-31")).expect(201);

        assertThat(flag(row(school, cheap))).contains("Umowa zlecenie").contains("31,40 zł");
        assertThat(flag(row(school, fair))).as("exactly the minimum").isNull();
        assertThat(flag(row(school, hall))).as("no standard for rent yet").isNull();

        // the department sets the city's standard for renting halls; the contract is flagged at once, on both lists
        referent.put("/api/contracts/minimum-rates/NAJEM/2093/HOURLY", Json.createObjectBuilder().add("amount", 60).build()).expect(403);
        head.put("/api/contracts/minimum-rates/NAJEM/2093/HOURLY", Json.createObjectBuilder().add("amount", "60,00").build()).expect(204);
        assertThat(flag(row(school, hall))).contains("50,00 zł").contains("60,00 zł");
        List<JsonObject> flagged = referent.get("/api/contracts?" + Api.query("flagged", true, "unitId", unit)).expect(200).array()
                .getValuesAs(JsonObject.class);
        assertThat(flagged).extracting(r -> r.getString("partyName")).contains(cheap, hall).doesNotContain(fair);
        assertThat(flagged).allMatch(r -> flag(r) != null);

        // the department's own rate for the year wins over the configured default; removing it brings the default back
        head.put("/api/contracts/minimum-rates/ZLECENIE/2093/HOURLY", Json.createObjectBuilder().add("amount", "27,50").build()).expect(204);
        assertThat(flag(row(referent, cheap))).isNull();
        head.put("/api/contracts/minimum-rates/ZLECENIE/2093/HOURLY", Json.createObjectBuilder().addNull("amount").build()).expect(204);
        assertThat(flag(row(referent, cheap))).contains("31,40 zł");
        List<JsonObject> rates = referent.get("/api/contracts/minimum-rates").expect(200).array().getValuesAs(JsonObject.class);
        assertThat(rates).anyMatch(r -> r.getBoolean("configured") && r.getString("typeCode").equals("ZLECENIE"));
        assertThat(rates).anyMatch(r -> !r.getBoolean("configured") && r.getString("typeCode").equals("NAJEM") && r.getInt("year") == 2093);

        // the city-wide export carries the flag and the reason
        Api.Response csv = referent.get("/api/contracts/export?" + Api.query("format", "csv", "unitId", unit, "q", cheap)).expect(200);
        assertThat(csv.body()).contains(cheap).contains("28,00").contains(";tak;").contains("31,40 zł");
        Api.Response xlsx = referent.get("/api/contracts/export?" + Api.query("format", "xlsx", "unitId", unit)).expect(200);
        assertThat(xlsx.bytes()).startsWith(new byte[] {'P', 'K', 3, 4});
        school.get("/api/contracts/export").expect(403);

        // a correction clears the flag; a stale version is refused
        JsonObject r = row(school, cheap);
        long id = r.getJsonNumber("id").longValue();
        int version = r.getInt("version");
        school.put("/api/contracts/" + id + "?version=" + version,
                contract(unit, cheap, "ZLECENIE", "HOURLY", "32,00", "2093-02-01", "2093-06-30")).expect(204);
        assertThat(flag(row(school, cheap))).isNull();
        school.put("/api/contracts/" + id + "?version=" + version,
                contract(unit, cheap, "ZLECENIE", "HOURLY", "20,00", "2093-02-01", "2093-06-30")).expect(409);
        int audited = Api.as("admin").get("/api/audit?" + Api.query("entityType", "ExternalContract", "entityId", id)).expect(200).total();
        assertThat(audited).as("created and corrected").isEqualTo(2);
    }

    @Test
    void aUnitNeverSeesAnotherUnitsContracts() {
        long school = unitOf("dyrektor.szkoly");
        long zespol = unitOf("dyrektor.zespolu");
        String party = unique("Firma Sprzątająca Błysk");
        long id = Api.as("sekretariat").post("/api/contracts", contract(school, party, "USLUGI", "MONTHLY", "4 200,00", "2093-01-01", null))
                .expect(201).obj().getJsonNumber("id").longValue();
        Api.as("dyrektor.zespolu").post("/api/contracts", contract(zespol, unique("Automaty Vending"), "NAJEM", "MONTHLY", "150", "2093-01-01", null))
                .expect(201);

        Api other = Api.as("dyrektor.zespolu");
        assertThat(other.get("/api/contracts?" + Api.query("q", party)).expect(200).array()).isEmpty();
        assertThat(other.get("/api/contracts").expect(200).array().getValuesAs(JsonObject.class))
                .allMatch(r -> r.getJsonNumber("unitId").longValue() != school);
        other.get("/api/contracts/" + id).expect(404);
        other.put("/api/contracts/" + id + "?version=0", contract(school, party, "USLUGI", "MONTHLY", "1", "2093-01-01", null)).expect(404);
        other.delete("/api/contracts/" + id).expect(404);
        other.post("/api/contracts", contract(school, "Cudza umowa", "USLUGI", "MONTHLY", "1", "2093-01-01", null)).expect(404);

        assertThat(row(Api.as("ksiegowosc"), party).getJsonNumber("id").longValue()).isEqualTo(id);
        Api.as("ksiegowosc").post("/api/contracts", contract(school, "Księgowość nie wpisuje", "USLUGI", "MONTHLY", "1", "2093-01-01", null)).expect(403);
        Api.as("referent").post("/api/contracts", contract(school, "Wydział nie wpisuje", "USLUGI", "MONTHLY", "1", "2093-01-01", null)).expect(403);
        assertThat(row(Api.as("referent"), party).getString("unitName")).isNotBlank();
        Api.as("rodzic").get("/api/contracts").expect(403);
        Api.anonymous().get("/api/contracts").expect(401);

        Api.as("dyrektor.szkoly").delete("/api/contracts/" + id).expect(204);
        assertThat(Api.as("referent").get("/api/contracts?" + Api.query("q", party)).expect(200).array()).isEmpty();
    }

    @Test
    void badEntriesAreRefusedFieldByField() {
        long school = unitOf("dyrektor.szkoly");
        JsonObject refused = Api.as("dyrektor.szkoly").post("/api/contracts", Json.createObjectBuilder().add("unitId", school)
                .add("partyName", " ").add("partyNip", "1234567890").add("type", "LEASING").add("rateKind", "MONTHLY").add("amount", 0)
                .add("hours", 5).add("dateFrom", "2093-05-01").add("dateTo", "2093-04-01").build()).expect(422).obj();
        assertThat(refused.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .contains("partyName", "partyNip", "subject", "type", "dateTo", "amount", "hours");
        Api.as("dyrektor.szkoly").post("/api/contracts", Json.createObjectBuilder().add("unitId", school).add("dateFrom", "1.05.2093").build())
                .expect(422);
    }
}
