package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Server;
import pl.edugmina.it.support.Users;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail as the administrator reads it: who changed what (before → after), who logged
 * in or failed to, lockouts, and who looked at personal data.
 */
class AuditIT extends DeployedApplication {

    private static final String NEW_PASSWORD = "NoweHaslo2026xyz";



    static List<JsonObject> audit(Object... filters) {
        Object[] q = new Object[filters.length + 4];
        System.arraycopy(filters, 0, q, 0, filters.length);
        q[filters.length] = "first";
        q[filters.length + 1] = 0;
        q[filters.length + 2] = "size";
        q[filters.length + 3] = 200;
        return Api.as("admin").get("/api/audit?" + Api.query(q)).expect(200).rows();
    }

    @Test
    void referentsEditIsAuditedWithBeforeAndAfter() {
        Api referent = Api.as("referent");
        JsonObject row = referent.get("/api/units?" + Api.query("first", 5, "size", 1, "sort", "name", "asc", true)).expect(200).rows().get(0);
        long id = row.getJsonNumber("id").longValue();
        JsonObject unit = referent.get("/api/units/" + id).expect(200).obj();
        JsonObject data = unit.getJsonObject("data");
        String before = Api.str(data, "website");
        String after = "https://audit-" + System.nanoTime() + ".lublin.eu";
        referent.put("/api/units/" + id + "?version=" + unit.getJsonNumber("version"), Api.with(data, "website", after)).expect(204);

        List<JsonObject> events = audit("actor", "referent", "action", "UPDATE", "entityId", id);
        JsonObject event = events.stream()
                .filter(e -> e.getString("changes", "").contains(after))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no UPDATE event with the new website among " + events));
        assertThat(event.getString("actor")).isEqualTo("referent");
        assertThat(event.getString("action")).isEqualTo("UPDATE");
        assertThat(Api.str(event, "entityId")).isEqualTo(String.valueOf(id));
        assertThat(Api.str(event, "occurredAt")).isNotBlank();
        assertThat(Api.str(event, "clientIp")).as("client address of " + event).isNotBlank();
        JsonObject changes = Api.parseObject(event.getString("changes"));
        assertThat(changes.keySet()).as("only what changed").containsExactly("website");
        JsonObject website = changes.getJsonObject("website");
        assertThat(Api.str(website, "before")).isEqualTo(before);
        assertThat(Api.str(website, "after")).isEqualTo(after);
    }

    @Test
    void onlyAdministratorsReadTheAuditTrail() {
        for (String login : List.of("referent", "dyrektor.wydzialu", "dyrektor.szkoly")) {
            Api.Response r = Api.as(login).get("/api/audit");
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.obj().getString("message")).isNotBlank();
        }
        assertThat(Api.anonymous().get("/api/audit").status()).isEqualTo(401);
    }

    @Test
    void newUserMustChangeOneTimePasswordAndLoginsAreAudited() {
        Users.Created user = Users.create("it.audyt", "DEPT_OFFICER");
        Api withOneTime = Api.as(user.login(), user.oneTimePassword());

        Api.Response blocked = withOneTime.get("/api/units");
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(403);
        assertThat(blocked.obj().getString("message").toLowerCase(Locale.ROOT)).contains("hasł");

        Api.Response weak = Users.changePassword(user.login(), user.oneTimePassword(), "krotkie1");
        assertThat(weak.status()).as(weak.toString()).isEqualTo(422);
        Api.Response noDigits = Users.changePassword(user.login(), user.oneTimePassword(), "tylkoliterybezcyfr");
        assertThat(noDigits.status()).as(noDigits.toString()).isEqualTo(422);

        Users.changePassword(user.login(), user.oneTimePassword(), NEW_PASSWORD).expect(204);
        Api ready = Api.as(user.login(), NEW_PASSWORD);
        ready.get("/api/units?size=1").expect(200);
        assertThat(withOneTime.get("/api/units?size=1").status()).as("old password no longer valid").isEqualTo(401);

        assertThat(audit("actor", user.login(), "action", "LOGIN_SUCCESS")).as("successful login audited").isNotEmpty();
        List<JsonObject> failures = audit("actor", user.login(), "action", "LOGIN_FAILURE");
        assertThat(failures).as("failed login (old password) audited").isNotEmpty();
        assertThat(failures.get(0).getString("actor")).isEqualTo(user.login());
        assertThat(audit("action", "CREATE", "entityType", "AppUser")).as("account creation audited")
                .anySatisfy(e -> assertThat(e.toString()).contains(user.login()));
    }

    @Test
    void fiveFailedLoginsLockTheAccountUntilAdminResetsPassword() {
        Users.Created user = Users.create("it.blokada", "DEPT_OFFICER");
        Users.changePassword(user.login(), user.oneTimePassword(), NEW_PASSWORD).expect(204);
        Api good = Api.as(user.login(), NEW_PASSWORD);
        good.get("/api/units?size=1").expect(200);

        Api bad = Api.as(user.login(), "ZleHaslo2026abc");
        for (int i = 0; i < 5; i++) {
            assertThat(bad.get("/api/units?size=1").status()).as("failed attempt " + (i + 1)).isEqualTo(401);
        }
        Api.Response locked = good.get("/api/units?size=1");
        assertThat(locked.status()).as("correct password refused while locked: " + locked).isEqualTo(401);
        List<JsonObject> failures = audit("actor", user.login(), "action", "LOGIN_FAILURE");
        List<JsonObject> lockouts = audit("actor", user.login(), "action", "LOGIN_LOCKED");
        assertThat(lockouts).as("lockout audited").isNotEmpty();
        assertThat(failures.size() + lockouts.size()).as("every refused attempt audited: " + failures + lockouts)
                .isGreaterThanOrEqualTo(6);
        assertThat(failures).allSatisfy(e -> assertThat(Api.str(e, "clientIp")).as("client address of " + e).isNotBlank());

        JsonObject reset = Api.as("admin").post("/api/admin/users/" + user.id() + "/reset-password",
                Json.createObjectBuilder().build()).expect(200).obj();
        String oneTime = reset.getString("password");
        assertThat(oneTime).isNotBlank();
        Api.Response afterReset = Api.as(user.login(), oneTime).get("/api/units?size=1");
        assertThat(afterReset.status()).as("unlocked, but must change the password: " + afterReset).isEqualTo(403);
        Users.changePassword(user.login(), oneTime, NEW_PASSWORD + "2").expect(204);
        Api.as(user.login(), NEW_PASSWORD + "2").get("/api/units?size=1").expect(200);
    }

    @Test
    void adminSeesUsersButOthersDoNot() {
        Api.Response users = Api.as("admin").get("/api/admin/users").expect(200);
        assertThat(users.body()).contains("\"referent\"", "\"dyrektor.szkoly\"");
        assertThat(Api.as("referent").get("/api/admin/users").status()).isEqualTo(403);
    }

    @Test
    void staffListingIsAuditedAsPersonalDataAccess() {
        int before = Api.as("admin").get("/api/audit?" + Api.query("actor", "kierownik", "action", "VIEW_PERSONAL_DATA", "size", 1))
                .expect(200).total();
        Api.Response staff = Api.as("kierownik").get("/api/staff?" + Api.query("first", 0, "size", 5)).expect(200);
        assertThat(staff.total()).isPositive();
        JsonObject person = staff.rows().get(0);
        assertThat(person.keySet()).contains("id", "unitId", "unitName", "firstName", "lastName", "position", "email", "phone");

        Api.Response events = Api.as("admin").get("/api/audit?" + Api.query("actor", "kierownik", "action", "VIEW_PERSONAL_DATA", "size", 5))
                .expect(200);
        assertThat(events.total()).as("one event per listing").isEqualTo(before + 1);
        assertThat(events.rows()).allSatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("VIEW_PERSONAL_DATA");
            assertThat(e.getString("actor")).isEqualTo("kierownik");
        });
    }
}
