package pl.edugmina.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Server;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform as an operator and a first-time visitor see it: readiness, login, error pages. */
class PlatformIT extends DeployedApplication {



    private static final Pattern PASSWORD_INPUT = Pattern.compile("<input[^>]*type=\"password\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOGIN_INPUT = Pattern.compile(
            "<input[^>]*(name|id)=\"[^\"]*(login|username|user)[^\"]*\"", Pattern.CASE_INSENSITIVE);

    @Test
    void readinessIsUpWithDatabaseAndCamelChecks() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Server.READY).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject health = Api.parseObject(r.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        List<JsonObject> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertThat(checks).extracting(c -> c.getString("name")).contains("database", "camel");
        assertThat(checks).allSatisfy(c -> assertThat(c.getString("status")).as(c.toString()).isEqualTo("UP"));
    }

    @Test
    void rootLeadsToLoginPage() throws Exception {
        HttpResponse<String> r = browser().send(page("/"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.uri() + "\n" + r.body()).isEqualTo(200);
        assertIsLoginPage(r);
    }

    @Test
    void protectedPageWithoutLoginRedirectsToLogin() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        // the login page's own address, as the root redirect chain ends on it
        URI loginPage = browser().send(page("/"), HttpResponse.BodyHandlers.ofString()).uri();

        for (String protectedPage : List.of("/units.xhtml", "/app/units.xhtml", "/index.xhtml")) {
            HttpResponse<String> direct = noRedirects.send(page(protectedPage), HttpResponse.BodyHandlers.ofString());
            if (direct.statusCode() == 404) {
                continue; // not this application's page name; try the next
            }
            assertThat(direct.statusCode()).as(protectedPage + " without login: " + direct.body())
                    .isIn(302, 303, 307);
            HttpResponse<String> followed = browser().send(page(protectedPage), HttpResponse.BodyHandlers.ofString());
            assertThat(followed.uri().getPath()).as("redirected to login").isEqualTo(loginPage.getPath());
            assertIsLoginPage(followed);
            return;
        }
        throw new AssertionError("none of the candidate protected pages exists; adjust the test to the web module's pages");
    }

    @Test
    void loginWithDemoAccountLeadsToHomePage() throws Exception {
        HttpResponse<String> home = logIn(browser(), "kierownik", Api.DEMO_PASSWORD);
        assertThat(home.statusCode()).as(home.uri() + "\n" + home.body() + "\n" + Server.logTail(30)).isEqualTo(200);
        assertThat(home.body()).doesNotContain("Exception");
    }

    @Test
    void wrongPasswordStaysOnLoginPageWithPolishMessage() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> r = submitLogin(browser, "nie.ma.takiego.uzytkownika", "ZleHaslo2026");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.uri().getPath()).isEqualTo("/login.xhtml");
        assertIsLoginPage(r);
        assertThat(r.body().toLowerCase(Locale.ROOT)).as(r.body()).containsAnyOf("nieprawidłow", "błędn");
    }

    @Test
    void unknownAddressGivesFriendlyPolish404WithoutStackTrace() throws Exception {
        HttpClient browser = browser();
        logIn(browser, "kierownik", Api.DEMO_PASSWORD);
        HttpResponse<String> r = browser.send(page("/nie-ma-takiej-strony-" + System.nanoTime() + ".xhtml"),
                HttpResponse.BodyHandlers.ofString());
        assertFriendly404(r);
        assertFriendly404(browser.send(page("/nie/ma/takiego/katalogu"), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void unknownAddressForAnonymousGivesNoStackTrace() throws Exception {
        HttpResponse<String> r = browser().send(page("/nie-ma-takiej-strony-" + System.nanoTime()),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 404) {
            assertFriendly404(r);
        } else {
            // the whole application is behind the login: the visitor learns nothing about what exists
            assertThat(r.statusCode()).isEqualTo(200);
            assertIsLoginPage(r);
        }
    }

    private static void assertFriendly404(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + "\n" + r.body()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        String html = r.body();
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).as(html).containsAnyOf("nie znaleziono", "nie istnieje", "strona nie", "brak strony");
        assertThat(html).doesNotContain("Exception", "at org.", "at java.", "at pl.edugmina", "Undertow", "WildFly");
    }

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"jakarta\\.faces\\.ViewState\"");

    /** Logs in through the login page, as a person would; the session stays in {@code browser}'s cookies. */
    static HttpResponse<String> logIn(HttpClient browser, String login, String password) throws Exception {
        HttpResponse<String> after = submitLogin(browser, login, password);
        assertThat(after.uri().getPath()).as("left the login page: " + after.body()).isNotEqualTo("/login.xhtml");
        return after;
    }

    static HttpResponse<String> submitLogin(HttpClient browser, String login, String password) throws Exception {
        HttpResponse<String> form = browser.send(page("/login.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        var m = VIEW_STATE.matcher(form.body());
        assertThat(m.find()).as("JSF view state in " + form.body()).isTrue();
        String viewState = m.group(1) != null ? m.group(1) : m.group(2);
        String body = Api.query("loginForm", "loginForm", "loginForm:username", login, "loginForm:password", password,
                "loginForm:next", "", "loginForm:submit", "", "jakarta.faces.ViewState", viewState);
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(form.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "pl")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return after;
    }

    private static void assertIsLoginPage(HttpResponse<String> r) {
        String html = r.body();
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(html).as(r.uri() + " is a login page").containsIgnoringCase("<form");
        assertThat(PASSWORD_INPUT.matcher(html).find()).as("password field in " + html).isTrue();
        assertThat(LOGIN_INPUT.matcher(html).find()).as("login field in " + html).isTrue();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpRequest page(String path) {
        return HttpRequest.newBuilder(Server.APP.resolve(path.substring(1))).header("Accept", "text/html")
                .header("Accept-Language", "pl").timeout(Duration.ofSeconds(60)).GET().build();
    }
}
