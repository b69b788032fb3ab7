package pl.edugmina.it.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.edugmina.it.support.Server;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry as a department referent uses it in a real browser: log in, filter the list, open
 * a unit, change its phone number, and then, as the administrator, find that change in the audit
 * log with its before and after values.
 */
class UnitRegistryUiIT extends BrowserTest {

    private static final String PASSWORD = "Lublin2026demo";



    @Test
    void referentFiltersEditsAUnitAndTheAdministratorSeesItInTheAuditLog() {
        browser.login("referent", PASSWORD);
        browser.shot("01-home");

        browser.open("/units/list.xhtml");
        By rows = By.cssSelector("#unitsForm\\:units_data tr");
        browser.wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(rows));
        WebElement text = browser.driver.findElement(By.id("filters:text"));
        text.sendKeys("Liceum");
        browser.press(By.id("filters:search"));
        browser.ajaxDone();
        browser.wait.until(d -> d.findElements(rows).stream()
                .allMatch(r -> r.getText().contains("Liceum")) && !d.findElements(rows).isEmpty());
        List<WebElement> found = browser.driver.findElements(By.cssSelector("#unitsForm\\:units_data tr a.unit-link"));
        assertThat(found).as("the filter keeps only units whose name contains 'Liceum'").isNotEmpty()
                .allSatisfy(a -> assertThat(a.getText()).contains("Liceum"));
        browser.shot("02-filtered");

        String unitName = found.get(0).getText();
        browser.press(found.get(0));
        browser.wait.until(ExpectedConditions.titleContains(unitName));
        String unitId = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        browser.press(By.linkText("Edytuj"));
        WebElement phone = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unitForm:phone")));
        String newPhone = "81 555 " + String.format("%02d", (int) (System.nanoTime() % 100)) + " 17";
        String oldPhone = phone.getAttribute("value");
        phone.clear();
        phone.sendKeys(newPhone);
        // a broken e-mail is refused with a message next to the field, and nothing is saved
        WebElement email = browser.driver.findElement(By.id("unitForm:email"));
        String oldEmail = email.getAttribute("value");
        email.clear();
        email.sendKeys("not-an-address");
        browser.press(By.id("unitForm:save"));
        WebElement emailMessage = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='unitForm:email'] ~ .ui-message-error, .ui-message-error[id*='email']")));
        assertThat(emailMessage.getText()).contains("Nieprawidłowy adres e-mail");
        browser.shot("03-validation");

        email = browser.driver.findElement(By.id("unitForm:email"));
        email.clear();
        email.sendKeys(oldEmail);
        browser.press(By.id("unitForm:save"));
        browser.wait.until(ExpectedConditions.urlContains("/units/detail.xhtml"));
        assertThat(browser.driver.findElement(By.id("main")).getText()).contains(newPhone);
        assertThat(browser.driver.getPageSource()).contains("Zapisano zmiany");
        browser.shot("04-saved");
        browser.logout();

        browser.login("admin", PASSWORD);
        browser.open("/admin/audit.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditFilters:entityId")));
        browser.driver.findElement(By.id("auditFilters:entityId")).sendKeys(unitId);
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("auditFilters:action"))).selectByValue("UPDATE");
        browser.press(By.id("auditFilters:search"));
        browser.ajaxDone();
        By eventRows = By.cssSelector("#auditForm\\:events_data tr");
        browser.wait.until(d -> d.findElements(eventRows).stream().anyMatch(r -> r.getText().contains(newPhone)));
        WebElement event = browser.driver.findElements(eventRows).stream()
                .filter(r -> r.getText().contains(newPhone)).findFirst().orElseThrow();
        assertThat(event.getText()).contains("referent");
        assertThat(event.getText()).contains("UPDATE").contains("phone: ").contains("→ " + newPhone);
        assertThat(event.getText()).contains(oldPhone == null || oldPhone.isBlank() ? "null" : oldPhone);
        browser.shot("05-audit");
    }

    @Test
    void theLoginPageWorksWithTheKeyboardAndTellsAboutWrongPasswords() {
        browser.open("/login.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        // the first Tab reaches the "skip to content" link
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Przejdź do treści");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pl");
        // every input has a label
        for (String id : List.of("loginForm:username", "loginForm:password")) {
            assertThat(browser.driver.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
        }
        browser.driver.findElement(By.id("loginForm:username")).sendKeys("referent");
        browser.driver.findElement(By.id("loginForm:password")).sendKeys("wrong-password-1", Keys.ENTER);
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertThat(error.getText()).contains("Nieprawidłowy login lub hasło");
        assertThat(browser.driver.getPageSource()).doesNotContain("Exception").doesNotContain("at pl.edugmina");
        browser.shot("06-login-error");
    }
}
