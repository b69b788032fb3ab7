package pl.edugmina.it.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Real headless Chromium (Debian's chromium and chromedriver) driven by Selenium. */
final class Browser implements AutoCloseable {

    static final String BASE = "http://localhost:8080";

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path shots;
    /** Where the browser saves downloaded files (emptied for each browser). */
    final Path downloads;

    Browser(Path userData) throws IOException {
        String chromium = System.getProperty("edugmina.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("edugmina.chromedriver", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("Chromium and ChromeDriver are required for the browser tests: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        downloads = Files.createDirectories(userData.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=pl", "--user-data-dir=" + userData.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        shots = Path.of(System.getProperty("edugmina.it.workdir", "target/it"), "screenshots");
        Files.createDirectories(shots);
    }

    /** Waits until PrimeFaces has no AJAX request in flight (the page's updates are applied). */
    void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Clicks what {@code by} finds and waits until what the click started is over, so the next step reads the page
     * the user would see: after a link or a full form post, the new page is loaded (the old one is gone); after a
     * PrimeFaces AJAX action, its update is applied. What kind of click it is comes from the element itself (its
     * {@code onclick}, {@code href} and type), so a test cannot read the page it just left. Downloads: {@link #download}.
     */
    void press(By by) {
        press(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    /** {@link #press(By)} for an element already found (for example a link chosen by its text). */
    void press(WebElement element) {
        String kind = (String) js().executeScript("""
                const e = arguments[0], onclick = e.getAttribute('onclick') || '', tag = e.tagName.toLowerCase();
                // a button whose script answers in the page, or posts the form when it cannot (js/recruitment-submit.js)
                if (e.hasAttribute('data-script-submit')) return 'script';
                if (/PrimeFaces\\.ab\\(|mojarra\\.ab\\(|faces\\.ajax|jsf\\.ajax/.test(onclick)) return 'ajax';
                if (/\\.submit\\(|window\\.open\\(|location/.test(onclick)) return 'page';
                if (tag === 'a') {
                  const href = e.getAttribute('href') || '';
                  return href && href !== '#' && !href.startsWith('javascript') && !e.hasAttribute('download')
                      && (e.getAttribute('target') || '_self') === '_self' ? 'page' : 'none';
                }
                // a JSF form posts the page; other forms (the simulator's) are sent by their own scripts
                return (tag === 'button' || tag === 'input') && e.type === 'submit' && e.form
                    && e.form.querySelector("input[name='jakarta.faces.ViewState']") ? 'page' : 'none';
                """, element);
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        switch (kind) {
            case "page" -> {
                wait.until(d -> gone(page));
                wait.until(d -> "complete".equals(js().executeScript("return document.readyState")));
            }
            case "ajax" -> ajaxDone();
            case "script" -> {
                // either the script showed its answer (the page is no longer busy) or it posted the form (a new page)
                wait.until(d -> {
                    try {
                        return gone(page)
                                || d.findElement(By.tagName("html")).getAttribute("data-busy") == null;
                    } catch (org.openqa.selenium.WebDriverException e) {
                        return false;
                    }
                });
                wait.until(d -> "complete".equals(js().executeScript("return document.readyState")));
            }
            default -> { }
        }
    }

    /**
     * Whether {@code page}, the html element of the page before a click, is gone: stale, or — what Chromium 156's
     * driver answers while the old document is being replaced — "does not belong to the document".
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** Clicks a control whose answer is a file and waits for the file to be saved; returns its path. */
    Path download(By by, String suffix) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        return downloaded(suffix);
    }

    /**
     * Waits until the page's main region says {@code text}. Reading it while the browser replaces the document can fail
     * in Chromium with a WebDriverException ("Node with given id does not belong to the document"), not only a stale
     * element: such a read counts as "not yet" and is tried again until the wait's timeout.
     */
    void awaitMain(String text) {
        wait.until(d -> {
            try {
                return d.findElement(By.tagName("main")).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }

    /** The text of the page's main region, once the page has it. */
    String main() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main"))).getText();
    }

    /** The text of a visible element. */
    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    void press(String id) {
        press(By.id(id));
    }

    String text(String id) {
        return text(By.id(id));
    }

    void type(String id, String text) {
        type(By.id(id), text);
    }

    /** Types into a formatted-text editor (p:textEditor) with client id {@code id}, at the caret. */
    void write(String id, CharSequence... keys) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + id + "'] .ql-editor"))).sendKeys(keys);
    }

    /** Presses a button of a formatted-text editor's toolbar, found by its accessible name. */
    void format(String id, String name) {
        driver.findElement(By.cssSelector("[id='" + id + "'] .ql-toolbar button[aria-label='" + name + "'], [id='" + id
                + "'] .ui-editor-toolbar button[aria-label='" + name + "']")).click();
    }

    /**
     * Puts a date into a PrimeFaces date picker's text field ({@code id}: its {@code _input}) as if typed, without
     * opening the calendar (typing into it was unreliable in headless Chromium, docs/accessibility.md).
     */
    void date(String id, String text) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        js().executeScript("arguments[0].value = arguments[1];", e, text);
    }

    /** Replaces the text of an input. */
    void type(By by, String text) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Chooses {@code label} in a PrimeFaces selectOneMenu with client id {@code id}: opens the menu, clicks the item and
     * checks the shown label, repeating when the click landed while the overlay was still moving.
     */
    void choose(String id, String label) {
        String shown = null;
        for (int attempt = 1; attempt <= 3 && !label.equals(shown); attempt++) {
            ajaxDone();
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"))).click();
            ajaxDone();
            shown = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id + "_label"))).getText();
        }
        if (!label.equals(shown)) {
            throw new AssertionError("the menu " + id + " shows \"" + shown + "\" instead of the chosen \"" + label + "\"");
        }
    }

    private org.openqa.selenium.JavascriptExecutor js() {
        return (org.openqa.selenium.JavascriptExecutor) driver;
    }

    void open(String path) {
        driver.get(BASE + path);
    }

    void login(String user, String password) {
        open("/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        driver.findElement(By.id("loginForm:username")).sendKeys(user);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topForm:logout")));
    }

    void logout() {
        driver.findElement(By.id("topForm:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));
    }

    /** Waits for a completed download whose name ends with {@code suffix}; returns its path. */
    Path downloaded(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Saves a screenshot under target/it/screenshots (for people reviewing a failed run). */
    void shot(String name) {
        try {
            File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(f.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the real outcome of the test
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
