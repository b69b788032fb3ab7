package pl.edugmina.it.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import pl.edugmina.it.support.Api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referent sets a kindergarten campaign up on the screens: creates it, enters the timetable (a stage out of order
 * is named next to its dates, nothing typed is lost), adds a group of the demo school, loads the law's default criteria
 * and opens it; then, logged out, the public offer (footer link) shows the campaign and the group, also when a parent
 * filters by the unit's name.
 */
class RecruitmentSetupUiIT extends BrowserTest {

    private static final String PASSWORD = "Lublin2026demo";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The timetable rows in the page's order (Stage's order) as days from today: from, to. */
    private static final int[][] DAYS = {{-3, 14}, {15, 21}, {22, 22}, {23, 29}, {30, 30}, {46, 60}, {31, 45}};

    @Test
    void theReferentSetsACampaignUpAndOpensItAndTheOfferIsPublic() {
        String name = "Nabór do przedszkoli – próba " + Long.toString(System.nanoTime(), 36);
        String group = "Grupa 5-latków " + Long.toString(System.nanoTime() % 1000, 36);
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        String schoolName = Api.as("referent").get("/api/units/" + school).expect(200).obj().getJsonObject("data").getString("name");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

        browser.login("referent", PASSWORD);
        browser.press(By.id("topForm:navRecruitmentCampaigns"));
        new Select(browser.driver.findElement(By.id("newForm:type"))).selectByValue("KINDERGARTEN");
        browser.type("newForm:name", name);
        browser.press("newForm:create");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
        assertThat(browser.text("statusForm:missing")).contains("Harmonogram", "Oferta", "Kryteria");
        browser.shot("90-campaign-new");

        // the timetable, first with verification ending before the applications do
        for (int i = 0; i < DAYS.length; i++) {
            browser.type("timetableForm:stageRows:" + i + ":from", DMY.format(today.plusDays(DAYS[i][0])));
            browser.type("timetableForm:stageRows:" + i + ":to", DMY.format(today.plusDays(DAYS[i][1])));
        }
        browser.type("timetableForm:stageRows:1:from", DMY.format(today.plusDays(5)));
        browser.type("timetableForm:stageRows:1:to", DMY.format(today.plusDays(10)));
        browser.press("timetableForm:saveStages");
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timetableForm .ui-message-error")));
        assertThat(error.getText()).contains("przed etapem poprzednim");
        assertThat(browser.driver.findElement(By.id("timetableForm:stageRows:6:to")).getAttribute("value"))
                .as("nothing typed is lost").isEqualTo(DMY.format(today.plusDays(45)));
        browser.shot("91-timetable-order");
        browser.type("timetableForm:stageRows:1:from", DMY.format(today.plusDays(15)));
        browser.type("timetableForm:stageRows:1:to", DMY.format(today.plusDays(21)));
        browser.press("timetableForm:saveStages");
        assertThat(browser.text("messages")).contains("Harmonogram zapisany");

        // a group of the demo school
        browser.choose("classForm:unitId", schoolName);
        browser.type("classForm:name", group);
        browser.type("classForm:languages", "angielski");
        browser.type("classForm:seats", "25");
        browser.press("classForm:addClass");
        assertThat(browser.text("messages")).contains("dodana do oferty");
        assertThat(browser.text(By.id("classes"))).contains(group, schoolName, "25");

        // the law's default criteria
        browser.press("criteriaForm:loadDefaults");
        assertThat(browser.text("messages")).contains("Wczytano kryteria domyślne");
        assertThat(browser.driver.findElement(By.id("criteriaForm:criterionRows:0:code")).getAttribute("value")).isEqualTo("WIELODZIETNOSC");
        assertThat(browser.driver.findElements(By.id("statusForm:missing"))).as("nothing is missing").isEmpty();
        browser.shot("92-campaign-complete");

        // open it
        browser.press("statusForm:moves:0:move");
        assertThat(browser.text("status")).isEqualTo("Składanie wniosków (otwarty)");
        assertThat(browser.driver.findElements(By.id("criteriaForm:saveCriteria"))).as("criteria fixed once open").isEmpty();
        browser.shot("93-campaign-open");
        browser.logout();

        // the public offer, without login, from the footer
        browser.press(By.id("footerRecruitment"));
        assertThat(browser.main()).contains(name, group, schoolName);
        browser.type("filters:unit", schoolName.substring(0, Math.min(schoolName.length(), 30)).toLowerCase(java.util.Locale.forLanguageTag("pl")));
        new Select(browser.driver.findElement(By.id("filters:type"))).selectByValue("KINDERGARTEN");
        browser.press("filters:search");
        String filtered = browser.main();
        assertThat(filtered).contains(name, group);
        browser.shot("94-public-offer");
        browser.type("filters:unit", "żadna taka placówka");
        browser.press("filters:search");
        assertThat(browser.text("none")).contains("Brak trwających naborów");
    }
}
