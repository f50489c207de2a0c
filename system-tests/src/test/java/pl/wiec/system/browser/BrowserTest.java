package pl.wiec.system.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import pl.wiec.system.support.TestServer;

/** What every browser test class shares: a fresh headless Chromium per test, on the test server, closed after it. */
abstract class BrowserTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(TestServer.url(""));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
