package pl.wiec.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.MailCatcherClient;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * Residents in a real browser, by keyboard where a person would use it, with axe-core on every page: signing in through
 * login.gov.pl at the simulator, registering by e-mail and confirming through the mail catcher, linking the two, the
 * profile with its questions and consents, a forgotten password, signing out and deleting the account.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class ResidentBrowserIT extends BrowserTest {

    private static final String PASSWORD = "trzy slowa do testu";

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @Test
    void aResidentSignsInThroughLoginGovPlAndSeesTheirNameAndLevelOnTheProfile() {
        browser.open("/");
        browser.submit(By.id("nav-signin"));
        assertEquals("Logowanie mieszkańców", browser.text(By.tagName("h1")));
        signInAtTheSimulator("login-gov", "person-ewa");

        assertEquals("/account/profile.xhtml", browser.currentPath());
        assertEquals("Ewa Zielińska", browser.text(By.id("name")));
        assertEquals("login.gov.pl, poziom znaczny", browser.text(By.id("verification")));
        assertEquals("1990-03-15", browser.text(By.id("dateOfBirth")));

        browser.submit(By.id("signout:submit"));
        assertEquals("Wylogowano.", browser.text(By.id("farewell")));
        assertTrue(browser.findAll(By.id("nav-account")).isEmpty(), "signed out");
    }

    @Test
    void aResidentRegistersByEmailConfirmsThroughTheMailCatcherAndLinksLoginGovPl() throws Exception {
        String email = "piotr-" + UUID.randomUUID() + "@example.org";
        browser.open("/signin.xhtml");
        browser.submit(By.id("register"));
        browser.type(By.id("firstName"), "Piotrek");
        browser.type(By.id("familyName"), "Mazur");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), "krotkie");
        browser.type(By.id("passwordAgain"), "krotkie");
        browser.submit(By.id("submit"));
        assertEquals("Hasło musi mieć co najmniej 12 znaków.", browser.text(By.id("password-message")));
        assertTrue(browser.text(By.id("privacyAcknowledged-message")).contains("potwierdź, że znasz informację"),
                "every problem of the form is named at once");
        assertEquals(email, browser.find(By.id("email")).getAttribute("value"), "what was typed stays");

        browser.type(By.id("password"), "password1234");
        browser.type(By.id("passwordAgain"), "password1234");
        browser.submit(By.id("submit"));
        assertTrue(browser.text(By.id("password-message")).contains("najczęściej używanych albo wykradzionych"),
                "a common password is refused, and why is said");

        browser.type(By.id("password"), PASSWORD);
        browser.type(By.id("passwordAgain"), PASSWORD);
        browser.submit(By.id("submit"));
        assertTrue(browser.text(By.id("privacyAcknowledged-message")).contains("potwierdź, że znasz informację"));
        assertTrue(browser.text(By.id("password-hint")).contains("zapamiętane"),
                "a password that passed is kept: the person need not type it again");
        browser.find(By.id("privacyAcknowledged")).sendKeys(Keys.SPACE);
        browser.submit(By.id("submit"));
        assertTrue(browser.text(By.id("sent")).contains(email));

        browser.driver().get(MailCatcherClient.link(email, "/confirm.xhtml"));
        browser.checked();
        assertEquals("/account/profile.xhtml", browser.currentPath());
        assertTrue(browser.pageText().contains("Adres e-mail potwierdzony"));
        assertEquals("potwierdzony adres e-mail", browser.text(By.id("verification")));

        signInAtTheSimulator("link-login-gov", "person-piotr");
        assertTrue(browser.pageText().contains("Konto połączone z login.gov.pl"));
        assertEquals("Piotr Mazur", browser.text(By.id("name")), "the name as login.gov.pl sent it");
        assertEquals("login.gov.pl, poziom znaczny", browser.text(By.id("verification")));
        assertEquals(email, browser.text(By.id("email")), "one account, both ways in");
    }

    @Test
    void aResidentAnswersTheOptionalQuestionsGivesConsentDownloadsTheirDataAndDeletesTheAccount() throws Exception {
        String email = registeredAndConfirmed();
        browser.type(By.id("birthYear"), "1899");
        browser.submit(By.id("save"));
        assertEquals("Rok urodzenia musi być między 1900 a " + java.time.Year.now().getValue() + ".",
                browser.text(By.id("birthYear-message")));
        browser.type(By.id("birthYear"), "1984");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("residenceArea"))).selectByVisibleText("Zarzecze");
        browser.find(By.cssSelector("input[name='gender'][value='UNDISCLOSED']")).sendKeys(Keys.SPACE);
        browser.submit(By.id("save"));
        assertTrue(browser.text(By.id("demographicsConsent-message")).contains("zaznacz zgodę"),
                "answers need the consent");
        assertEquals("1984", browser.find(By.id("birthYear")).getAttribute("value"), "nothing typed is lost");
        browser.find(By.id("demographicsConsent")).sendKeys(Keys.SPACE);
        browser.submit(By.id("save"));
        assertTrue(browser.pageText().contains("Zapisano profil."));
        assertTrue(browser.text(By.id("demographicsConsent-date")).startsWith("Zgoda udzielona"));
        assertEquals("Zarzecze", new org.openqa.selenium.support.ui.Select(browser.find(By.id("residenceArea")))
                .getFirstSelectedOption().getText());

        assertTrue(browser.find(By.id("download")).getAttribute("href").endsWith("/account/my-data.zip"));
        browser.submit(By.id("viewData"));
        assertEquals("Moje dane", browser.text(By.tagName("h1")));
        assertEquals("Zarzecze", browser.text(By.cssSelector("#section-aboutYou dd")), "the area, in words");
        assertTrue(browser.text(By.id("section-consents")).contains("Odpowiedzi „O mnie” do statystyk"));
        assertEquals("Nic nie przechowujemy.", browser.text(By.cssSelector("#section-budgetVotes p")));
        browser.checkedOnPhone();
        browser.open("/account/profile.xhtml");

        browser.submit(By.id("nav-notifications"));
        assertEquals("Powiadomienia", browser.text(By.tagName("h1")));
        browser.find(By.cssSelector("input[type='radio'][value='DAILY']")).sendKeys(Keys.SPACE);
        browser.submit(By.id("savePreferences"));
        assertTrue(browser.pageText().contains("Zapisano ustawienia powiadomień."));
        assertTrue(browser.find(By.cssSelector("input[type='radio'][value='DAILY']")).isSelected());
        browser.open("/account/profile.xhtml");

        browser.submit(By.id("deleteAccount"));
        assertEquals("Zaznacz, że chcesz usunąć konto.", browser.text(By.id("deletionConfirmed-message")));
        browser.find(By.id("deletionConfirmed")).sendKeys(Keys.SPACE);
        browser.submit(By.id("deleteAccount"));
        assertTrue(browser.text(By.id("farewell")).contains("Konto zostało usunięte"));
        browser.open("/signin.xhtml");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), PASSWORD);
        browser.submit(By.id("submit"));
        assertTrue(browser.pageText().contains("Nieprawidłowy adres e-mail lub hasło."), "the account is gone");
    }

    @Test
    void aResidentWhoForgotTheirPasswordSetsANewOneThroughTheMailedLink() throws Exception {
        String email = registeredAndConfirmed();
        browser.submit(By.id("signout:submit"));
        browser.open("/signin.xhtml");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), "to nie jest moje haslo");
        browser.submit(By.id("submit"));
        assertTrue(browser.pageText().contains("Nieprawidłowy adres e-mail lub hasło."));
        assertEquals(email, browser.find(By.id("email")).getAttribute("value"));

        browser.submit(By.id("forgot"));
        browser.type(By.id("email"), email);
        browser.submit(By.id("submit"));
        assertTrue(browser.text(By.id("sent")).contains(email));
        browser.driver().get(MailCatcherClient.link(email, "/new-password.xhtml"));
        browser.checked();
        browser.type(By.id("password"), "nowe haslo po resecie");
        browser.type(By.id("passwordAgain"), "nowe haslo po resecie!");
        browser.submit(By.id("submit"));
        assertEquals("Hasła się różnią. Wpisz to samo hasło dwa razy.", browser.text(By.id("passwordAgain-message")));
        browser.type(By.id("password"), "nowe haslo po resecie");
        browser.type(By.id("passwordAgain"), "nowe haslo po resecie");
        browser.submit(By.id("submit"));
        assertEquals("/account/profile.xhtml", browser.currentPath());
        assertTrue(browser.pageText().contains("Nowe hasło zapisane"));
    }

    @Test
    void theSignInPagesWorkInEnglishToo() {
        browser.open("/signin.xhtml");
        browser.submit(By.id("language:en"));
        assertEquals("Residents' sign-in", browser.text(By.tagName("h1")));
        browser.submit(By.id("register"));
        assertEquals("Create an account", browser.text(By.tagName("h1")));
        browser.open("/password-reset.xhtml");
        assertEquals("New password", browser.text(By.tagName("h1")));
        browser.open("/new-password.xhtml?token=nonsense");
        assertTrue(browser.pageText().contains("This link is not valid, was already used or has expired."));
        browser.open("/privacy.xhtml");
        assertTrue(browser.pageText().contains("We do not store your PESEL"));
        browser.open("/unsubscribe.xhtml?token=nonsense");
        assertTrue(browser.pageText().contains("This link is not valid."));
        browser.open("/confirm.xhtml?token=nonsense");
        assertTrue(browser.pageText().contains("This link is not valid, was already used or has expired."));
    }

    @Test
    void thePageThatCarriesTheRequestToLoginGovPlIsReadableWhereScriptsDoNotRunIt() throws Exception {
        String page = new WebClient().get(TestServer.url("/signin/login-gov")).body();
        String withoutScript = page.replaceAll("(?s)<script[^>]*>.*?</script>", "");
        assertTrue(withoutScript.contains("<button type=\"submit\">Przejdź do login.gov.pl</button>"));
        browser.driver().get("data:text/html;charset=utf-8;base64," + java.util.Base64.getEncoder()
                .encodeToString(withoutScript.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        browser.checked();
        assertEquals("Przekierowanie do login.gov.pl", browser.text(By.tagName("h1")));
    }

    /** From a page with the login.gov.pl button: the node's picker by keyboard, and back to Wiec. */
    private void signInAtTheSimulator(String button, String personId) {
        browser.find(By.id(button)).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(
                d -> !d.findElements(By.id("signin")).isEmpty() && d.getCurrentUrl().contains("/demo/login-gov"));
        browser.checked();
        browser.find(By.id(personId)).sendKeys(Keys.SPACE);
        browser.find(By.id("signin")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/account/profile.xhtml"));
        browser.checked();
    }

    private String registeredAndConfirmed() throws Exception {
        String email = "mieszkanka-" + UUID.randomUUID() + "@example.org";
        registerAndConfirm("Maria", "Testowa", email, PASSWORD);
        assertEquals("/account/profile.xhtml", browser.currentPath());
        return email;
    }
}
