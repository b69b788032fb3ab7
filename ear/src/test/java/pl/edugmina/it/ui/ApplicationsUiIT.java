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
import java.nio.file.Path;

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

    private void checkbox(String containerId, String labelStart) {
        browser.driver.findElements(By.cssSelector("[id='" + containerId + "'] label")).stream()
                .filter(l -> l.getText().startsWith(labelStart)).findFirst().orElseThrow().click();
    }

    @Test
    void aSchoolAppliesTheCommitteeScoresAndTheDepartmentDecides() throws Exception {
        String name = "Granty „Zdrowa szkoła” " + Long.toString(System.nanoTime(), 36);
        String member = Users.createReady("komisja.ui", "DEPT_OFFICER", null, MEMBER_PASSWORD).login();

        browser.login("referent", "Lublin2026demo");
        browser.open("/index.xhtml");
        browser.press(By.id("topForm:navApplicationCalls"));
        // a new kind of applications: a wrong code is named next to its field, then the kind is listed
        String kind = "Nagrody dla pedagogów " + Long.toString(System.nanoTime(), 36);
        browser.press("kinds");
        browser.type("kindForm:name", kind);
        browser.type("kindForm:code", "zły kod");
        browser.press("kindForm:create");
        assertThat(browser.text(By.cssSelector("[id='kindForm'] .ui-message-error"))).contains("wielkie litery, cyfry i podkreślenia");
        assertThat(browser.driver.findElement(By.id("kindForm:name")).getAttribute("value")).isEqualTo(kind);
        browser.type("kindForm:code", "NAGRODY_" + Long.toString(System.nanoTime(), 36).toUpperCase());
        browser.press("kindForm:create");
        assertThat(browser.text("kinds")).contains(kind);
        browser.press("backToCalls");
        browser.press("newCall");
        browser.type("callForm:name", name);
        checkbox("callForm:eligibleUnitTypes", "Szkoła podstawowa");
        browser.type("callForm:budget", "20 000");
        browser.type("callForm:criterionRows:0:clabel", "Jakość projektu");
        browser.press("callForm:appForm:addField");
        browser.type("callForm:appForm:fields:0:label", "Opis projektu");
        browser.press(By.cssSelector("[id='callForm:appForm:fields:0:required'] .ui-chkbox-box"));
        browser.shot("60-call-new");
        browser.press(By.id("callForm:create"));
        assertThat(browser.text("secRules")).isNotEmpty();
        String callUrl = browser.driver.getCurrentUrl();
        assertThat(browser.main()).contains(name).contains("Nabór wniosków");
        browser.logout();

        // the school writes: a missing form field is named, the draft stays, then it is submitted
        browser.login("sekretariat", "Lublin2026demo");
        browser.press(By.id("topForm:navApplications"));
        browser.press(By.cssSelector("a[title^='Napisz wniosek: " + name + "']"));
        browser.type("applicationForm:title", "Ogród sensoryczny");
        browser.type("applicationForm:amount", "5 000,00");
        browser.press(By.id("applicationForm:submit"));
        assertThat(browser.text("applicationForm:formErrors")).contains("Pole „Opis projektu”: to pole jest wymagane");
        assertThat(browser.main()).contains("zapisana wersja robocza pozostaje bez zmian");
        assertThat(browser.driver.findElement(By.id("applicationForm:title")).getAttribute("value")).isEqualTo("Ogród sensoryczny");
        browser.shot("61-application-refused");
        browser.type("applicationForm:fields:0:value", "Ogród z ziołami i ścieżką sensoryczną");
        browser.press(By.id("applicationForm:submit"));
        assertThat(browser.text("status")).contains("Złożony");
        long applicationId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.logout();

        // the referent forms the committee and starts the evaluation before the window's end
        browser.login("referent", "Lublin2026demo");
        browser.driver.get(callUrl);
        checkbox("callForm:committee", "Test " + member);
        browser.press(By.id("callForm:saveCommittee"));
        // the page is replaced after saving: wait for the new one rather than read the old one
        browser.awaitMain("Skład komisji zapisano");
        browser.press(By.cssSelector("[id='callForm:closeEarly'] .ui-chkbox-box"));
        browser.press(By.id("callForm:startEvaluation"));
        assertThat(browser.main()).contains("Ocena rozpoczęta").contains("ocena niepełna");
        browser.press(By.id("callForm:applications:0:assign"));
        assertThat(browser.main()).contains("Przydział do oceny zapisano").contains(member);
        browser.logout();

        // the committee member scores under "Moje oceny"
        browser.login(member, MEMBER_PASSWORD);
        browser.press(By.id("topForm:navEvaluations"));
        browser.press(By.linkText("Ogród sensoryczny"));
        assertThat(browser.main()).contains("Ogród z ziołami i ścieżką sensoryczną");
        browser.type("scoreForm:criteria:0:score", "11");
        browser.press(By.id("scoreForm:saveScore"));
        assertThat(browser.text("scoreForm:pointsErrors")).contains("„Jakość projektu”: podaj od 0 do 10 punktów");
        browser.type("scoreForm:criteria:0:score", "8,5");
        browser.press(By.id("scoreForm:saveScore"));
        assertThat(browser.main()).contains("Ocenę zapisano");
        browser.shot("62-scored");
        browser.logout();

        // the referent ends the evaluation, approves the recommendation and prints it
        browser.login("referent", "Lublin2026demo");
        browser.driver.get(callUrl);
        browser.press(By.id("callForm:closeEvaluation"));
        assertThat(browser.main()).contains("8,50").contains("5 000,00 zł");
        browser.press(By.id("callForm:recommend"));
        assertThat(browser.main()).contains("Listę rekomendacji dla Prezydenta Miasta zatwierdzono");
        Path recommendation = browser.download(By.id("callForm:recommendationPdf"), ".pdf");
        String pdf = new PdfTextExtractor(new PdfReader(Files.readAllBytes(recommendation))).getTextFromPage(1);
        assertThat(pdf).contains(name).contains("Ogród sensoryczny");
        browser.shot("63-recommended");
        browser.logout();

        // the department director records the mayor's decision
        browser.login("dyrektor.wydzialu", "Lublin2026demo");
        browser.driver.get(callUrl);
        browser.press(By.id("callForm:decide"));
        assertThat(browser.main()).contains("Rozstrzygnięcie zapisano");
        browser.logout();

        // the school sees the granted amount
        browser.login("sekretariat", "Lublin2026demo");
        browser.press(By.id("topForm:navApplications"));
        String mine = browser.text("mine");
        assertThat(mine).contains("Ogród sensoryczny").contains("Przyznano środki").contains("5 000,00 zł");
        browser.open("/applications/application.xhtml?id=" + applicationId);
        assertThat(browser.text("status")).contains("Przyznano środki");
        assertThat(browser.text("history")).contains("Złożono wniosek").contains("Przekazano komisji").contains("Rekomendowano").contains("Przyznano środki")
                .doesNotContain("Członek komisji ocenił");
        browser.shot("64-granted");
        assertThat(Api.as("sekretariat").get("/api/applications/" + applicationId).expect(200).obj().getString("status")).isEqualTo("GRANTED");
    }
}
