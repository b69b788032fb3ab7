package pl.edugmina.it.ui;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.edugmina.it.support.Api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The department's allocation screen and the public results page: the head of section opens "Przydział miejsc",
 * chooses a generated campaign, starts a dry run, sees its progress end in the class table and looks up a candidate's
 * explanation by code; after the final run, a parent without an account types the code and PIN on "Wyniki naboru" and
 * sees the class the candidate qualified for; a wrong PIN is said next to the field.
 */
class RecruitmentResultsUiIT extends BrowserTest {

    private static final String PASSWORD = "Lublin2026demo";

    static String pin(long seed, String code) throws Exception {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(("edugmina-test-pin:" + seed + ":" + code).getBytes(StandardCharsets.UTF_8));
        return String.format("%08d", Long.remainderUnsigned(ByteBuffer.wrap(h, 0, 8).getLong(), 100_000_000L));
    }

    @Test
    void theDepartmentRunsADryRunAndExplainsACandidateThenAParentReadsTheResult() throws Exception {
        long seed = 7_201;
        String name = "Nabór UI " + Long.toString(System.nanoTime(), 36);
        JsonObject body = Json.createObjectBuilder().add("type", "SECONDARY").add("schoolYear", "2026/2027").add("name", name)
                .add("candidates", 400).add("classes", 16).add("preferences", 7).add("seed", seed).build();
        long campaign = Api.as("admin").post("/api/admin/recruitment/generated-campaigns", body).expect(201).obj()
                .getJsonNumber("campaignId").longValue();
        String code = "R" + campaign + "-000001";

        browser.login("kierownik", PASSWORD);
        browser.press(By.id("topForm:navAllocation"));
        browser.press(By.linkText(name));
        assertThat(browser.text("campaignInfo")).contains("2026/2027").contains("400").contains("brak (nic nie opublikowano)");

        browser.press("startForm:startDry");
        // the poll follows the run until it ends, then shows its classes
        WebElement classes = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("classesForm:classes")));
        browser.shot("70-allocation-dry-run");
        assertThat(classes.findElements(By.cssSelector("tbody tr"))).hasSize(16);
        assertThat(browser.text("secClasses")).contains("próbny");
        assertThat(browser.text("runsForm:runs")).contains("próbny").contains("zakończony").contains("kierownik");
        assertThat(browser.driver.findElements(By.id("progressText"))).as("the progress is gone once the run ended").isEmpty();

        browser.type("explainForm:code", code);
        browser.press("explainForm:explain");
        assertThat(browser.text("explainSummary")).startsWith(code + ": ").containsAnyOf("Przyjęty", "Nieprzyjęty");
        List<WebElement> lines = browser.driver.findElements(By.cssSelector("#explainLines li"));
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.getText()).contains("preferencja"));
        browser.shot("71-allocation-explanation");

        // an unknown code is said next to the field
        browser.type("explainForm:code", "NIE-MA-TAKIEGO");
        browser.press("explainForm:explain");
        assertThat(browser.text(By.cssSelector("#explainForm .ui-message-error"))).contains("Nie ma kandydata o kodzie NIE-MA-TAKIEGO");
        browser.logout();

        // the final run (through the API), then a parent without an account
        long finalRun = Api.as("kierownik").post("/api/recruitment/campaigns/" + campaign + "/allocations",
                Json.createObjectBuilder().add("mode", "FINAL").build()).expect(202).obj().getJsonNumber("runId").longValue();
        for (int i = 0; i < 600 && !"DONE".equals(Api.as("referent").get("/api/recruitment/allocations/" + finalRun).expect(200).obj()
                .getString("status")); i++) {
            Thread.sleep(100);
        }
        JsonObject answer = Api.anonymous().post("/api/public/recruitment-results", Json.createObjectBuilder().add("code", code)
                .add("pin", pin(seed, code)).build()).expect(200).obj();

        browser.open("/login.xhtml");
        browser.press(By.id("footerResults"));
        browser.type("resultsForm:code", code);
        browser.type("resultsForm:pin", "00000000".equals(pin(seed, code)) ? "11111111" : "00000000");
        browser.press("resultsForm:check");
        assertThat(browser.text(By.cssSelector("#resultsForm .ui-message-error"))).contains("Nieprawidłowy kod kandydata lub PIN");
        assertThat(browser.driver.findElements(By.id("verdict"))).isEmpty();

        browser.type("resultsForm:code", code);
        browser.type("resultsForm:pin", pin(seed, code));
        browser.press("resultsForm:check");
        String verdict = browser.text("verdict");
        if ("QUALIFIED".equals(answer.getString("outcome"))) {
            assertThat(verdict).startsWith("Zakwalifikowany do: " + answer.getJsonObject("placed").getString("unitName"))
                    .contains(answer.getInt("placedPreference") + ". preferencja");
        } else {
            assertThat(verdict).startsWith("Niezakwalifikowany");
        }
        assertThat(browser.driver.findElements(By.cssSelector("#preferences tbody tr"))).hasSize(7);
        assertThat(browser.text("preferences")).contains(answer.getJsonArray("preferences").getJsonObject(0).getString("unitName"));
        browser.shot("72-public-results");
    }
}
