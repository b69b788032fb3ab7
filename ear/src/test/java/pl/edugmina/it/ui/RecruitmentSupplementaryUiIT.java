package pl.edugmina.it.ui;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.PostgresSessionListener;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplementary round on "Przydział miejsc" (ADR 0016): once the main round's FINAL is published and the
 * SUPPLEMENTARY stage has begun, the head of section sees the round's state (free places, candidates not placed), runs
 * a dry run and then, after a confirmation, the final one; each ends in the class table of the run, and the final one
 * is marked published, with no second final offered.
 */
class RecruitmentSupplementaryUiIT extends BrowserTest {

    private static final String PASSWORD = "Lublin2026demo";

    @Test
    void theHeadOfSectionRunsTheSupplementaryRoundFromTheAllocationScreen() throws Exception {
        String name = "Nabór uzupełniający UI " + Long.toString(System.nanoTime(), 36);
        JsonObject body = Json.createObjectBuilder().add("type", "SECONDARY").add("schoolYear", "2026/2027").add("name", name)
                .add("candidates", 300).add("classes", 16).add("preferences", 7).add("seed", 7_301).build();
        long campaign = Api.as("admin").post("/api/admin/recruitment/generated-campaigns", body).expect(201).obj()
                .getJsonNumber("campaignId").longValue();
        long main = Api.as("kierownik").post("/api/recruitment/campaigns/" + campaign + "/allocations",
                Json.createObjectBuilder().add("mode", "FINAL").build()).expect(202).obj().getJsonNumber("runId").longValue();
        for (int i = 0; i < 600 && !"DONE".equals(Api.as("referent").get("/api/recruitment/allocations/" + main).expect(200).obj()
                .getString("status")); i++) {
            Thread.sleep(100);
        }
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL),
                System.getProperty(PostgresSessionListener.USER), System.getProperty(PostgresSessionListener.PASSWORD));
             Statement st = c.createStatement()) {
            // the timetable has reached the supplementary round (arranged in the database, as time passing)
            st.executeUpdate("delete from recruitment_stage where stage = 'SUPPLEMENTARY' and campaign_id = " + campaign);
            st.executeUpdate("insert into recruitment_stage (campaign_id, stage, starts_at, ends_at) values (" + campaign
                    + ", 'SUPPLEMENTARY', now() - interval '1 hour', now() + interval '5 days')");
        }
        JsonObject status = Api.as("referent").get("/api/recruitment-supplementary/campaigns/" + campaign).expect(200).obj();

        browser.login("kierownik", PASSWORD);
        browser.press(By.id("topForm:navAllocation"));
        browser.press(By.linkText(name));
        assertThat(browser.text("secSupplementary")).isEqualTo("Rekrutacja uzupełniająca");
        assertThat(browser.text("suppInfo")).contains("Wolne miejsca").contains(String.valueOf(status.getInt("freePlaces")))
                .contains("Nieumieszczeni w rekrutacji głównej").contains(String.valueOf(status.getInt("notPlacedInMain")));
        assertThat(browser.text("suppForm:suppRuns")).contains("Nie uruchomiono");

        browser.press("suppForm:suppDry");
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("secClasses"), "próbny"));
        assertThat(browser.text("suppForm:suppRuns")).contains("próbny").contains("zakończony").contains("kierownik");
        assertThat(browser.driver.findElements(By.cssSelector("#classesForm\\:classes tbody tr"))).hasSize(16);

        // the final asks for a confirmation first (a dialog, no request yet)
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("suppForm:suppFinal"))).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("secClasses"), "ostateczny"));
        assertThat(browser.text("suppForm:suppRuns")).contains("opublikowany");
        assertThat(browser.text("suppInfo")).doesNotContain("brak (nic nie opublikowano)");
        assertThat(browser.driver.findElements(By.id("suppForm:suppFinal"))).as("one final only").isEmpty();
        assertThat(browser.text("runsForm:runs")).as("the main round's runs stay apart").doesNotContain("próbny");
        browser.shot("90-supplementary-round");
    }
}
