package pl.edugmina.it.ui;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import pl.edugmina.it.support.Api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registers in the browser: a school records a contract below the city's minimum (flagged with the reason, also on
 * the department's list) and an innovation; a candidate applies to a school's offer on the public page without
 * logging in (the missing consent is named next to the field, nothing typed is lost); the school sees the candidate and
 * corrects its offer (the department's correction in between is named on screen; the public list shows the correction).
 */
class RegistersUiIT extends BrowserTest {

    private static final String PASSWORD = "Lublin2026demo";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * Puts a date into a date picker's text field as if typed, without opening its calendar (the calendar's own keyboard
     * handling is PrimeFaces' business, not this test's); the server reads the text with the dd.MM.yyyy pattern.
     */
    private void date(String id, String text) {
        WebElement e = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1];", e, text);
        assertThat(e.getAttribute("value")).isEqualTo(text);
    }

    @Test
    void contractsInnovationsAndTheJobBank() {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError e) {
            browser.shot("7x-registers-failure");
            throw new AssertionError("the page says: " + browser.driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void walkThrough() {
        String party = "Szkoła Tańca Pas " + Long.toString(System.nanoTime(), 36);
        browser.login("dyrektor.szkoly", PASSWORD);
        browser.press(By.id("topForm:navContracts"));
        browser.type("contractForm:partyName", party);
        new Select(browser.driver.findElement(By.id("contractForm:type"))).selectByValue("ZLECENIE");
        browser.type("contractForm:subject", "Zajęcia taneczne dla klas 1–3");
        date("contractForm:dateFrom_input", LocalDate.now().withDayOfMonth(1).format(DMY));
        browser.type("contractForm:amount", "25,00");
        browser.type("contractForm:hours", "40");
        browser.press(By.id("contractForm:save"));
        browser.ajaxDone();
        WebElement row = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='listForm:contracts_data']/tr[contains(., '" + party + "')]")));
        assertThat(row.getText()).contains("Poniżej stawki minimalnej").contains("25,00 zł").contains("31,40 zł");
        browser.shot("70-contract-flagged");

        browser.press(By.id("topForm:navInnovations"));
        String innovation = "Szachy na matematyce " + Long.toString(System.nanoTime(), 36);
        browser.type("innovationForm:title", innovation);
        browser.driver.findElements(By.cssSelector("#innovationForm\\:kinds label")).stream()
                .filter(l -> l.getText().equals("metodyczna")).findFirst().orElseThrow().click();
        browser.type("innovationForm:classes", "2a, 2b");
        date("innovationForm:dateFrom_input", "01.09.2025");
        browser.type("innovationForm:authors", "Katarzyna Lewandowska");
        new Select(browser.driver.findElement(By.id("innovationForm:status"))).selectByValue("RUNNING");
        browser.press(By.id("innovationForm:save"));
        browser.ajaxDone();
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='listForm:innovations_data']/tr[contains(., '" + innovation + "')]"))).getText())
                .contains("metodyczna").contains("realizowana");
        browser.shot("71-innovation");
        browser.logout();

        browser.login("referent", PASSWORD);
        browser.press(By.id("topForm:navContracts"));
        browser.type("filters:q", party);
        browser.press(By.id("filters:search"));
        browser.ajaxDone();
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='listForm:contracts_data']/tr[contains(., '" + party + "')]"))).getText())
                .contains("Poniżej stawki minimalnej");
        browser.shot("72-contracts-city");
        browser.logout();

        // a school's offer (through the API), then a candidate on the public page, without logging in
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        String position = "Nauczyciel muzyki " + Long.toString(System.nanoTime(), 36);
        long offer = Api.as("dyrektor.szkoly").post("/api/jobs/offers", Json.createObjectBuilder().add("unitId", school).add("position", position)
                .add("hoursPerWeek", 9).add("employmentFrom", LocalDate.now().plusDays(40).toString())
                .add("deadline", LocalDate.now().plusDays(20).toString()).build()).expect(201).obj().getJsonNumber("id").longValue();
        browser.open("/jobs/offers.xhtml");
        WebElement publicRow = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[@id='offers']//tr[contains(., '" + position + "')]")));
        browser.shot("73-public-offers");
        browser.press(publicRow.findElement(By.tagName("a")));
        String candidate = "Zofia Muzyczna " + Long.toString(System.nanoTime(), 36);
        browser.type("candidateForm:fullName", candidate);
        browser.type("candidateForm:email", "zofia.muzyczna@example.org");
        browser.type("candidateForm:subjects", "muzyka");
        browser.type("candidateForm:qualifications", "Akademia Muzyczna, przygotowanie pedagogiczne.");
        WebElement chosen = browser.driver.findElement(By.cssSelector("input[type=checkbox][value='" + offer + "']"));
        assertThat(chosen.isSelected()).as("the offer followed from the list is ticked").isTrue();
        browser.press(By.id("candidateForm:send"));
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#candidateForm .ui-message-error")));
        assertThat(error.getText()).contains("zgody");
        assertThat(browser.driver.findElement(By.id("candidateForm:fullName")).getAttribute("value")).isEqualTo(candidate);
        browser.shot("74-candidate-no-consent");
        browser.press(By.cssSelector("#candidateForm\\:consent .ui-chkbox-box"));
        browser.press(By.id("candidateForm:send"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "zgłoszenie zostało przyjęte"));
        browser.shot("75-candidate-sent");

        browser.login("dyrektor.szkoly", PASSWORD);
        browser.press(By.id("topForm:navJobs"));
        browser.press(By.id("candidatesForm:showCandidates"));
        browser.ajaxDone();
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("candidates"))).getText())
                .contains(candidate).contains(position);
        browser.shot("76-school-candidates");

        // the school corrects its open offer; the department's correction in between is named on screen, nothing typed lost
        By edit = By.xpath("//tbody[@id='offersForm:offers_data']/tr[contains(., '" + position + "')]//button[contains(@id, ':edit')]");
        browser.press(edit);
        assertThat(browser.driver.findElement(By.id("offerForm:position")).getAttribute("value")).isEqualTo(position);
        assertThat(browser.driver.findElement(By.id("offerForm:hoursPerWeek")).getAttribute("value")).isEqualTo("9");
        int seen = Api.as("referent").get("/api/jobs/offers/" + offer).expect(200).obj().getInt("version");
        Api.as("referent").put("/api/jobs/offers/" + offer + "?version=" + seen, Json.createObjectBuilder().add("position", position)
                .add("hoursPerWeek", 9).add("employmentFrom", LocalDate.now().plusDays(40).toString())
                .add("deadline", LocalDate.now().plusDays(20).toString()).add("description", "Wydział: umowa na zastępstwo.").build()).expect(204);
        String corrected = "Nauczyciel muzyki i rytmiki " + Long.toString(System.nanoTime(), 36);
        browser.type("offerForm:position", corrected);
        browser.press("offerForm:save");
        assertThat(browser.text("messages")).contains("Ktoś inny zmienił te dane");
        assertThat(browser.driver.findElement(By.id("offerForm:position")).getAttribute("value")).isEqualTo(corrected);
        browser.shot("77-offer-changed-meanwhile");

        browser.press(By.id("topForm:navJobs"));
        browser.press(edit);
        browser.type("offerForm:position", corrected);
        browser.press("offerForm:save");
        assertThat(browser.text("messages")).contains("Poprawki zapisane");
        assertThat(browser.text(By.id("offersForm:offers_data"))).contains(corrected).doesNotContain(position);
        browser.shot("78-offer-corrected");
        browser.open("/jobs/offers.xhtml");
        assertThat(browser.text(By.id("offers"))).contains(corrected);
    }
}
