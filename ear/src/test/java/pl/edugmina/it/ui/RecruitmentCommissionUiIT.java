package pl.edugmina.it.ui;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.RecruitmentFixtures;
import pl.edugmina.it.support.RecruitmentFixtures.OpenCampaign;
import pl.edugmina.it.support.Users;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo school's director verifies a paper application in the browser: finds it under "Rekrutacja – komisja",
 * records that the paper was brought, tries to reject a criterion without a reason (the error stands next to that
 * criterion's field), rejects it with one, accepts the other, verifies, sees the points and downloads the protocol.
 */
class RecruitmentCommissionUiIT extends BrowserTest {

    private static final String PASSWORD = "Lublin2026demo";

    private void stateShows(String text) {
        try {
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.shot("7x-commission-unexpected");
            throw new AssertionError("expected the state '" + text + "', the page says: " + browser.main(), e);
        }
    }

    @Test
    void theDirectorVerifiesAPaperApplicationAndDownloadsTheProtocol() throws Exception {
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        OpenCampaign campaign = RecruitmentFixtures.openCampaign("KINDERGARTEN", 2, school);
        Api parent = Users.createReady("rodzic.ui", "CITIZEN", null, "Rodzic2026!przegladarka");
        JsonObject draft = Json.createObjectBuilder().add("campaignId", campaign.id())
                .add("child", Json.createObjectBuilder().add("firstName", "Jan").add("lastName", "Żółć-" + Long.toString(System.nanoTime(), 36))
                        .add("birthDate", "2022-02-01").add("document", "Paszport CD7654321"))
                .add("address", Json.createObjectBuilder().add("locality", "Lublin").add("street", "Narutowicza").add("houseNumber", "5")
                        .add("postalCode", "20-016"))
                .add("guardians", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Ewa Żółć").add("phone", "600 100 200")))
                .add("preferences", Json.createArrayBuilder().add(campaign.classOf(0, 0)))
                .add("criteria", Json.createArrayBuilder().add("WIELODZIETNOSC").add("RODZENSTWO")).build();
        long id = parent.post("/api/portal/recruitment/applications", draft).expect(201).obj().getJsonNumber("id").longValue();
        String code = parent.post("/api/portal/recruitment/applications/" + id + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(200).obj()
                .getString("code");

        browser.login("dyrektor.szkoly", PASSWORD);
        browser.press(By.id("topForm:navRecruitmentCommission"));
        new Select(browser.driver.findElement(By.id("filters:campaign"))).selectByValue(String.valueOf(campaign.id()));
        new Select(browser.driver.findElement(By.id("filters:status"))).selectByValue("SUBMITTED");
        browser.press(By.id("filters:show"));
        assertThat(browser.text("listForm:applications")).contains(code).contains("papierowy – niedostarczony");
        browser.shot("70-commission-list");
        browser.press(By.linkText(code));

        stateShows("czeka na weryfikację");
        assertThat(browser.text("blockers")).contains("Nie potwierdzono dostarczenia");
        browser.press(By.id("stepForm:paper"));
        assertThat(browser.text("paperState")).contains("Papierowy wniosek dostarczony");

        // criteria in the campaign's order: WIELODZIETNOSC (0), RODZENSTWO (1)
        browser.press(By.id("decisions:criteria:1:reject"));
        assertThat(browser.text(By.cssSelector("[id='criterion-RODZENSTWO'] .ui-message-error"))).contains("Podaj uzasadnienie");
        browser.shot("71-commission-reason-missing");
        String reason = "Starsze rodzeństwo chodzi do innej placówki";
        browser.type("decisions:criteria:1:reason", reason);
        browser.press(By.id("decisions:criteria:1:reject"));
        assertThat(browser.text("verdict-RODZENSTWO")).contains("nieuznane").contains(reason);
        browser.press(By.id("decisions:criteria:0:accept"));
        assertThat(browser.text("verdict-WIELODZIETNOSC")).contains("uznane");
        assertThat(browser.text("preferences")).contains("1,00");

        browser.press(By.id("stepForm:verify"));
        stateShows("zweryfikowany");
        assertThat(browser.text("history")).contains("Komisja zweryfikowała wniosek").contains(reason);
        browser.shot("72-commission-verified");

        Path protocol = browser.download(By.id("stepForm:protocol"), ".pdf");
        PdfReader reader = new PdfReader(Files.readAllBytes(protocol));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("Protokół komisji rekrutacyjnej").contains(code).contains(reason);
    }
}
