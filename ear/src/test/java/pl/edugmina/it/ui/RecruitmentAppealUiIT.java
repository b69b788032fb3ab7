package pl.edugmina.it.ui;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.RecruitmentAppealFixtures;
import pl.edugmina.it.support.RecruitmentAppealFixtures.Candidate;
import pl.edugmina.it.support.RecruitmentFixtures;
import pl.edugmina.it.support.RecruitmentFixtures.OpenCampaign;
import pl.edugmina.it.support.Users;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo school's director allows an appeal on "Rekrutacja – odwołania": ticks the criterion the commission had
 * rejected, allows, and reads that the candidate is now qualified to the first preference with a seat added; the
 * parent's public result (code and PIN) says the same.
 */
class RecruitmentAppealUiIT extends BrowserTest {

    @Test
    void theDirectorAllowsAnAppealWithACriterionAcceptedAndTheCandidateMovesUp() throws Exception {
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        OpenCampaign c = RecruitmentFixtures.openCampaign("KINDERGARTEN", 2, school);
        long a = c.classOf(0, 0);
        long b = c.classOf(0, 1);
        Api parent = Users.createReady("rodzic.odw.ui", "CITIZEN", null, "Rodzic2026!odwolanieUi");
        RecruitmentAppealFixtures.verified(parent, c.id(), List.of(a), List.of("WIELODZIETNOSC"), List.of("WIELODZIETNOSC"));
        RecruitmentAppealFixtures.verified(parent, c.id(), List.of(a), List.of("WIELODZIETNOSC"), List.of("WIELODZIETNOSC"));
        Candidate appellant = RecruitmentAppealFixtures.verified(parent, c.id(), List.of(a, b),
                List.of("WIELODZIETNOSC", "NIEPELNOSPRAWNOSC_KANDYDATA"), List.of());
        RecruitmentAppealFixtures.finalRunAnnounced(c.id());
        RecruitmentAppealFixtures.appealFiled(parent, appellant.id());

        browser.login("dyrektor.szkoly", "Lublin2026demo");
        browser.open("/index.xhtml");
        browser.press(By.id("topForm:navRecruitmentAppeals"));
        browser.awaitMain(appellant.code());
        WebElement row = browser.driver.findElements(By.cssSelector("[id='appealsForm:pending'] tbody tr")).stream()
                .filter(r -> r.getText().contains(appellant.code()) && r.getText().contains("Odwołanie do dyrektora")).findFirst().orElseThrow();
        String rowId = row.findElement(By.tagName("textarea")).getAttribute("id");
        String prefix = rowId.substring(0, rowId.length() - "answer".length());
        browser.type(rowId, "Uwzględniam: orzeczenie i oświadczenie dostarczone.");
        for (WebElement label : browser.driver.findElements(By.cssSelector("[id='" + prefix + "criteria'] label"))) {
            if (label.getText().startsWith("Wielodzietność") || label.getText().startsWith("Niepełnosprawność")) {
                label.click();
            }
        }
        browser.press(By.id(prefix + "allow"));
        browser.awaitMain("Odwołanie uwzględnione");
        assertThat(browser.main()).contains("kandydat zakwalifikowany do").contains("preferencja 1").contains("ponad limit");

        JsonObject now = Api.anonymous().post("/api/public/recruitment-results", jakarta.json.Json.createObjectBuilder()
                .add("code", appellant.code()).add("pin", appellant.pin()).build()).expect(200).obj();
        assertThat(now.getInt("placedPreference")).isEqualTo(1);
        assertThat(now.getJsonObject("placed").getJsonNumber("classId").longValue()).isEqualTo(a);
    }
}
