package pl.edugmina.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Server;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.edugmina.it.support.Api.ids;

/**
 * Who sees and changes which units, per role, through the REST API: the department sees the
 * whole city; a unit's staff see their own unit (a zespół's director also its member units) and
 * nothing else, not even whether other units exist.
 */
class RoleScopingIT extends DeployedApplication {



    static List<JsonObject> allUnits(Api api) {
        return api.get("/api/units?" + Api.query("first", 0, "size", 1000, "sort", "name", "asc", true)).expect(200).rows();
    }

    static JsonObject me(Api api) {
        return api.get("/api/me").expect(200).obj();
    }

    static long unitIdOf(String login) {
        JsonObject me = me(Api.as(login));
        assertThat(me.isNull("unitId")).as(login + " has a unit: " + me).isFalse();
        return me.getJsonNumber("unitId").longValue();
    }

    @Test
    void departmentRolesSeeTheWholeCity() {
        for (String login : List.of("admin", "dyrektor.wydzialu", "kierownik", "referent")) {
            Api api = Api.as(login);
            Api.Response page = api.get("/api/units?" + Api.query("first", 0, "size", 1000)).expect(200);
            assertThat(page.total()).as(login).isGreaterThanOrEqualTo(140);
            assertThat(page.rows()).as(login).hasSize(page.total());
        }
    }

    @Test
    void meDescribesTheUser() {
        JsonObject me = me(Api.as("dyrektor.szkoly"));
        assertThat(me.getString("login")).isEqualTo("dyrektor.szkoly");
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("UNIT_DIRECTOR");
        long unit = me.getJsonNumber("unitId").longValue();
        assertThat(me.getJsonArray("unitScope").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(jakarta.json.JsonNumber::longValue).containsExactly(unit);

        JsonObject referent = me(Api.as("referent"));
        assertThat(referent.getJsonArray("roles").toString()).contains("DEPT_OFFICER");
        assertThat(referent.isNull("unitId")).isTrue();
    }

    @Test
    void schoolDirectorSeesExactlyOwnUnit() {
        long own = unitIdOf("dyrektor.szkoly");
        for (String login : List.of("dyrektor.szkoly", "sekretariat", "ksiegowosc")) {
            Api api = Api.as(login);
            assertThat(unitIdOf(login)).as(login + " works in the same school").isEqualTo(own);
            Api.Response page = api.get("/api/units?" + Api.query("first", 0, "size", 1000)).expect(200);
            assertThat(page.total()).as(login).isEqualTo(1);
            assertThat(ids(page.rows())).as(login).containsExactly(own);
            JsonObject unit = api.get("/api/units/" + own).expect(200).obj();
            assertThat(unit.getJsonNumber("id").longValue()).isEqualTo(own);
        }
        JsonObject school = Api.as("referent").get("/api/units/" + own).expect(200).obj();
        assertThat(school.isNull("parentId")).as("the demo school has no parent unit").isTrue();
    }

    @Test
    void zespolDirectorSeesZespolAndItsMembersOnly() {
        long zespol = unitIdOf("dyrektor.zespolu");
        JsonObject asDepartment = Api.as("referent").get("/api/units/" + zespol).expect(200).obj();
        assertThat(asDepartment.getJsonObject("data").getInt("typeId")).isEqualTo(100);
        Set<Long> expected = new HashSet<>(ids(asDepartment.getJsonArray("children").getValuesAs(JsonObject.class)));
        assertThat(expected).as("the demo zespół has member units").isNotEmpty();
        expected.add(zespol);

        Api director = Api.as("dyrektor.zespolu");
        Api.Response page = director.get("/api/units?" + Api.query("first", 0, "size", 1000)).expect(200);
        assertThat(page.total()).isEqualTo(expected.size());
        assertThat(ids(page.rows())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(me(director).getJsonArray("unitScope").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(jakarta.json.JsonNumber::longValue).containsExactlyInAnyOrderElementsOf(expected);
        for (long member : expected) {
            director.get("/api/units/" + member).expect(200);
        }
        // a unit of the city outside the zespół: as if it did not exist
        long outside = ids(allUnits(Api.as("referent"))).stream().filter(id -> !expected.contains(id)).findFirst().orElseThrow();
        assertNotFoundJson(director.get("/api/units/" + outside));
    }

    @Test
    void unitUserCannotSeeOrChangeAnotherUnit() {
        long own = unitIdOf("dyrektor.szkoly");
        long other = ids(allUnits(Api.as("referent"))).stream().filter(id -> id != own).findFirst().orElseThrow();
        Api director = Api.as("dyrektor.szkoly");
        assertNotFoundJson(director.get("/api/units/" + other));
        assertThat(director.get("/api/units/" + Long.MAX_VALUE).status()).isEqualTo(404);

        JsonObject foreign = Api.as("referent").get("/api/units/" + other).expect(200).obj();
        String path = "/api/units/" + other + "?version=" + foreign.getJsonNumber("version").longValue();
        JsonObject data = Api.with(foreign.getJsonObject("data"), "phone", "+48814660001");
        for (String login : List.of("dyrektor.szkoly", "sekretariat")) {
            Api.Response r = Api.as(login).put(path, data);
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.obj().getString("message")).isNotBlank();
        }
        JsonObject after = Api.as("referent").get("/api/units/" + other).expect(200).obj();
        assertThat(after.getJsonObject("data")).isEqualTo(foreign.getJsonObject("data"));
        assertThat(after.getJsonNumber("version")).isEqualTo(foreign.getJsonNumber("version"));
    }

    @Test
    void accountantCannotChangeOwnUnit() {
        long own = unitIdOf("ksiegowosc");
        Api accountant = Api.as("ksiegowosc");
        JsonObject unit = accountant.get("/api/units/" + own).expect(200).obj();
        assertThat(unit.getBoolean("editable")).isFalse();
        Api.Response r = accountant.put("/api/units/" + own + "?version=" + unit.getJsonNumber("version"),
                Api.with(unit.getJsonObject("data"), "phone", "+48814660002"));
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.obj().getString("message")).isNotBlank();
        assertThat(accountant.get("/api/units/" + own).expect(200).obj().getJsonObject("data"))
                .isEqualTo(unit.getJsonObject("data"));
    }

    @Test
    void secretaryChangesContactDataButNotTheName() {
        long own = unitIdOf("sekretariat");
        Api secretary = Api.as("sekretariat");
        JsonObject unit = secretary.get("/api/units/" + own).expect(200).obj();
        assertThat(unit.getBoolean("editable")).isTrue();
        assertThat(unit.getBoolean("fullyEditable")).isFalse();
        JsonObject data = unit.getJsonObject("data");
        String newPhone = "+48" + (814000000 + (int) (System.nanoTime() % 999_999));
        JsonObject changed = Api.with(data, "phone", newPhone, "name", data.getString("name") + " (zmieniona)",
                "regon", "123456785");

        secretary.put("/api/units/" + own + "?version=" + unit.getJsonNumber("version"), changed).expect(204);

        JsonObject after = Api.as("referent").get("/api/units/" + own).expect(200).obj().getJsonObject("data");
        assertThat(after.getString("phone")).isEqualTo(newPhone);
        assertThat(after.getString("name")).isEqualTo(data.getString("name"));
        assertThat(Api.str(after, "regon")).isEqualTo(Api.str(data, "regon"));
    }

    @Test
    void citizenHasNoAccessToTheRegistry() {
        Api citizen = Api.as("rodzic");
        Api.Response r = citizen.get("/api/units");
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.contentType()).contains("application/json");
        assertThat(r.obj().getString("message")).isNotBlank();
        assertThat(citizen.get("/api/units/1").status()).isIn(403, 404);
    }

    @Test
    void withoutCredentialsTheApiAnswers401InJson() {
        Api.Response anonymous = Api.anonymous().get("/api/units");
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.contentType()).as(anonymous.toString()).contains("application/json");
        assertThat(anonymous.obj().getString("message")).isNotBlank();
        assertThat(Api.anonymous().get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void withWrongCredentialsTheApiAnswers401InJson() {
        // an unknown account (not a demo one: failures count towards the lockout)
        Api.Response unknown = Api.as("nie.ma.takiego." + System.nanoTime(), "zle-haslo-123").get("/api/units");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(401);
        assertThat(unknown.contentType()).as(unknown.toString()).contains("application/json");
        assertThat(unknown.obj().getString("message")).isNotBlank();
    }

    @Test
    void unitStaffSeeOnlyTheirOwnUnitsStaff() {
        long own = unitIdOf("dyrektor.szkoly");
        Api director = Api.as("dyrektor.szkoly");
        Api.Response mine = director.get("/api/staff?" + Api.query("first", 0, "size", 500)).expect(200);
        assertThat(mine.rows()).as("the demo school has staff").isNotEmpty();
        assertThat(mine.rows()).allSatisfy(p -> assertThat(p.getJsonNumber("unitId").longValue()).isEqualTo(own));
        assertThat(director.get("/api/staff?" + Api.query("unitId", own, "size", 500)).expect(200).total()).isEqualTo(mine.total());

        List<JsonObject> all = Api.as("referent").get("/api/staff?" + Api.query("first", 0, "size", 1000)).expect(200).rows();
        long other = all.stream().filter(p -> !p.isNull("unitId") && p.getJsonNumber("unitId").longValue() != own)
                .map(p -> p.getJsonNumber("unitId").longValue()).findFirst().orElseThrow();
        // another unit's staff: as if that unit did not exist
        assertNotFoundJson(director.get("/api/staff?" + Api.query("unitId", other)));
        assertThat(Api.as("rodzic").get("/api/staff").status()).isEqualTo(403);
    }

    static void assertNotFoundJson(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(r.contentType()).contains("application/json");
        assertThat(r.obj().getString("message")).isNotBlank();
    }
}
