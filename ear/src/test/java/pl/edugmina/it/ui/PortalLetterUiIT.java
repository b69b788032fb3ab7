package pl.edugmina.it.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Users;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent writes to a school on the portal, is taken to Profil Zaufany (the simulator's signing
 * page), signs, comes back, and follows the letter until the register has numbered it; the school's
 * secretariat finds it in its register with the trusted-profile signer.
 */
class PortalLetterUiIT extends BrowserTest {

    @Test
    void parentSignsALetterWithProfilZaufanyAndSeesItRegistered() {
        String password = "Rodzic2026!portal";
        Users.Created parent = Users.create("rodzic.portal", "CITIZEN");
        Users.changePassword(parent.login(), parent.oneTimePassword(), password).expect(204);
        String subject = "Prośba o spotkanie z wychowawcą " + Long.toString(System.nanoTime(), 36);

        browser.login(parent.login(), password);
        browser.press(By.id("topForm:navPortal"));
        browser.press(By.id("newLetter"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portalForm:subject")));
        browser.press(By.id("portalForm:sign"));
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#portalForm .ui-message-error")));
        assertThat(error.getText()).contains("wymagane");
        browser.shot("20-portal-letter-invalid");

        // the school whose secretariat will look for the letter
        long schoolId = Api.as("sekretariat").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        org.openqa.selenium.support.ui.Select unit = new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("portalForm:unit")));
        unit.selectByValue(String.valueOf(schoolId));
        String school = unit.getFirstSelectedOption().getText();
        browser.driver.findElement(By.id("portalForm:givenName")).sendKeys("Ewa");
        browser.driver.findElement(By.id("portalForm:surname")).sendKeys("Wiśniewska");
        browser.driver.findElement(By.id("portalForm:subject")).sendKeys(subject);
        browser.driver.findElement(By.id("portalForm:body")).sendKeys("Proszę o wyznaczenie terminu spotkania.");
        browser.press(By.id("portalForm:sign"));

        // at Profil Zaufany
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pz-sign")));
        assertThat(browser.driver.getCurrentUrl()).contains("/epuap-sim/pz/podpis/");
        assertThat(browser.driver.getPageSource()).contains(subject);
        WebElement given = browser.driver.findElement(By.id("pz-given"));
        given.clear();
        given.sendKeys("Ewa");
        WebElement surname = browser.driver.findElement(By.id("pz-surname"));
        surname.clear();
        surname.sendKeys("Wiśniewska");
        browser.shot("21-profil-zaufany-signing");
        browser.press(By.id("pz-sign"));

        // back on the portal
        WebElement outcome = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomeText")));
        assertThat(outcome.getText()).contains("podpisane i złożone");
        browser.shot("22-portal-signed");
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            browser.open("/portal/letters.xhtml");
            return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letters"))).getText().contains("Zarejestrowane pod numerem");
        });
        WebElement row = browser.driver.findElement(By.id("letters"));
        assertThat(row.getText()).contains(subject).contains(school);
        browser.shot("23-portal-letters");
        browser.logout();

        browser.login("sekretariat", "Lublin2026demo");
        browser.open("/correspondence/list.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters:text"))).sendKeys(subject);
        browser.press(By.id("filters:search"));
        browser.ajaxDone();
        WebElement found = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#registerForm\\:items_data tr")));
        assertThat(found.getText()).contains(subject).contains("Ewa Wiśniewska").contains("Prawidłowy");
        browser.shot("24-school-register");
    }
}
