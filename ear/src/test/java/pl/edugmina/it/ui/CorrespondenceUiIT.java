package pl.edugmina.it.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kancelaria path in a real browser: a signed e-form is dropped into the city's inbox on the
 * simulator's page; the referent finds it registered with a valid signature, answers it through
 * ePUAP and sees the letter sent with its UPP.
 */
class CorrespondenceUiIT extends BrowserTest {


    @Test
    void referentFindsASignedEFormRegisteredAnswersItAndSeesTheUpp() {
        String title = "Prośba o informację " + Long.toString(System.nanoTime(), 36);
        browser.open("/epuap-sim/");
        WebElement titleInput = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
        titleInput.clear();
        titleInput.sendKeys(title);
        browser.press(By.id("btn-wrzuc"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wynik-wrzuc"), "Dodano 1 dokument"));
        browser.shot("10-simulator-dropped");

        browser.login("referent", "Lublin2026demo");
        browser.press(By.id("topForm:navCorrespondence"));
        WebElement search = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters:text")));
        search.sendKeys(title);
        By link = By.cssSelector("#registerForm\\:items_data a.eg-item-link");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            d.findElement(By.id("filters:search")).click();
            browser.ajaxDone();
            return !d.findElements(link).isEmpty();
        });
        WebElement row = browser.driver.findElement(By.cssSelector("#registerForm\\:items_data tr"));
        assertThat(row.getText()).contains(title).contains("Prawidłowy").contains("Jan Testowy");
        browser.shot("11-register");

        browser.press(link);
        WebElement verdict = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(verdict.getText()).contains("Prawidłowy");
        assertThat(browser.driver.findElement(By.id("secItem")).findElement(By.xpath("..")).getText()).contains(title);
        assertThat(browser.driver.findElement(By.id("files")).getText()).contains(".pdf");
        browser.shot("12-document");

        WebElement body = browser.driver.findElement(By.id("replyForm:body"));
        body.sendKeys("Uprzejmie informujemy, że sprawa została przekazana do rozpatrzenia.");
        browser.press(By.id("replyForm:send"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letterStatus")));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            if (d.findElement(By.id("letterStatus")).getText().contains("Poświadczenie otrzymane")) {
                return true;
            }
            d.findElement(By.id("letterForm:refreshLetter")).click();
            browser.ajaxDone();
            return false;
        });
        assertThat(browser.driver.findElement(By.id("letterForm:receipt")).getText()).contains("upp");
        assertThat(browser.driver.findElement(By.id("secLetter")).findElement(By.xpath("..")).getText()).contains("/jan.testowy/skrytka");
        browser.shot("13-answer-sent-with-upp");
    }

    @Test
    void schoolSecretaryWritesANewLetterFromTheSchoolsInbox() {
        browser.login("sekretariat", "Lublin2026demo");
        browser.open("/correspondence/new.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letterForm:subject")));
        assertThat(browser.driver.findElement(By.id("letterForm:unit")).isEnabled()).as("a unit writes only for itself").isFalse();
        browser.driver.findElement(By.id("letterForm:recipientAddress")).sendKeys("zly adres");
        browser.press(By.id("letterForm:send"));
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#letterForm .ui-message-error")));
        assertThat(error.getText()).contains("/IDENTYFIKATOR/nazwa");
        browser.shot("14-new-letter-invalid");

        WebElement address = browser.driver.findElement(By.id("letterForm:recipientAddress"));
        address.clear();
        address.sendKeys("/KURATORIUM_LUBLIN/skrytka");
        browser.driver.findElement(By.id("letterForm:subject")).sendKeys("Informacja o dniu otwartym");
        browser.driver.findElement(By.id("letterForm:body")).sendKeys("Zapraszamy na dzień otwarty szkoły.");
        browser.press(By.id("letterForm:send"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            if (!d.findElements(By.id("letterStatus")).isEmpty() && d.findElement(By.id("letterStatus")).getText().contains("Poświadczenie otrzymane")) {
                return true;
            }
            if (!d.findElements(By.id("letterForm:refreshLetter")).isEmpty()) {
                d.findElement(By.id("letterForm:refreshLetter")).click();
                browser.ajaxDone();
            }
            return false;
        });
        browser.shot("15-new-letter-sent");
    }
}
