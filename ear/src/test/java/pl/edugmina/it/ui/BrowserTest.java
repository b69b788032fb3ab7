package pl.edugmina.it.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import pl.edugmina.it.support.DeployedApplication;

import java.nio.file.Path;

/** Base of the browser tests: a fresh headless Chromium with its own profile for every test. */
abstract class BrowserTest extends DeployedApplication {

    @TempDir
    Path profile;

    Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser(profile);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
