package pl.edugmina.it.ui;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.PostgresSessionListener;
import pl.edugmina.it.support.RecruitmentFixtures;
import pl.edugmina.it.support.RecruitmentFixtures.OpenCampaign;
import pl.edugmina.it.support.Registry;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path of a recruitment in the browser: a parent applies and signs with Profil Zaufany in the simulator, the
 * first-choice school's director verifies the application, the department's head runs the final allocation, the
 * parent reads the result on the public page with the code and PIN, and confirms the will to attend on the portal.
 */
class RecruitmentPathUiIT extends BrowserTest {

    private static final String PASSWORD = "Lublin2026demo";

    @Test
    void parentAppliesUnitVerifiesDepartmentAllocatesParentSeesTheResultAndConfirms() throws Exception {
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        String schoolName = Registry.unit(Api.as("referent"), school).getJsonObject("data").getString("name");
        long other = Registry.units(Api.as("referent")).stream().map(Registry::id).filter(id -> id != school).findFirst().orElseThrow();
        OpenCampaign campaign = RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school, other);
        // 1. the parent applies and signs with Profil Zaufany
        String password = "Rodzic2026!sciezka";
        String parent = ParentForm.openNew(browser, "rodzic.sciezka", password, campaign.name());
        ParentForm.child(browser, "Ola", "Kwiatkowska", "22231510022", "ul. Narutowicza", "5", "20-016", "Marta Kwiatkowska", "600 200 300");
        Select menu = new Select(browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("applicationForm:classToAdd"))));
        WebElement grupaA = menu.getOptions().stream().filter(o -> o.getText().startsWith(schoolName + " – Grupa A")).findFirst().orElseThrow();
        menu.selectByValue(grupaA.getAttribute("value"));
        browser.press("applicationForm:addPreference");
        browser.wait.until(d -> d.findElements(By.cssSelector("#chosen li")).size() == 1);
        browser.driver.findElement(By.xpath("//label[contains(., 'Oboje rodzice pracują')]")).click();
        browser.press("applicationForm:sign");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pz-sign")));
        browser.press(By.id("pz-sign"));
        assertThat(browser.text("outcomeText")).contains("podpisany i złożony");
        String code = browser.text("candidateCode");
        String pin = browser.text("candidatePin");
        browser.shot("80-path-signed");
        browser.logout();

        // 2. the first-choice school's director verifies it
        browser.login("dyrektor.szkoly", PASSWORD);
        browser.press(By.id("topForm:navRecruitmentCommission"));
        new Select(browser.driver.findElement(By.id("filters:campaign"))).selectByValue(String.valueOf(campaign.id()));
        browser.press(By.id("filters:show"));
        assertThat(browser.text("listForm:applications")).contains(code);
        browser.press(By.linkText(code));
        browser.press(By.id("decisions:criteria:0:accept"));
        assertThat(browser.text(By.cssSelector("[id^='verdict-PRACA']"))).contains("uznane");
        browser.press(By.id("stepForm:verify"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "zweryfikowany"));
        browser.shot("81-path-verified");
        browser.logout();

        // 3. the department's head runs the final allocation
        browser.login("kierownik", PASSWORD);
        browser.press(By.id("topForm:navAllocation"));
        browser.press(By.linkText(campaign.name()));
        // the final run asks for a confirmation first (a dialog, no request yet)
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("startForm:startFinal"))).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("classesForm:classes")));
        assertThat(browser.text("runsForm:runs")).contains("zakończony");
        browser.shot("82-path-allocated");
        browser.logout();

        // the timetable moves on (arranged in the database, as time passing)
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL),
                System.getProperty(PostgresSessionListener.USER), System.getProperty(PostgresSessionListener.PASSWORD));
             Statement st = c.createStatement()) {
            // the qualified lists are out (the public page shows results from then) and the confirmation runs
            st.executeUpdate("update recruitment_stage set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' "
                    + "where stage = 'QUALIFIED_LIST' and campaign_id = " + campaign.id());
            st.executeUpdate("update recruitment_stage set starts_at = now() - interval '1 hour', ends_at = now() + interval '3 days' "
                    + "where stage = 'CONFIRMATION' and campaign_id = " + campaign.id());
        }

        // 4. the result on the public page, without an account
        browser.open("/nabor/wyniki.xhtml");
        browser.type("resultsForm:code", code);
        browser.type("resultsForm:pin", pin);
        browser.press("resultsForm:check");
        assertThat(browser.text("verdict")).startsWith("Zakwalifikowany do: " + schoolName);
        browser.shot("83-path-public-result");

        // 5. the parent confirms the will to attend
        browser.login(parent, password);
        browser.press(By.id("topForm:navRecruitment"));
        browser.press(By.linkText("Ola Kwiatkowska"));
        assertThat(browser.text("outcomeText")).contains("zakwalifikowane do").contains(schoolName);
        assertThat(browser.text("preferences")).contains("20,00").doesNotContain("jeszcze nie zweryfikowano");
        browser.press("actionsForm:confirmWill");
        assertThat(browser.text("confirmedAt")).contains("potwierdzona");
        browser.shot("84-path-confirmed");
        // and downloads the result as PDF: the class, the points and the confirmation, without the PESEL
        PdfReader reader = new PdfReader(Files.readAllBytes(browser.download(By.id("outcomeForm:outcomePdf"), ".pdf")));
        StringBuilder pdf = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pdf.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(pdf.toString().replaceAll("\\s+", " ")).contains("Informacja o wyniku postępowania rekrutacyjnego").contains(code)
                .contains("Ola Kwiatkowska").contains("zakwalifikowany do: " + schoolName).contains("20,00")
                .contains("Wola przyjęcia potwierdzona").doesNotContain("22231510022");

        // 6. the confirmation is over and the admitted lists are out: the unit's public lists show the code as admitted
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL),
                System.getProperty(PostgresSessionListener.USER), System.getProperty(PostgresSessionListener.PASSWORD));
             Statement st = c.createStatement()) {
            st.executeUpdate("update recruitment_stage set starts_at = now() - interval '1 hour', ends_at = now() - interval '1 minute' "
                    + "where stage = 'CONFIRMATION' and campaign_id = " + campaign.id());
            st.executeUpdate("update recruitment_stage set starts_at = now() - interval '1 minute', ends_at = now() + interval '3 days' "
                    + "where stage = 'ADMITTED_LIST' and campaign_id = " + campaign.id());
        }
        browser.logout();
        browser.open("/nabor/wyniki.xhtml");
        browser.press(By.id("footerLists"));
        browser.press(By.linkText(campaign.name() + " (2027/2028)"));
        assertThat(browser.text("units")).contains(schoolName);
        browser.press(By.linkText(schoolName));
        String lists = browser.text("unitLists");
        assertThat(lists.substring(lists.indexOf("Lista kandydatów przyjętych"), lists.indexOf("Lista kandydatów nieprzyjętych")))
                .contains(code);
        assertThat(lists).doesNotContain("Kwiatkowska");
        browser.shot("85-path-public-lists");

        // 7. the school's director prints the admitted list with names for the notice board
        browser.login("dyrektor.szkoly", PASSWORD);
        browser.open("/recruitment/lists.xhtml?campaign=" + campaign.id());
        WebElement classRow = browser.driver.findElements(By.cssSelector("#classes tbody tr")).stream()
                .filter(r -> r.getText().contains("Grupa A")).findFirst().orElseThrow();
        browser.press(classRow.findElement(By.linkText("Listy do druku")));
        assertThat(browser.text("admitted")).contains("Kwiatkowska Ola");
        // the not-admitted list is empty (its heading counts 0; an empty list has no visible text to wait for)
        assertThat(browser.text("secNotAdmitted")).endsWith("(0)");
        browser.shot("86-path-admitted-list");
    }
}
