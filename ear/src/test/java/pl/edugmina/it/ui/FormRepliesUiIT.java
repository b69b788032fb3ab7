package pl.edugmina.it.ui;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.edugmina.it.SurveyIT;
import pl.edugmina.it.support.Api;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer form in the browser: the referent designs it (a text field, a number field, a table with
 * two columns), a school fills it in, is told which value is wrong, corrects it, and the referent sees
 * the data and downloads it as a workbook.
 */
class FormRepliesUiIT extends BrowserTest {

    @Test
    void referentDesignsAFormAndASchoolAnswersWithData() throws Exception {
        String subject = "Pracownie szkolne " + Long.toString(System.nanoTime(), 36);
        browser.login("referent", "Lublin2026demo");
        browser.open("/messages/new.xhtml");
        browser.type("messageForm:subject", subject);
        browser.driver.findElements(By.cssSelector("#messageForm\\:types label")).stream()
                .filter(l -> l.getText().startsWith("Szkoła podstawowa")).findFirst().orElseThrow().click();
        browser.write("messageForm:body", "Prosimy o dane o pracowniach.");

        String f = "messageForm:fields:";
        browser.press("messageForm:addField");
        browser.type(f + "0:label", "Osoba do kontaktu");
        browser.press(By.cssSelector("[id='" + f + "0:required'] .ui-chkbox-box"));
        browser.press("messageForm:addField");
        browser.type(f + "1:label", "Liczba oddziałów");
        browser.choose(f + "1:type", "liczba");
        browser.press("messageForm:addField");
        browser.type(f + "2:label", "Pracownie");
        browser.choose(f + "2:type", "tabela (wiersze)");
        browser.press(f + "2:addColumn");
        browser.type(f + "2:columns:0:clabel", "Nazwa");
        browser.press(f + "2:addColumn");
        browser.type(f + "2:columns:1:clabel", "Stanowiska");
        browser.choose(f + "2:columns:1:ctype", "liczba");
        browser.press(f + "2:addColumn");
        browser.type(f + "2:columns:2:clabel", "Stan");
        browser.choose(f + "2:columns:2:ctype", "wybór z listy");
        browser.type(f + "2:columns:2:coptions", "dobry; do remontu");
        assertThat(browser.driver.findElement(By.id(f + "0:label")).getAttribute("value")).as("typed values survive the updates")
                .isEqualTo("Osoba do kontaktu");
        browser.shot("50-form-designer");
        browser.press(By.id("messageForm:send"));
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state"))).getText()).contains("Czeka na akceptację");
        String trackingUrl = browser.driver.getCurrentUrl();
        long id = Long.parseLong(trackingUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.logout();
        Api.as("kierownik").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);
        Api.as("dyrektor.wydzialu").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);

        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        browser.login("dyrektor.szkoly", "Lublin2026demo");
        browser.open("/messages/message.xhtml?id=" + id + "&unit=" + school);
        String r = "replyForm:fields:";
        browser.type(r + "0:value", "Anna Kowalska");
        browser.type(r + "1:value", "dużo");
        browser.type(r + "2:rows:0:cols:0:cell", "Chemiczna");
        browser.type(r + "2:rows:0:cols:1:cell", "16");
        browser.type(r + "2:rows:1:cols:0:cell", "Informatyczna");
        browser.type(r + "2:rows:1:cols:1:cell", "24,5");
        browser.choose(r + "2:rows:1:cols:2:choiceCell", "do remontu");
        browser.press(By.id("replyForm:send"));
        WebElement errors = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("replyForm:formErrors")));
        assertThat(errors.getText()).contains("Pole „Liczba oddziałów”: „dużo” nie jest liczbą");
        assertThat(browser.driver.findElement(By.id(r + "2:rows:1:cols:0:cell")).getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("Informatyczna");
        browser.shot("51-form-wrong-value");
        browser.type(r + "1:value", "14");
        browser.press(By.id("replyForm:send"));
        WebElement replies = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section[aria-labelledby='secReplies'] .eg-form-answer")));
        assertThat(replies.getText()).contains("Anna Kowalska").contains("14");
        assertThat(browser.driver.findElement(By.cssSelector("section[aria-labelledby='secReplies']")).getText()).contains("Informatyczna").contains("24,5");
        browser.shot("52-form-answered");
        browser.logout();

        browser.login("referent", "Lublin2026demo");
        browser.driver.get(trackingUrl);
        assertThat(browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("counts"))).getText()).contains("Odpowiedziano: 1");
        List<List<String>> rows = SurveyIT.rows(Files.readAllBytes(browser.download(By.id("actions:formXlsx"), ".xlsx")), "Odpowiedzi");
        assertThat(rows.get(0)).contains("Osoba do kontaktu", "Liczba oddziałów");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("Anna Kowalska", "14");
        List<List<String>> labs = SurveyIT.rows(Files.readAllBytes(browser.downloaded(".xlsx")), "Pracownie");
        assertThat(labs).extracting(row -> row.get(3)).containsExactly("Stanowiska", "16", "24.5");
        assertThat(labs.get(2)).contains("do remontu");
    }
}
