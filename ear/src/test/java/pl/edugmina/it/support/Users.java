package pl.edugmina.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Fresh accounts made through the admin API, so that tests never lock or alter demo accounts. */
public final class Users {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Users() {
    }

    /** A user as the admin API creates it: with a one-time password still to be changed. */
    public record Created(long id, String login, String oneTimePassword) {
    }

    public static String uniqueLogin(String prefix) {
        return prefix + "." + Long.toString(System.currentTimeMillis() % 100_000_000L, 36) + SEQ.incrementAndGet();
    }

    public static Created create(String prefix, String role) {
        return create(prefix, role, null);
    }

    /** A user of the unit {@code unitId} (null: the department). */
    public static Created create(String prefix, String role, Long unitId) {
        String login = uniqueLogin(prefix);
        var builder = Json.createObjectBuilder()
                .add("login", login)
                .add("displayName", "Test " + login)
                .add("email", login + "@example.org")
                .add("roles", Json.createArrayBuilder().add(role));
        JsonObject body = (unitId == null ? builder.addNull("unitId") : builder.add("unitId", unitId)).build();
        Api.Response r = Api.as("admin").post("/api/admin/users", body).expect(201);
        JsonObject created = r.obj();
        String password = created.getString("password");
        assertThat(password).as("one-time password").isNotBlank();
        return new Created(created.getJsonNumber("id").longValue(), login, password);
    }

    /** Creates a user and sets its own password, ready to use the API; returns its credentials. */
    public static Api createReady(String prefix, String role, String newPassword) {
        return createReady(prefix, role, null, newPassword);
    }

    public static Api createReady(String prefix, String role, Long unitId, String newPassword) {
        Created c = create(prefix, role, unitId);
        changePassword(c.login(), c.oneTimePassword(), newPassword).expect(204);
        return Api.as(c.login(), newPassword);
    }

    public static Api.Response changePassword(String login, String current, String next) {
        return Api.as(login, current).post("/api/me/password", Json.createObjectBuilder()
                .add("currentPassword", current).add("newPassword", next).build());
    }
}
