package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Registry;
import pl.edugmina.it.support.Server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing an RSPO file as a clerk does: a preview that tells, record by record and in Polish,
 * what would happen; applying it; re-applying the same file changes nothing; a broken file is
 * refused as a whole.
 */
class UnitImportIT extends DeployedApplication {



    private final Api referent = Api.as("referent");

    private static JsonObjectBuilder record(int rspo, String name, int typeId, String typeName) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("@id", "/api/placowki/" + rspo)
                .add("@type", "Placowka")
                .add("numerRspo", rspo);
        if (name != null) {
            b.add("nazwa", name);
        }
        return b.add("typ", Json.createObjectBuilder().add("@id", "/api/typ/" + typeId).add("id", typeId).add("nazwa", typeName));
    }

    private static JsonObjectBuilder fullNewRecord(int rspo, String name, String regon) {
        return record(rspo, name, 1, "Przedszkole")
                .add("statusPublicznoPrawny", Json.createObjectBuilder().add("id", 1).add("nazwa", "publiczna"))
                .add("organProwadzacyNazwa", "Gmina Lublin")
                .add("regon", regon)
                .add("wojewodztwoKodTERYT", "06")
                .add("powiatKodTERYT", "0663")
                .add("gminaKodTERYT", "0663011")
                .add("miejscowoscKodTERYT", "0950463")
                .add("ulica", "Testowa")
                .add("numerBudynku", "12")
                .add("kodPocztowy", "20-001")
                .add("miejscowosc", "Lublin")
                .add("telefon", "81 466 00 12")
                .add("email", "przedszkole" + rspo + "@edu.lublin.example")
                .add("dyrektorImie", "Anna")
                .add("dyrektorNazwisko", "Testowa")
                .add("dataRozpoczeciaDzialalnosci", "2024-09-01");
    }

    private static byte[] page(JsonObjectBuilder... records) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        Arrays.stream(records).forEach(members::add);
        JsonObject page = Json.createObjectBuilder()
                .add("@context", "/api/contexts/Placowka")
                .add("@id", "/api/placowki")
                .add("@type", "hydra:Collection")
                .add("hydra:member", members)
                .add("hydra:totalItems", records.length)
                .build();
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Api.Response preview(byte[] file) {
        return referent.post("/api/units/import/preview", file, "application/json");
    }

    private Api.Response apply(byte[] file) {
        return referent.post("/api/units/import", file, "application/json");
    }

    private static int auditTotal(Object... filters) {
        return Api.as("admin").get("/api/audit?" + Api.query(filters) + "&size=1").expect(200).total();
    }

    @Test
    void previewApplyAndReapply() {
        List<JsonObject> kindergartens = Registry.units(referent, "typeId", 1, "sort", "name", "asc", true);
        JsonObject toChange = kindergartens.get(1);
        JsonObject toKeep = kindergartens.get(2);
        String oldPhone = Registry.unit(referent, Registry.id(toChange)).getJsonObject("data").getString("phone", null);
        String newPhone = oldPhone != null && oldPhone.endsWith("77") ? "81 466 77 78" : "81 466 77 77";

        int base = 700_000 + (int) (System.currentTimeMillis() % 50_000) * 4;
        int newRspo = base;
        String newName = "Przedszkole Testowe nr " + newRspo + " w Lublinie";
        byte[] file = page(
                fullNewRecord(newRspo, newName, Registry.regon9("43" + newRspo)),
                record(toChange.getInt("rspoNumber"), toChange.getString("name"), 1, "Przedszkole").add("telefon", newPhone),
                record(toKeep.getInt("rspoNumber"), toKeep.getString("name"), 1, "Przedszkole"),
                fullNewRecord(base + 1, "Przedszkole ze złym REGON-em", "434284235"),
                record(base + 2, null, 1, "Przedszkole"),
                record(base + 3, "Placówka nieznanego typu", 999, "Typ spoza słownika"));

        // ------------------------------------------------------------ preview
        int unitsBefore = referent.get("/api/units?size=1").expect(200).total();
        JsonObject preview = preview(file).expect(200).obj();
        assertThat(preview.isNull("fileError")).as(preview.toString()).isTrue();
        List<JsonObject> rows = preview.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getInt("position")).containsExactly(1, 2, 3, 4, 5, 6);
        Map<Integer, JsonObject> byPosition = rows.stream().collect(Collectors.toMap(r -> r.getInt("position"), Function.identity()));

        assertThat(byPosition.get(1).getString("status")).isEqualTo("NEW");
        assertThat(byPosition.get(1).getInt("rspoNumber")).isEqualTo(newRspo);
        assertThat(byPosition.get(1).getString("name")).isEqualTo(newName);

        JsonObject changed = byPosition.get(2);
        assertThat(changed.getString("status")).as(changed.toString()).isEqualTo("CHANGED");
        assertThat(changed.getJsonArray("changedFields").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("phone");

        assertThat(byPosition.get(3).getString("status")).as(byPosition.get(3).toString()).isEqualTo("UNCHANGED");

        for (int p = 4; p <= 6; p++) {
            assertThat(byPosition.get(p).getString("status")).as(byPosition.get(p).toString()).isEqualTo("INVALID");
        }
        assertThat(reason(byPosition.get(4))).contains("REGON");
        assertThat(reason(byPosition.get(5)).toLowerCase(Locale.ROOT)).contains("nazw");
        assertThat(reason(byPosition.get(6)).toLowerCase(Locale.ROOT)).contains("typ").contains("999");
        assertThat(byPosition.get(4).getInt("rspoNumber")).isEqualTo(base + 1);

        assertThat(referent.get("/api/units?size=1").expect(200).total()).as("preview writes nothing").isEqualTo(unitsBefore);

        // ------------------------------------------------------------ apply
        JsonObject result = apply(file).expect(200).obj();
        assertThat(result.getInt("created")).isEqualTo(1);
        assertThat(result.getInt("updated")).isEqualTo(1);
        assertThat(result.getInt("unchanged")).isEqualTo(1);
        assertThat(result.getInt("invalid")).isEqualTo(3);

        assertThat(referent.get("/api/units?size=1").expect(200).total()).isEqualTo(unitsBefore + 1);
        List<JsonObject> found = Registry.units(referent, "text", newName);
        assertThat(found).hasSize(1);
        JsonObject created = Registry.unit(referent, Registry.id(found.get(0))).getJsonObject("data");
        assertThat(created.getInt("rspoNumber")).isEqualTo(newRspo);
        assertThat(created.getInt("typeId")).isEqualTo(1);
        assertThat(created.getString("postalCode")).isEqualTo("20-001");
        assertThat(created.getString("directorName")).isEqualTo("Anna Testowa");
        assertThat(Registry.units(referent, "text", "Placówka nieznanego typu")).isEmpty();
        assertThat(Registry.unit(referent, Registry.id(toChange)).getJsonObject("data").getString("phone"))
                .isEqualTo("+48" + newPhone.replace(" ", ""));
        assertThat(Api.as("admin").get("/api/audit?" + Api.query("actor", "referent", "action", "IMPORT", "size", 5)).expect(200).total())
                .isPositive();

        // ------------------------------------------------------------ re-apply: nothing to do
        int updatesBefore = auditTotal("action", "UPDATE");
        int createsBefore = auditTotal("action", "CREATE");
        JsonObject again = apply(file).expect(200).obj();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(3);
        assertThat(again.getInt("invalid")).isEqualTo(3);
        assertThat(auditTotal("action", "UPDATE")).as("no UPDATE events on re-import").isEqualTo(updatesBefore);
        assertThat(auditTotal("action", "CREATE")).isEqualTo(createsBefore);
        assertThat(preview(file).expect(200).obj().getJsonArray("rows").getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getInt("position") <= 3)
                .allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("UNCHANGED"));
    }

    @Test
    void malformedFileIsRefusedAsAWhole() {
        byte[] malformed = "{\"hydra:member\": [ {\"numerRspo\": 123, \"nazwa\": \"Niedokończ".getBytes(StandardCharsets.UTF_8);
        int units = referent.get("/api/units?size=1").expect(200).total();
        int imports = auditTotal("action", "IMPORT");

        JsonObject preview = preview(malformed).expect(200).obj();
        assertThat(preview.isNull("fileError")).isFalse();
        assertThat(preview.getString("fileError")).as("a Polish explanation").containsIgnoringCase("plik");
        assertThat(preview.getJsonArray("rows")).isEmpty();

        Api.Response applied = apply(malformed);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(422);
        assertThat(applied.obj().getString("message")).isNotBlank();

        assertThat(referent.get("/api/units?size=1").expect(200).total()).isEqualTo(units);
        assertThat(auditTotal("action", "IMPORT")).as("nothing imported").isEqualTo(imports);
    }

    @Test
    void fileOver20MegabytesIsRefusedWithAClearMessage() {
        byte[] head = "{\"hydra:member\": [".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "], \"hydra:totalItems\": 0}".getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy(head, 0, big, 0, head.length);
        System.arraycopy(tail, 0, big, big.length - tail.length, tail.length);

        Api.Response r = preview(big);
        String message;
        if (r.status() == 200) {
            message = r.obj().getString("fileError", null);
        } else {
            assertThat(r.status()).as(r.toString()).isIn(413, 422);
            message = r.obj().getString("message");
        }
        assertThat(message).as(r.toString()).isNotNull().containsIgnoringCase("duż");
    }

    @Test
    void onlyTheDepartmentImports() {
        byte[] file = page(record(1, "x", 1, "Przedszkole"));
        assertThat(Api.as("dyrektor.szkoly").post("/api/units/import/preview", file, "application/json").status()).isEqualTo(403);
        assertThat(Api.as("dyrektor.szkoly").post("/api/units/import", file, "application/json").status()).isEqualTo(403);
        assertThat(Api.anonymous().post("/api/units/import", file, "application/json").status()).isEqualTo(401);
    }

    private static String reason(JsonObject row) {
        String reason = row.getString("reason", null);
        assertThat(reason).as(row.toString()).isNotBlank();
        return reason;
    }
}
