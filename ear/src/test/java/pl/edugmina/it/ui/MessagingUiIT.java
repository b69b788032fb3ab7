package pl.edugmina.it.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The department writes to all primary schools; a school's director sees it as new in the menu,
 * reads it and answers; the referent's matrix shows the school as read and answered.
 */
class MessagingUiIT extends BrowserTest {

    @Test
    void referentWritesToAllPrimarySchoolsAndFollowsTheAnswer() throws Exception {
        String subject = "Dane o dowozach uczniów " + Long.toString(System.nanoTime(), 36);
        browser.login("referent", "Lublin2026demo");
        browser.press(By.id("topForm:navMessagesSent"));
        browser.press(By.id("newMessage"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messageForm:subject")));
        browser.press(By.id("messageForm:send"));
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messageForm .ui-message-error")));
        assertThat(browser.driver.findElement(By.id("messageForm")).getText()).contains("Wybierz co najmniej jedną");
        assertThat(error.getText()).isNotBlank();
        browser.shot("30-message-invalid");

        WebElement primary = browser.driver.findElements(By.cssSelector("#messageForm\\:types label")).stream()
                .filter(l -> l.getText().startsWith("Szkoła podstawowa")).findFirst().orElseThrow();
        primary.click();
        browser.driver.findElement(By.id("messageForm:subject")).sendKeys(subject);
        // formatted text: a bold phrase and a bulleted list, written with the toolbar as an official does
        WebElement editor = browser.driver.findElement(By.cssSelector("[id='messageForm:body'] .ql-editor"));
        assertThat(editor.getAttribute("role")).isEqualTo("textbox");
        assertThat(browser.driver.findElement(By.id(editor.getAttribute("aria-labelledby"))).getText()).startsWith("Treść");
        browser.write("messageForm:body", "Proszę o liczbę uczniów ");
        browser.format("messageForm:body", "Pogrubienie");
        browser.write("messageForm:body", "dowożonych");
        browser.format("messageForm:body", "Pogrubienie");
        browser.write("messageForm:body", " do szkoły:", Keys.ENTER);
        browser.format("messageForm:body", "Lista punktowana");
        browser.write("messageForm:body", "rano", Keys.ENTER, "po lekcjach", Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("class")).as("Tab leaves the editor")
                .doesNotContain("ql-editor");
        java.nio.file.Path form = java.nio.file.Files.createTempFile("formularz-dowozy", ".pdf");
        java.nio.file.Files.write(form, "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        browser.driver.findElement(By.cssSelector("input[type=file][id^='messageForm:files']")).sendKeys(form.toString());
        browser.press(By.id("messageForm:send"));
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state"))).getText())
                .contains("Czeka na akceptację").contains("Kierownik referatu");
        String trackingUrl = browser.driver.getCurrentUrl();
        browser.logout();

        // the approval chain: kierownik referatu, then dyrektor wydziału
        for (String approver : new String[] {"kierownik", "dyrektor.wydzialu"}) {
            browser.login(approver, "Lublin2026demo");
            browser.press(By.id("topForm:navMessagesSent"));
            browser.press(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("awaiting")))
                    .findElements(By.tagName("a")).stream().filter(a -> a.getText().equals(subject)).findFirst().orElseThrow());
            browser.press(By.id("approval:approve"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
            browser.shot("31-approved-by-" + approver);
            browser.logout();
        }
        browser.login("referent", "Lublin2026demo");
        browser.driver.get(trackingUrl);
        WebElement counts = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("counts")));
        assertThat(counts.getText()).contains("Dostarczona");
        assertThat(browser.driver.findElement(By.id("state")).getText()).contains("Wysłana");
        browser.shot("31-message-tracking");
        browser.logout();

        browser.login("dyrektor.szkoly", "Lublin2026demo");
        WebElement nav = browser.driver.findElement(By.id("topForm:navMessages"));
        assertThat(nav.getText()).matches("Wiadomości \\(\\d+\\)");
        browser.press(nav);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inboxForm:q"))).sendKeys(subject);
        browser.press(By.id("inboxForm:search"));
        browser.ajaxDone();
        WebElement row = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inboxForm\\:inbox_data tr")));
        assertThat(row.getText()).contains("Nowa").contains(subject);
        browser.shot("32-school-inbox");
        browser.press(row.findElement(By.tagName("a")));
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("files"))).getText()).contains("formularz-dowozy");
        WebElement text = browser.driver.findElement(By.id("messageBody"));
        assertThat(text.findElement(By.tagName("strong")).getText()).isEqualTo("dowożonych");
        assertThat(text.findElements(By.cssSelector("ul > li")).stream().map(WebElement::getText)).as(text.getAttribute("innerHTML"))
                .containsExactly("rano", "po lekcjach");
        browser.driver.findElement(By.id("replyForm:reply")).sendKeys("Dowożonych jest 27 uczniów.");
        browser.press(By.id("replyForm:send"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("secReplies"), "Nasze odpowiedzi"));
        assertThat(browser.driver.findElement(By.id("secReplies")).findElement(By.xpath("..")).getText()).contains("Dowożonych jest 27 uczniów.");
        browser.shot("33-school-answered");
        browser.logout();

        browser.login("referent", "Lublin2026demo");
        browser.driver.get(trackingUrl);
        WebElement filter = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#matrixForm\\:matrix input[id$='filter']")));
        String school = browser.driver.findElement(By.id("topForm:account")).getText();
        assertThat(school).isNotBlank();
        WebElement answered = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("counts")));
        assertThat(answered.getText()).contains("Odpowiedziano: 1");
        assertThat(filter.isDisplayed()).isTrue();
        browser.shot("34-tracking-answered");
    }

    @Test
    void aSchoolWritesToTheDepartmentAndTheReferentAnswers() {
        String subject = "Pytanie o remont sali " + Long.toString(System.nanoTime(), 36);
        browser.login("sekretariat", "Lublin2026demo");
        browser.press(By.id("topForm:navMessages"));
        browser.press(By.id("writeToDepartment"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("writeForm:subject"))).sendKeys(subject);
        browser.press(By.id("writeForm:send"));
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#writeForm .ui-message-error"))).getText())
                .isNotBlank();
        browser.driver.findElement(By.id("writeForm:body")).sendKeys("Czy remont sali gimnastycznej zdąży przed feriami?");
        browser.press(By.id("writeForm:send"));
        WebElement written = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("written")));
        assertThat(written.getText()).contains(subject).contains("jeszcze nie odczytana");
        browser.shot("35-school-wrote-to-department");
        browser.logout();

        browser.login("referent", "Lublin2026demo");
        browser.press(By.id("topForm:navMessagesSent"));
        WebElement fromUnits = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("fromUnits")));
        assertThat(fromUnits.getText()).contains("nowe");
        browser.press(fromUnits);
        browser.press(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fromUnitsForm:rows")))
                .findElements(By.tagName("a")).stream().filter(a -> a.getText().equals(subject)).findFirst().orElseThrow());
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messageBody"))).getText()).contains("sali gimnastycznej");
        browser.press(By.id("answer"));
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("replyToUnit"))).getText()).contains("Odpowiedź do placówki");
        assertThat(browser.driver.findElement(By.id("messageForm:subject")).getAttribute("value")).isEqualTo("Odp.: " + subject);
        browser.write("messageForm:body", "Tak, prace skończą się 20 stycznia.");
        browser.press(By.id("messageForm:send"));
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state"))).getText()).contains("Czeka na akceptację");
        assertThat(browser.main()).contains("Odp.: " + subject);
        browser.shot("36-department-answers-school");

        // groups of people: the screen refuses a group without a name or members, with reasons next to the fields
        browser.press(By.id("topForm:navMessagesSent"));
        browser.press(By.id("userGroups"));
        browser.press(By.id("groupForm:save"));
        browser.ajaxDone();
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("groupForm"))).getText())
                .contains("Wybierz co najmniej jedną osobę.");
        browser.shot("37-user-groups");
    }
}
