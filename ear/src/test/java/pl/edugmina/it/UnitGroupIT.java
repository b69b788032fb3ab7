package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Registry;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Unit groups as the department keeps them: built-in by type, user-defined with chosen members. */
class UnitGroupIT extends DeployedApplication {

    private final Api referent = Api.as("referent");

    @Test
    void builtInGroupsCountTheUnitsOfEachType() {
        JsonObject groups = referent.get("/api/groups").expect(200).obj();
        JsonObject primary = groups.getJsonArray("builtIn").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getInt("typeId") == 2).findFirst().orElseThrow();
        int primaries = referent.get("/api/units?" + Api.query("typeId", 2, "size", 1)).expect(200).total();
        assertThat(primary.getString("name")).isEqualTo("Szkoła podstawowa");
        assertThat(primary.getJsonNumber("memberCount").longValue()).isEqualTo(primaries);
    }

    @Test
    void aReferentDefinesAGroupAndTheRegistryFiltersByIt() {
        List<Long> chosen = Api.ids(Registry.units(referent, "typeId", 1)).subList(0, 3);
        String name = "Przedszkola z basenem " + System.nanoTime();
        JsonObject body = Json.createObjectBuilder().add("name", name).add("description", "grupa testowa")
                .add("memberIds", Json.createArrayBuilder(chosen)).build();
        long id = referent.post("/api/groups", body).expect(201).obj().getJsonNumber("id").longValue();

        List<JsonObject> members = Registry.units(referent, "groupId", id);
        assertThat(Api.ids(members)).containsExactlyInAnyOrderElementsOf(chosen);

        // the same name again is refused with a message at the field
        Api.Response duplicate = referent.post("/api/groups", body);
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.body()).contains("\"field\":\"name\"").contains("już istnieje");

        // changing the members is recorded in the audit log with before and after
        int version = referent.get("/api/groups/" + id).expect(200).obj().getInt("version");
        JsonObject smaller = Json.createObjectBuilder().add("name", name).add("memberIds", Json.createArrayBuilder(chosen.subList(0, 1))).build();
        referent.put("/api/groups/" + id + "?version=" + version, smaller).expect(204);
        assertThat(Api.ids(Registry.units(referent, "groupId", id))).containsExactly(chosen.get(0));
        List<JsonObject> events = Api.as("admin").get("/api/audit?" + Api.query("entityType", "UnitGroup", "entityId", id)).expect(200).rows();
        assertThat(events).extracting(e -> e.getString("action")).contains("CREATE", "UPDATE");
        assertThat(events).filteredOn(e -> e.getString("action").equals("UPDATE"))
                .allSatisfy(e -> assertThat(e.getString("changes")).contains("members"));

        referent.delete("/api/groups/" + id).expect(204);
        assertThat(referent.get("/api/groups/" + id).status()).isEqualTo(404);
    }

    @Test
    void unitStaffSeeGroupsButCannotChangeThem() {
        Api director = Api.as("dyrektor.szkoly");
        assertThat(director.get("/api/groups").status()).isEqualTo(200);
        JsonObject body = Json.createObjectBuilder().add("name", "Moja grupa " + System.nanoTime())
                .add("memberIds", Json.createArrayBuilder()).build();
        assertThat(director.post("/api/groups", body).status()).isEqualTo(403);
        assertThat(Api.as("rodzic").get("/api/groups").status()).isEqualTo(403);
    }
}
