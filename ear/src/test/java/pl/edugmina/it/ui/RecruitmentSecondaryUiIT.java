package pl.edugmina.it.ui;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import pl.edugmina.it.RecruitmentSecondaryIT;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Recruitment;
import pl.edugmina.it.support.Registry;
import pl.edugmina.it.support.Users;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secondary-school recruitment in the browser: the department sees the law's points on the campaign's page and each
 * class's counted subjects; a parent types exam results and grades, is told next to the field what is wrong, saves
 * them; the school's commission corrects a result with a reason; after verification the parent reads the points at
 * each class of the list.
 */
class RecruitmentSecondaryUiIT extends BrowserTest {

    static final String PASSWORD = "Liceum2026!okno";

    static String field(String inputId) {
        return "//div[contains(@class,'eg-field')][.//input[@id='" + inputId + "']]";
    }

    @Test
    void aParentTypesTheResultsTheCommissionCorrectsOneAndTheParentReadsThePoints() {
        Api referent = Api.as("referent");
        long liceum = Registry.id(Registry.units(referent, "typeId", 14).get(0));
        Users.Created director = Users.create("dyrektor.lo.ui", "UNIT_DIRECTOR", liceum);
        Users.changePassword(director.login(), director.oneTimePassword(), PASSWORD).expect(204);
        Users.Created parent = Users.create("rodzic.lo.ui", "CITIZEN");
        Users.changePassword(parent.login(), parent.oneTimePassword(), PASSWORD).expect(204);
        Api parentApi = Api.as(parent.login(), PASSWORD);
        Api directorApi = Api.as(director.login(), PASSWORD);

        long campaign = referent.post("/api/recruitment/campaigns", Recruitment.campaign("SECONDARY", Recruitment.upcomingSchoolYear(),
                "Nabór LO UI " + Long.toString(System.nanoTime(), 36))).expect(201).obj().getJsonNumber("id").longValue();
        referent.put("/api/recruitment/campaigns/" + campaign + "/stages", Recruitment.timetableAroundToday()).expect(200);
        long biolChem = referent.post("/api/recruitment/campaigns/" + campaign + "/classes", Json.createObjectBuilder().add("unitId", liceum)
                .add("name", "1a").add("seats", 30).build()).expect(201).obj().getJsonNumber("id").longValue();
        referent.post("/api/recruitment/campaigns/" + campaign + "/criteria/defaults", Json.createObjectBuilder().build()).expect(200);
        referent.put("/api/recruitment-secondary/campaigns/" + campaign + "/classes/" + biolChem + "/subjects", Json.createObjectBuilder()
                .add("subjects", Json.createArrayBuilder().add("BIOLOGIA").add("CHEMIA")).build()).expect(204);
        referent.post("/api/recruitment/campaigns/" + campaign + "/status", Json.createObjectBuilder().add("status", "APPLICATIONS").build())
                .expect(200);

        // the department's page: the law's numbers and the class's subjects
        browser.login("referent", "Lublin2026demo");
        browser.open("/recruitment/campaign.xhtml?id=" + campaign);
        browser.awaitMain("Punktacja szkół ponadpodstawowych");
        assertThat(browser.driver.findElement(By.id("secondaryConfigForm:examWeights_JEZYK_POLSKI")).getAttribute("value")).isEqualTo("0,35");
        assertThat(browser.driver.findElement(By.id("secondaryConfigForm:gradePoints_6")).getAttribute("value")).isEqualTo("18");
        assertThat(browser.text("secondarySubjectsForm:classSubjects")).contains("język polski, matematyka, biologia, chemia");
        browser.shot("80-recruitment-secondary-setup");
        browser.logout();

        // the parent: a draft, then the results typed in the browser
        long id = parentApi.post("/api/portal/recruitment/applications", RecruitmentSecondaryIT.draft(campaign, List.of(biolChem), "Celina"))
                .expect(201).obj().getJsonNumber("id").longValue();
        browser.login(parent.login(), PASSWORD);
        browser.open("/portal/recruitment/application.xhtml?id=" + id);
        browser.awaitMain("Wyniki kandydata");
        assertThat(browser.text("countedHint")).contains("biologia, chemia");
        browser.type("secondaryForm:exam_JEZYK_POLSKI", "101");
        browser.type("secondaryForm:exam_MATEMATYKA", "60");
        browser.type("secondaryForm:exam_JEZYK_OBCY", "30");
        browser.type("secondaryForm:grades_JEZYK_POLSKI", "7");
        browser.type("secondaryForm:grades_MATEMATYKA", "4");
        browser.type("secondaryForm:grades_BIOLOGIA", "5");
        browser.type("secondaryForm:grades_CHEMIA", "6");
        browser.press("secondaryForm:saveResults");
        assertThat(browser.text(By.xpath(field("secondaryForm:exam_JEZYK_POLSKI")))).contains("od 0 do 100");
        assertThat(browser.text(By.xpath(field("secondaryForm:grades_JEZYK_POLSKI")))).contains("od 1 do 6");
        browser.shot("81-recruitment-secondary-form-errors");
        browser.type("secondaryForm:exam_JEZYK_POLSKI", "80");
        browser.type("secondaryForm:grades_JEZYK_POLSKI", "5");
        browser.driver.findElement(By.xpath("//label[@for='secondaryForm:volunteering']")).click();
        browser.press("secondaryForm:saveResults");
        browser.awaitMain("Wyniki zapisano");
        browser.logout();
        parentApi.post("/api/portal/recruitment/applications/" + id + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        directorApi.post("/api/recruitment-commission/applications/" + id + "/paper", JsonValue.EMPTY_JSON_OBJECT).expect(204);

        // the commission corrects the language result with a reason
        browser.login(director.login(), PASSWORD);
        browser.open("/recruitment/commission-application.xhtml?id=" + id);
        browser.awaitMain("Wyniki kandydata (szkoła ponadpodstawowa)");
        assertThat(browser.text("secondaryVerdict")).contains("nie zdecydowała");
        browser.press("secondaryDecision:correctResults");
        assertThat(browser.text(By.xpath(field("secondaryDecision:reason").replace("input", "textarea")))).contains("Podaj powód");
        browser.type("secondaryDecision:exam_JEZYK_OBCY", "40");
        browser.type("secondaryDecision:reason", "Zaświadczenie OKE: 40%");
        browser.press("secondaryDecision:correctResults");
        browser.awaitMain("Wyniki poprawione");
        assertThat(browser.text("secondaryVerdict")).contains("Zaświadczenie OKE: 40%");
        browser.shot("82-recruitment-secondary-commission");
        browser.logout();
        directorApi.post("/api/recruitment-commission/applications/" + id + "/verification", JsonValue.EMPTY_JSON_OBJECT).expect(204);

        // the parent reads the points: 0.35×80 + 0.35×60 + 0.30×40 + grades 5,4,5,6 + volunteering
        String expected = RecruitmentSecondaryIT.law(80, 60, 40, new int[] {5, 4, 5, 6}, false, 0, true).setScale(2).toPlainString().replace('.', ',');
        browser.login(parent.login(), PASSWORD);
        browser.open("/portal/recruitment/application.xhtml?id=" + id);
        browser.awaitMain("Punkty w klasach z listy");
        assertThat(browser.text("classPoints")).contains(expected);
    }
}
