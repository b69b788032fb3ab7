package pl.edugmina.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The REST API as a client sees it: java.net.http with HTTP Basic credentials sent on every
 * request (no session, no redirects followed), JSON through jakarta.json (Parsson).
 */
public final class Api {

    public static final String DEMO_PASSWORD = "Lublin2026demo";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String login;
    private final String password;

    private Api(String login, String password) {
        this.login = login;
        this.password = password;
    }

    /** A demo account with the demo password. */
    public static Api as(String login) {
        return new Api(login, DEMO_PASSWORD);
    }

    public static Api as(String login, String password) {
        return new Api(login, password);
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    public String login() {
        return login;
    }

    // ------------------------------------------------------------------ requests

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    public Response post(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response put(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Server.APP.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, */*;q=0.5");
        if (login != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(request.method() + " " + request.uri() + " as " + (login == null ? "anonymous" : login), r);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** {@code "/api/units?" + query("text", "x", "size", 10)}: URL-encoded, nulls skipped. */
    public static String query(Object... keysAndValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(String.valueOf(keysAndValues[i]), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(String.valueOf(keysAndValues[i + 1]), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    public static JsonObject parseObject(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    /** A copy of {@code o} with {@code key} set (a String, Number, Boolean, JsonValue or null). */
    public static JsonObject with(JsonObject o, Object... keysAndValues) {
        var b = Json.createObjectBuilder(o);
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            String k = (String) keysAndValues[i];
            Object v = keysAndValues[i + 1];
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof String s) {
                b.add(k, s);
            } else if (v instanceof Integer n) {
                b.add(k, n);
            } else if (v instanceof Long n) {
                b.add(k, n);
            } else if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else if (v instanceof JsonValue jv) {
                b.add(k, jv);
            } else {
                b.add(k, v.toString());
            }
        }
        return b.build();
    }

    public static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }

    // ------------------------------------------------------------------ response

    public static final class Response {
        private final String what;
        private final HttpResponse<byte[]> r;

        Response(String what, HttpResponse<byte[]> r) {
            this.what = what;
            this.r = r;
        }

        public int status() {
            return r.statusCode();
        }

        public byte[] bytes() {
            return r.body();
        }

        public String body() {
            return new String(r.body(), StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return r.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        public JsonObject obj() {
            JsonStructure s = json();
            if (!(s instanceof JsonObject o)) {
                throw new AssertionError("expected a JSON object: " + this);
            }
            return o;
        }

        public JsonArray array() {
            JsonStructure s = json();
            if (!(s instanceof JsonArray a)) {
                throw new AssertionError("expected a JSON array: " + this);
            }
            return a;
        }

        /** rows of a {"total","rows"} page */
        public List<JsonObject> rows() {
            return obj().getJsonArray("rows").getValuesAs(JsonObject.class);
        }

        public int total() {
            return obj().getInt("total");
        }

        /** Fails (with the body and the server log's tail) unless the status is {@code expected}. */
        public Response expect(int expected) {
            if (status() != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + this
                        + "\n--- server.log (tail) ---\n" + Server.logTail(40));
            }
            return this;
        }

        @Override
        public String toString() {
            String b = body();
            return what + " -> " + status() + " " + contentType() + " " + (b.length() > 1500 ? b.substring(0, 1500) + "…" : b);
        }
    }

    public static List<Long> ids(List<JsonObject> rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.getJsonNumber("id").longValue()));
        return ids;
    }
}
