package pl.edugmina.it.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school reports a repair with a photo (a mistake is shown next to its field and nothing typed is lost), the
 * department sets the year's pool, takes the request up, allocates, marks the work started and settles it; the
 * school's director refuses to accept it (a missing reason is named next to its field), the department reads the reason
 * in the history and settles the work again, and the director confirms it.
 */
class RepairsUiIT extends BrowserTest {

    private static final String PASSWORD = "Lublin2026demo";

    /** Waits for the request's state after a step (the page is reloaded by the step). */
    private void stateShows(String text) {
        try {
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.shot("6x-repair-unexpected");
            throw new AssertionError("expected the state '" + text + "', the page says: "
                    + browser.driver.findElement(By.id("main")).getText(), e);
        }
    }

    @Test
    void schoolReportsWithAPhotoDepartmentAllocatesSchoolRefusesThenAccepts() throws Exception {
        String title = "Zepsuta brama wjazdowa " + Long.toString(System.nanoTime(), 36);
        Path photo = Files.createTempFile("brama", ".png");
        Files.write(photo, Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));

        browser.login("dyrektor.szkoly", PASSWORD);
        browser.press(By.id("topForm:navRepairs"));
        browser.press(By.id("newRepair"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("repairForm:description")))
                .sendKeys("Brama nie domyka się, zamek jest wyłamany; dzieci mogą wyjść na ulicę.");
        new Select(browser.driver.findElement(By.id("repairForm:category"))).selectByValue("GROUNDS");
        new Select(browser.driver.findElement(By.id("repairForm:priority"))).selectByValue("SAFETY_HAZARD");
        browser.driver.findElement(By.id("repairForm:estimatedCost")).sendKeys("4 800,00");
        browser.press(By.id("repairForm:save"));

        // the missing title is named next to its field; what was typed is still there
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#repairForm .ui-message-error")));
        assertThat(error.getText()).contains("wymagane");
        assertThat(browser.driver.findElement(By.id("repairForm:description")).getAttribute("value")).startsWith("Brama nie domyka się");
        assertThat(browser.driver.findElement(By.id("repairForm:estimatedCost")).getAttribute("value")).isEqualTo("4 800,00");
        browser.shot("60-repair-invalid");

        browser.driver.findElement(By.id("repairForm:title")).sendKeys(title);
        browser.driver.findElement(By.cssSelector("input[type=file][id^='repairForm:photos']")).sendKeys(photo.toString());
        browser.press(By.id("repairForm:save"));
        stateShows("złożone");
        assertThat(browser.driver.findElement(By.id("photos")).findElements(By.tagName("img"))).hasSize(1);
        String url = browser.driver.getCurrentUrl();
        browser.shot("61-repair-submitted");
        browser.logout();

        // the department: the year's pool, then the request
        int year = LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear();
        browser.login("kierownik", PASSWORD);
        browser.press(By.id("topForm:navRepairNeeds"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("poolForm:amount"))).sendKeys("2 500 000,00");
        browser.press(By.id("poolForm:savePool"));
        browser.ajaxDone();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("poolAmount"), "2 500 000,00 zł"));
        assertThat(browser.driver.findElement(By.id("byCategory")).getText()).contains("Teren, ogrodzenie, boiska");
        browser.shot("62-repair-needs");

        browser.driver.get(url);
        browser.press(By.id("stepForm:review"));
        WebElement amount = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepForm:amount")));
        assertThat(amount.getAttribute("value")).isEqualTo("4 800,00");
        amount.clear();
        amount.sendKeys("4 650,00");
        new Select(browser.driver.findElement(By.id("stepForm:year"))).selectByValue(String.valueOf(year));
        browser.press(By.id("stepForm:approve"));
        stateShows("zatwierdzone");
        browser.press(By.id("stepForm:start"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepForm:invoiceNumber"))).sendKeys("FV/" + year + "/0042");
        browser.press(By.id("stepForm:settle"));
        stateShows("wykonane i rozliczone");
        browser.shot("63-repair-settled");
        browser.logout();

        // the school's director refuses to accept unfinished work: without a reason the error stands next to the field
        browser.login("dyrektor.szkoly", PASSWORD);
        browser.driver.get(url);
        browser.press(By.id("stepForm:refuseAcceptance"));
        assertThat(browser.text(By.cssSelector("#refusal .ui-message-error"))).contains("Podaj powód odmowy odbioru");
        stateShows("wykonane i rozliczone");
        browser.shot("63a-repair-refusal-without-reason");
        String reason = "Brama nadal się nie domyka, brak drugiego zamka.";
        browser.type("stepForm:refusalReason", reason);
        browser.press(By.id("stepForm:refuseAcceptance"));
        stateShows("w realizacji");
        assertThat(browser.text("history")).contains("Odmów odbioru prac").contains(reason);
        assertThat(browser.main()).doesNotContain("Potwierdź odbiór prac");
        browser.shot("63b-repair-refused");
        browser.logout();

        // the department reads the reason in the history and settles the work again once it is put right
        browser.login("referent", PASSWORD);
        browser.driver.get(url);
        stateShows("w realizacji");
        assertThat(browser.text("history")).contains(reason);
        browser.type("stepForm:invoiceNumber", "FV/" + year + "/0042/K");
        browser.press(By.id("stepForm:settle"));
        stateShows("wykonane i rozliczone");
        browser.logout();

        browser.login("dyrektor.szkoly", PASSWORD);
        browser.driver.get(url);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("stepForm:comment"))).sendKeys("Brama naprawiona, zamyka się.");
        browser.press(By.id("stepForm:accept"));
        stateShows("odebrane przez placówkę");
        String history = browser.driver.findElement(By.id("history")).getText();
        assertThat(history).contains("Przyznaj środki z puli").contains("4 650,00 zł").contains("Brama naprawiona, zamyka się.");
        browser.shot("64-repair-accepted");
    }
}
