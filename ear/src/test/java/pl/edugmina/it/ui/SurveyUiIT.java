package pl.edugmina.it.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.edugmina.it.SurveyIT;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Users;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole Excel survey in the browser: the referent sends a template to all primary schools, the
 * approval chain accepts it, two schools answer with the filled file (one first tries a file whose
 * layout it changed and is told why), and the referent downloads the merged workbook and the ZIP.
 */
class SurveyUiIT extends BrowserTest {

    private static final String PASSWORD = "Ankieta2026!przegladarka";

    @Test
    void surveyToAllPrimarySchoolsAnsweredByTwoSchoolsAndMerged() throws Exception {
        String subject = "Etaty nauczycieli " + Long.toString(System.nanoTime(), 36);
        long schoolA = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        long schoolB = Api.as("referent").get("/api/units?" + Api.query("typeId", 2, "size", 50)).expect(200).rows().stream()
                .map(u -> u.getJsonNumber("id").longValue()).filter(id -> id != schoolA).findFirst().orElseThrow();
        String secretaryB = Users.createReady("sekretariat.ui", "UNIT_SECRETARY", schoolB, PASSWORD).login();
        Path template = write("etaty.xlsx", SurveyIT.template());

        browser.login("referent", "Lublin2026demo");
        browser.press(By.id("topForm:navMessagesSent"));
        browser.press(By.id("newMessage"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messageForm:subject"))).sendKeys(subject);
        browser.driver.findElements(By.cssSelector("#messageForm\\:types label")).stream()
                .filter(l -> l.getText().startsWith("Szkoła podstawowa")).findFirst().orElseThrow().click();
        browser.write("messageForm:body", "Proszę wypełnić arkusz etatów w załączonym szablonie.");
        browser.driver.findElement(By.cssSelector("input[type=file][id^='messageForm:surveyTemplate']")).sendKeys(template.toString());
        browser.shot("40-survey-new");
        browser.press(By.id("messageForm:send"));
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state"))).getText()).contains("Czeka na akceptację");
        assertThat(browser.driver.findElement(By.id("files")).getText()).contains("etaty.xlsx").contains("szablon ankiety");
        String trackingUrl = browser.driver.getCurrentUrl();
        browser.logout();

        for (String approver : new String[] {"kierownik", "dyrektor.wydzialu"}) {
            browser.login(approver, "Lublin2026demo");
            browser.press(By.id("topForm:navMessagesSent"));
            browser.press(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("awaiting")))
                    .findElements(By.tagName("a")).stream().filter(a -> a.getText().equals(subject)).findFirst().orElseThrow());
            browser.press(By.id("approval:approve"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
            browser.logout();
        }

        // school A: the filled template
        answer("dyrektor.szkoly", "Lublin2026demo", subject,
                write("etaty-sp.xlsx", SurveyIT.workbook("Liczba etatów", new Object[][] {{4.5, 5}, {3, 3}})), null);
        // school B: first a file whose header it changed, refused with the reason, then the right one
        answer(secretaryB, PASSWORD, subject,
                write("etaty-sp-b.xlsx", SurveyIT.workbook("Liczba etatów", new Object[][] {{7, 8}, {6.25, 7}})),
                write("etaty-zmienione.xlsx", SurveyIT.workbook("Etaty", new Object[][] {{7, 8}, {6.25, 7}})));

        browser.login("referent", "Lublin2026demo");
        browser.driver.get(trackingUrl);
        assertThat(browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("counts"))).getText()).contains("Odpowiedziano: 2");
        browser.shot("43-survey-tracking");
        Path merged = browser.download(By.id("actions:surveyXlsx"), ".xlsx");
        List<List<String>> rows = SurveyIT.rows(Files.readAllBytes(merged), "Etaty");
        List<String> header = rows.stream().filter(r -> r.contains("Przedmiot")).findFirst().orElseThrow();
        List<List<String>> data = rows.subList(rows.indexOf(header) + 1, rows.size());
        int fte = header.indexOf("Liczba etatów");
        assertThat(data).extracting(r -> r.get(fte)).containsExactlyInAnyOrder("4.5", "3", "7", "6.25");

        Path zip = browser.download(By.id("actions:zip"), ".zip");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("podsumowanie.xlsx", "zestawienie.xlsx");
        assertThat(entries).filteredOn(n -> n.endsWith(".xlsx") && n.contains("_")).hasSize(2);
    }

    private void answer(String login, String password, String subject, Path filled, Path wrongFirst) {
        browser.login(login, password);
        browser.press(By.id("topForm:navMessages"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inboxForm:q"))).sendKeys(subject);
        browser.press(By.id("inboxForm:search"));
        browser.ajaxDone();
        browser.press(By.cssSelector("#inboxForm\\:inbox_data tr a"));
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("surveyHint"))).getText()).contains("ankietą");
        if (wrongFirst != null) {
            browser.driver.findElement(By.cssSelector("input[type=file][id^='replyForm:files']")).sendKeys(wrongFirst.toString());
            browser.press(By.id("replyForm:send"));
            WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#replyForm .ui-message-error")));
            assertThat(browser.driver.findElement(By.id("replyForm")).getText()).contains("nie zachowuje układu szablonu").contains("Liczba etatów");
            assertThat(error.isDisplayed()).isTrue();
            browser.shot("42-survey-wrong-layout");
        }
        browser.driver.findElement(By.cssSelector("input[type=file][id^='replyForm:files']")).sendKeys(filled.toString());
        browser.press(By.id("replyForm:send"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section[aria-labelledby='secReplies']"), filled.getFileName().toString()));
        browser.shot("41-survey-answered-" + login);
        browser.logout();
    }

    private Path write(String name, byte[] content) throws Exception {
        Path dir = Files.createDirectories(profile.resolve("files"));
        return Files.write(dir.resolve(name), content);
    }
}
