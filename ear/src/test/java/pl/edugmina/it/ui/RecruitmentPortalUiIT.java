package pl.edugmina.it.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.RecruitmentFixtures;
import pl.edugmina.it.support.RecruitmentFixtures.OpenCampaign;
import pl.edugmina.it.support.Registry;
import pl.edugmina.it.support.Users;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent applies on the portal in the browser: finds the open campaign under "Rekrutacja", is told what is wrong,
 * builds the list of preferences (added, moved up), is warned while the list is short, saves a draft, signs with
 * Profil Zaufany in the simulator, comes back to the candidate code and PIN, and sees the application submitted; another
 * submits a new application for printing and gets the code and PIN in the page at once (one request, ADR 0017).
 */
class RecruitmentPortalUiIT extends BrowserTest {

    @Test
    void aParentFillsInTheApplicationSignsItWithProfilZaufanyAndGetsTheCodeAndPin() {
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        long other = Registry.units(Api.as("referent")).stream().map(Registry::id).filter(id -> id != school).findFirst().orElseThrow();
        OpenCampaign campaign = RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school, other);
        String password = "Rodzic2026!nabor";
        Users.Created parent = Users.create("rodzic.nabor", "CITIZEN");
        Users.changePassword(parent.login(), parent.oneTimePassword(), password).expect(204);

        browser.login(parent.login(), password);
        browser.press(By.id("topForm:navRecruitment"));
        assertThat(browser.text("mine")).contains("Nie masz jeszcze żadnego wniosku");
        WebElement row = browser.driver.findElements(By.cssSelector("#open_data tr")).stream()
                .filter(r -> r.getText().contains(campaign.name())).findFirst().orElseThrow();
        browser.press(row.findElement(By.linkText("Złóż wniosek")));
        browser.shot("60-recruitment-form-empty");

        // submitting an empty form names what is missing, next to each field
        browser.press("applicationForm:paper");
        assertThat(browser.text(By.cssSelector("[id='applicationForm:childFirstName'] ~ .ui-message-error, .ui-message-error")))
                .contains("wymagane");
        assertThat(browser.main()).contains("Wybierz co najmniej jedną placówkę");

        browser.type("applicationForm:childFirstName", "Zosia");
        browser.type("applicationForm:childLastName", "Nowak");
        browser.date("applicationForm:birthDate_input", "15.03.2022");
        browser.type("applicationForm:pesel", "22231510015");
        browser.type("applicationForm:locality", "Lublin");
        browser.type("applicationForm:street", "ul. Lipowa");
        browser.type("applicationForm:houseNumber", "13");
        browser.type("applicationForm:postalCode", "20-020");
        browser.type("applicationForm:guardian1Name", "Anna Nowak");
        browser.type("applicationForm:guardian1Email", "anna.nowak@example.pl");

        // two preferences: the other unit's class first, then moved below the demo school's
        List<String> labels = addPreferences(2);
        assertThat(browser.text("shortListWarning")).contains("krótsza").contains("(2 / 3)");
        browser.press(browser.driver.findElements(By.cssSelector("#chosen li button[id$=':up']")).get(1));
        browser.wait.until(d -> d.findElement(By.id("chosen")).getText().indexOf(labels.get(1))
                < d.findElement(By.id("chosen")).getText().indexOf(labels.get(0)));
        browser.driver.findElement(By.xpath("//label[contains(., 'Oboje rodzice pracują')]")).click();
        browser.press("applicationForm:save");
        assertThat(browser.main()).contains("Szkic wniosku zapisano");
        assertThat(browser.text("applicationStatus")).isEqualTo("szkic");
        browser.shot("61-recruitment-draft");

        browser.press("applicationForm:sign");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pz-sign")));
        assertThat(browser.driver.getCurrentUrl()).contains("/epuap-sim/pz/podpis/");
        assertThat(browser.driver.getPageSource()).contains("Zosia");
        browser.press(By.id("pz-sign"));

        assertThat(browser.text("outcomeText")).contains("podpisany i złożony");
        String code = browser.text("candidateCode");
        assertThat(code).matches("P-[A-Z2-9]{7}");
        assertThat(browser.text("candidatePin")).matches("[0-9]{8}");
        browser.shot("62-recruitment-signed");
        browser.press("openApplication");
        assertThat(browser.text("applicationStatus")).contains("złożony");
        assertThat(browser.text("applicationCode")).isEqualTo(code);
        assertThat(browser.text("preferences")).contains(labels.get(1));
        assertThat(browser.text("declared")).contains("Oboje rodzice pracują").contains("jeszcze nie zweryfikowano");
        assertThat(browser.text("history")).contains("Profilem Zaufanym");
        browser.shot("63-recruitment-submitted");
    }

    @Test
    void aParentSubmitsANewApplicationForPrintingAndSeesTheCodeAndPinAtOnce() throws Exception {
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        OpenCampaign campaign = RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school);
        ParentForm.openNew(browser, "rodzic.wydruk", "Rodzic2026!nabor", campaign.name());
        ParentForm.child(browser, "Jaś", "Wiśniewski", "22231510022", "ul. Krótka", "2", "20-021", "Ewa Wiśniewska", "600 100 200");
        List<String> labels = addPreferences(2);

        // "Złóż do wydruku" answers in the page: the code and the PIN, once, and where to bring the signed paper
        browser.press("applicationForm:paper");
        String code = browser.text("candidateCode");
        assertThat(code).matches("P-[A-Z2-9]{7}");
        assertThat(browser.text("candidatePin")).matches("[0-9]{8}");
        assertThat(browser.text("quickSubmitted")).contains("Wniosek złożony do wydruku").contains("placówki pierwszego wyboru");
        assertThat(browser.text("applicationStatus")).contains("złożony");
        assertThat(browser.driver.findElements(By.id("applicationForm"))).isEmpty();
        browser.shot("64-recruitment-paper-submitted");
        // the application to print, sign and bring
        String pdf = pl.edugmina.it.RecruitmentCommissionIT.pdfText(java.nio.file.Files.readAllBytes(browser.download(By.id("quickPdf"), ".pdf")));
        assertThat(pdf).contains(code).contains("Jaś").contains("Wiśniewski").contains("22231510022").contains(labels.get(0));

        browser.press("openApplication");
        assertThat(browser.text("applicationStatus")).contains("złożony");
        assertThat(browser.text("applicationChannel")).contains("do wydruku");
        assertThat(browser.text("applicationCode")).isEqualTo(code);
        assertThat(browser.text("preferences")).contains(labels.get(0)).contains(labels.get(1));
        assertThat(browser.text("history")).contains("do wydruku").contains(code);
        assertThat(browser.driver.findElements(By.id("candidatePin"))).as("the PIN is shown once").isEmpty();
    }

    /** Adds the first {@code n} offered classes to the list; returns their labels as listed. */
    private List<String> addPreferences(int n) {
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Select menu = new Select(browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("applicationForm:classToAdd"))));
            WebElement option = menu.getOptions().get(1);
            String label = option.getText();
            labels.add(label.substring(0, label.lastIndexOf(" – ")));
            menu.selectByIndex(1);
            browser.press("applicationForm:addPreference");
            int expected = i + 1;
            browser.wait.until(d -> d.findElements(By.cssSelector("#chosen li")).size() == expected);
        }
        return labels;
    }
}
