package pl.wiec.system.browser;

import org.openqa.selenium.By;

/** Page objects of the back office and the portal, as a person uses them. */
public final class StaffPages {

    private StaffPages() {
    }

    /** The back-office sign-in page. */
    public record SignInPage(Browser browser) {

        public static SignInPage open(Browser browser) {
            browser.open("/backoffice/");
            return new SignInPage(browser);
        }

        public Browser signIn(String login, String password) {
            browser.type(By.id("username"), login);
            browser.type(By.id("password"), password);
            return browser.submit(By.id("submit"));
        }

        public String error() {
            return browser.text(By.cssSelector(".message--error"));
        }
    }

    /** The administrator's municipality profile form. */
    public record ProfilePage(Browser browser) {

        public static ProfilePage open(Browser browser) {
            browser.open("/backoffice/municipality.xhtml");
            return new ProfilePage(browser);
        }

        public ProfilePage fill(String field, String value) {
            browser.type(By.id(field), value);
            return this;
        }

        public ProfilePage chooseLogo(java.nio.file.Path file) {
            browser.find(By.id("logo")).sendKeys(file.toAbsolutePath().toString());
            return this;
        }

        public ProfilePage save() {
            browser.submit(By.id("save"));
            return this;
        }

        public String value(String field) {
            return browser.find(By.id(field)).getAttribute("value");
        }

        public String fieldError(String field) {
            return browser.text(By.id(field + "-message"));
        }

        public String message() {
            return browser.text(By.id("messages"));
        }
    }
}
