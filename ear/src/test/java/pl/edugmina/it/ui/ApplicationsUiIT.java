package pl.edugmina.it.ui;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Users;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main path of applications in the browser: the referent opens a call with a criterion and an application form,
 * the school's secretariat writes an application, is told which field is missing (the draft is kept) and submits it,
 * the referent forms the committee and starts the evaluation, the member scores it under "Moje oceny", the referent
 * ends the evaluation and approves the recommendation (PDF), the department director records the decision, and the
 * school sees the granted amount.
 */
class ApplicationsUiIT extends BrowserTest {

    private static final String MEMBER_PASSWORD = "Komisja2026!bezpieczne";

    private void type(String id, String text) {
        WebElement e = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }

    private void click(String id) {
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        browser.ajaxDone();
    }

    private void checkbox(String containerId, String labelStart) {
        browser.driver.findElements(By.cssSelector("[id='" + containerId + "'] label")).stream()
                .filter(l -> l.getText().startsWith(labelStart)).findFirst().orElseThrow().click();
    }

    private String text(String id) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    @Test
    void aSchoolAppliesTheCommitteeScoresAndTheDepartmentDecides() throws Exception {
        String name = "Granty „Zdrowa szkoła” " + Long.toString(System.nanoTime(), 36);
        String member = Users.createReady("komisja.ui", "DEPT_OFFICER", null, MEMBER_PASSWORD).login();

        browser.login("referent", "Lublin2026demo");
        browser.open("/index.xhtml");
        browser.driver.findElement(By.id("topForm:navApplicationCalls")).click();
        click("newCall");
        type("callForm:name", name);
        checkbox("callForm:eligibleUnitTypes", "Szkoła podstawowa");
        type("callForm:budget", "20 000");
        type("callForm:criterionRows:0:clabel", "Jakość projektu");
        click("callForm:appForm:addField");
        type("callForm:appForm:fields:0:label", "Opis projektu");
        browser.driver.findElement(By.cssSelector("[id='callForm:appForm:fields:0:required'] .ui-chkbox-box")).click();
        browser.shot("60-call-new");
        browser.driver.findElement(By.id("callForm:create")).click();
        assertThat(text("secRules")).isNotEmpty();
        String callUrl = browser.driver.getCurrentUrl();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(name).contains("Nabór wniosków");
        browser.logout();

        // the school writes: a missing form field is named, the draft stays, then it is submitted
        browser.login("sekretariat", "Lublin2026demo");
        browser.driver.findElement(By.id("topForm:navApplications")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[title^='Napisz wniosek: " + name + "']"))).click();
        type("applicationForm:title", "Ogród sensoryczny");
        type("applicationForm:amount", "5 000,00");
        browser.driver.findElement(By.id("applicationForm:submit")).click();
        assertThat(text("applicationForm:formErrors")).contains("Pole „Opis projektu”: to pole jest wymagane");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("zapisana wersja robocza pozostaje bez zmian");
        assertThat(browser.driver.findElement(By.id("applicationForm:title")).getAttribute("value")).isEqualTo("Ogród sensoryczny");
        browser.shot("61-application-refused");
        type("applicationForm:fields:0:value", "Ogród z ziołami i ścieżką sensoryczną");
        browser.driver.findElement(By.id("applicationForm:submit")).click();
        assertThat(text("status")).contains("Złożony");
        long applicationId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.logout();

        // the referent forms the committee and starts the evaluation before the window's end
        browser.login("referent", "Lublin2026demo");
        browser.driver.get(callUrl);
        checkbox("callForm:committee", "Test " + member);
        browser.driver.findElement(By.id("callForm:saveCommittee")).click();
        // the page is replaced after saving: wait for the new one rather than read the old one
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Skład komisji zapisano"));
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='callForm:closeEarly'] .ui-chkbox-box"))).click();
        browser.driver.findElement(By.id("callForm:startEvaluation")).click();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Ocena rozpoczęta").contains("ocena niepełna");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("callForm:applications:0:assign"))).click();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Przydział do oceny zapisano").contains(member);
        browser.logout();

        // the committee member scores under "Moje oceny"
        browser.login(member, MEMBER_PASSWORD);
        browser.driver.findElement(By.id("topForm:navEvaluations")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Ogród sensoryczny"))).click();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Ogród z ziołami i ścieżką sensoryczną");
        type("scoreForm:criteria:0:score", "11");
        browser.driver.findElement(By.id("scoreForm:saveScore")).click();
        assertThat(text("scoreForm:pointsErrors")).contains("„Jakość projektu”: podaj od 0 do 10 punktów");
        type("scoreForm:criteria:0:score", "8,5");
        browser.driver.findElement(By.id("scoreForm:saveScore")).click();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Ocenę zapisano");
        browser.shot("62-scored");
        browser.logout();

        // the referent ends the evaluation, approves the recommendation and prints it
        browser.login("referent", "Lublin2026demo");
        browser.driver.get(callUrl);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("callForm:closeEvaluation"))).click();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("8,50").contains("5 000,00 zł");
        browser.driver.findElement(By.id("callForm:recommend")).click();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Listę rekomendacji dla Prezydenta Miasta zatwierdzono");
        browser.driver.findElement(By.id("callForm:recommendationPdf")).click();
        String pdf = new PdfTextExtractor(new PdfReader(Files.readAllBytes(browser.downloaded(".pdf")))).getTextFromPage(1);
        assertThat(pdf).contains(name).contains("Ogród sensoryczny");
        browser.shot("63-recommended");
        browser.logout();

        // the department director records the mayor's decision
        browser.login("dyrektor.wydzialu", "Lublin2026demo");
        browser.driver.get(callUrl);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("callForm:decide"))).click();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Rozstrzygnięcie zapisano");
        browser.logout();

        // the school sees the granted amount
        browser.login("sekretariat", "Lublin2026demo");
        browser.driver.findElement(By.id("topForm:navApplications")).click();
        String mine = text("mine");
        assertThat(mine).contains("Ogród sensoryczny").contains("Przyznano środki").contains("5 000,00 zł");
        browser.open("/applications/application.xhtml?id=" + applicationId);
        assertThat(text("status")).contains("Przyznano środki");
        assertThat(text("history")).contains("Złożono wniosek").contains("Przekazano komisji").contains("Rekomendowano").contains("Przyznano środki")
                .doesNotContain("Członek komisji ocenił");
        browser.shot("64-granted");
        assertThat(Api.as("sekretariat").get("/api/applications/" + applicationId).expect(200).obj().getString("status")).isEqualTo("GRANTED");
    }
}
