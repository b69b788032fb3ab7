package pl.edugmina.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Registry;
import pl.edugmina.it.support.Server;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Invalid data, lost updates and duplicates are refused with messages a clerk understands. */
class UnitValidationIT extends DeployedApplication {



    private final Api referent = Api.as("referent");

    private long someUnit(int index) {
        return Registry.id(Registry.units(referent, "sort", "name", "asc", false).get(index));
    }

    @Test
    void invalidFieldsAreRefusedWith422NamingEachFieldAndNothingChanges() {
        long id = someUnit(3);
        JsonObject unit = Registry.unit(referent, id);
        JsonObject invalid = Api.with(unit.getJsonObject("data"),
                "regon", "123456789",          // wrong check digit
                "nip", "1234567890",           // wrong check digit
                "postalCode", "20001",         // not NN-NNN
                "email", "sekretariat@@szkola", // not an address
                "phone", "+48814669999");      // valid: must not be applied either

        Api.Response r = referent.put(Registry.put(id, unit), invalid);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.contentType()).contains("application/json");
        JsonObject body = r.obj();
        assertThat(body.getString("message")).isNotBlank();
        Map<String, String> violations = body.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(v -> v.getString("field"), v -> v.getString("message"), (a, b) -> a + "; " + b));
        assertThat(violations).containsKeys("regon", "nip", "postalCode", "email");
        assertThat(violations).doesNotContainKey("phone");
        assertThat(violations.values()).allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("{", "unit.", "validation."));
        assertThat(violations.get("postalCode")).containsIgnoringCase("kod");

        JsonObject after = Registry.unit(referent, id);
        assertThat(after.getJsonObject("data")).isEqualTo(unit.getJsonObject("data"));
        assertThat(after.getJsonNumber("version")).isEqualTo(unit.getJsonNumber("version"));
    }

    @Test
    void eachInvalidFieldAloneIsRefused() {
        long id = someUnit(4);
        JsonObject unit = Registry.unit(referent, id);
        for (Map.Entry<String, String> bad : Map.of("regon", "12345678", "nip", "123-456-78-90",
                "postalCode", "2O-001", "email", "bez-malpy.lublin.eu").entrySet()) {
            Api.Response r = referent.put(Registry.put(id, unit), Api.with(unit.getJsonObject("data"), bad.getKey(), bad.getValue()));
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(422);
            assertThat(r.obj().getJsonArray("violations").getValuesAs(JsonObject.class))
                    .extracting(v -> v.getString("field")).as(bad.toString()).containsExactly(bad.getKey());
        }
        assertThat(Registry.unit(referent, id).getJsonObject("data")).isEqualTo(unit.getJsonObject("data"));
    }

    @Test
    void staleVersionIsAConflict() {
        long id = someUnit(5);
        JsonObject unit = Registry.unit(referent, id);
        JsonObject data = unit.getJsonObject("data");
        referent.put(Registry.put(id, unit), Api.with(data, "phone", "+48814661111")).expect(204);

        // a second clerk still holding the old version
        Api.Response r = Api.as("kierownik").put(Registry.put(id, unit), Api.with(data, "phone", "+48814662222"));
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.obj().getString("message")).isNotBlank();
        assertThat(Registry.unit(referent, id).getJsonObject("data").getString("phone")).isEqualTo("+48814661111");
    }

    @Test
    void creatingUnitWithExistingRspoNumberIsRefused() {
        JsonObject existing = Registry.unit(referent, someUnit(6));
        int rspo = existing.getJsonObject("data").getInt("rspoNumber");
        JsonObject copy = Api.with(existing.getJsonObject("data"), "name", "Duplikat " + System.nanoTime());
        int before = referent.get("/api/units?size=1").expect(200).total();

        Api.Response r = referent.post("/api/units", copy);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        List<JsonObject> violations = r.obj().getJsonArray("violations").getValuesAs(JsonObject.class);
        assertThat(violations).extracting(v -> v.getString("field")).contains("rspoNumber");
        assertThat(violations).filteredOn(v -> v.getString("field").equals("rspoNumber"))
                .allSatisfy(v -> assertThat(v.getString("message")).isNotBlank());
        assertThat(referent.get("/api/units?size=1").expect(200).total()).isEqualTo(before);
        assertThat(Registry.units(referent, "text", String.valueOf(rspo))).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void creatingAValidUnitWorks() {
        int rspo = 900_000 + (int) (System.nanoTime() % 90_000);
        JsonObject template = Registry.unit(referent, someUnit(7)).getJsonObject("data");
        JsonObject data = Api.with(template, "rspoNumber", rspo, "name", "Nowa placówka testowa " + rspo,
                "regon", Registry.regon9(String.valueOf(10_000_000 + rspo)), "nip", null, "parentRspoNumber", null);
        Api.Response r = referent.post("/api/units", data).expect(201);
        long id = r.obj().getJsonNumber("id").longValue();
        JsonObject created = Registry.unit(referent, id);
        assertThat(created.getJsonObject("data").getInt("rspoNumber")).isEqualTo(rspo);
        assertThat(created.getJsonObject("data").getString("name")).isEqualTo("Nowa placówka testowa " + rspo);
        assertThat(Api.as("dyrektor.szkoly").get("/api/units/" + id).status()).isEqualTo(404);
        assertThat(Api.as("sekretariat").post("/api/units", Api.with(data, "rspoNumber", rspo + 1)).status()).isEqualTo(403);
    }
}
