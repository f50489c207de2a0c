package pl.wiec.system.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import pl.wiec.system.support.MailCatcherClient;
import pl.wiec.system.support.Staff;
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

    /** Signs a staff member in at the back office, as {@link StaffPages.SignInPage} does. */
    protected void signInAsStaff(String login) {
        StaffPages.SignInPage.open(browser).signIn(login, Staff.PASSWORD);
    }

    /**
     * Registers an e-mail account and opens the confirmation link from the mail catcher: the browser ends on the
     * profile, signed in.
     */
    protected void registerAndConfirm(String firstName, String familyName, String email, String password)
            throws Exception {
        browser.open("/register.xhtml");
        browser.type(By.id("firstName"), firstName);
        browser.type(By.id("familyName"), familyName);
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), password);
        browser.type(By.id("passwordAgain"), password);
        browser.find(By.id("privacyAcknowledged")).sendKeys(Keys.SPACE);
        browser.submit(By.id("submit"));
        browser.driver().get(MailCatcherClient.link(email, "/confirm.xhtml"));
        browser.checked();
    }
}
