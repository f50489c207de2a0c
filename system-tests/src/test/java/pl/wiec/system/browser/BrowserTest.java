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

    /** Sets a date field as a person's date picker does (the browser's own widget is not scriptable). */
    protected void setDate(String id, java.time.LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    /**
     * Signs a test person in through the demo's login.gov.pl simulator (the real SAML exchange) and waits until the
     * browser is back on the page it came from.
     */
    protected void signInNationally(String person, String returnTo) {
        browser.open("/signin.xhtml?returnTo="
                + java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8));
        browser.find(By.id("login-gov")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("person-" + person)).isEmpty());
        browser.checked();
        browser.find(By.id("person-" + person)).sendKeys(Keys.SPACE);
        browser.find(By.id("signin")).sendKeys(Keys.ENTER);
        String page = returnTo.substring(1, returnTo.contains("?") ? returnTo.indexOf('?') : returnTo.length());
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains(page));
        browser.checked();
    }
}
