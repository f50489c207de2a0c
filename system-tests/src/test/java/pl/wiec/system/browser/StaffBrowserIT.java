package pl.wiec.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import pl.wiec.system.browser.StaffPages.ProfilePage;
import pl.wiec.system.browser.StaffPages.SignInPage;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.Staff;

/** What residents and office staff do in a real browser; every page they reach is checked with axe-core. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class StaffBrowserIT extends BrowserTest {

    private static final String BASE_URL = TestServer.url("");

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @Test
    void residentsSeeThePortalInPolishAndCanSwitchToEnglish() {
        browser.open("/");
        assertEquals("pl", browser.find(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text(By.tagName("h1")).startsWith("Witamy"));
        assertEquals("#main",
                browser.find(By.cssSelector("a.skip-link")).getAttribute("href").replaceAll(".*(#main)$", "$1"));

        browser.submit(By.id("language:en"));

        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text(By.tagName("h1")).startsWith("Welcome"));
        browser.find(By.linkText("Accessibility statement")).click();
        browser.checked();
        assertEquals("Accessibility statement", browser.text(By.tagName("h1")));
        browser.find(By.linkText("Personal data protection")).click();
        browser.checked();
        assertEquals("Personal data protection", browser.text(By.tagName("h1")));
    }

    @Test
    void clerkSignsInWithTheDirectoryAccountButMayNotEditTheProfile() {
        SignInPage.open(browser).signIn(Staff.CLERK, Staff.PASSWORD);

        assertTrue(browser.text(By.id("signedInAs")).contains(Staff.CLERK));
        assertTrue(browser.text(By.id("roles")).contains("urzędnik"));
        assertTrue(browser.findAll(By.id("navProfile")).isEmpty(), "a clerk is not offered the profile page");

        browser.open("/backoffice/municipality.xhtml");
        assertTrue(browser.text(By.id("errorExplanation")).startsWith("Nie masz uprawnień"));
        assertTrue(browser.findAll(By.id("name")).isEmpty());

        browser.open("/backoffice/");
        browser.submit(By.id("session:signOut"));
        browser.open("/backoffice/");
        assertTrue(browser.findAll(By.id("username")).size() == 1,
                "after signing out the back office asks to sign in again");
    }

    @Test
    void wrongPasswordIsExplainedAndTheUserNameStaysTyped() {
        SignInPage page = SignInPage.open(browser);
        page.signIn(Staff.ADMINISTRATOR, "not-the-password");

        assertEquals("Nieprawidłowa nazwa użytkownika lub hasło.", page.error());
        assertEquals(Staff.ADMINISTRATOR, browser.find(By.id("username")).getAttribute("value"));
        assertEquals("", browser.find(By.id("password")).getAttribute("value"));
    }

    @Test
    void accountOutsideTheWiecGroupsIsToldWhyItCannotEnter() {
        SignInPage page = SignInPage.open(browser);
        page.signIn(Staff.NO_WIEC_ROLE, Staff.PASSWORD);

        assertTrue(page.error().startsWith("Twoje konto nie ma dostępu do platformy Wiec"));
        browser.open("/backoffice/");
        assertEquals(1, browser.findAll(By.id("username")).size());
    }

    @Test
    void administratorEditsTheProfileAndResidentsSeeItAndTheAuditLogRecordsIt() throws Exception {
        browser.open("/backoffice/audit.xhtml");
        new SignInPage(browser).signIn(Staff.ADMINISTRATOR, Staff.PASSWORD);
        assertEquals("/backoffice/audit.xhtml", browser.currentPath(),
                "after signing in the administrator is back where they were going");

        String name = "Miasto Augustów " + UUID.randomUUID().toString().substring(0, 6);
        Path logo = Files.createTempFile("herb", ".png");
        Files.write(logo, Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        ProfilePage profile = ProfilePage.open(browser).fill("name", name).fill("contactPhone", "+48 87 643 28 01")
                .chooseLogo(logo).save();
        assertEquals("Zapisano profil gminy.", profile.message());

        browser.open("/");
        assertTrue(browser.text(By.cssSelector(".brand__name")).equals(name));
        assertEquals("Herb: " + name, browser.find(By.cssSelector(".brand img")).getAttribute("alt"));
        assertTrue(browser.text(By.id("contactPhone")).equals("+48 87 643 28 01"));
        browser.open("/backoffice/audit.xhtml");
        String newest = browser.text(By.cssSelector("#entries_data tr:first-child"));
        assertTrue(browser.pageText().contains(name), "the audit log shows the new name");
        assertTrue(newest.contains(Staff.ADMINISTRATOR), newest);
    }

    @Test
    void invalidValuesAreExplainedAtTheirFieldsAndNothingTypedIsLost() {
        SignInPage.open(browser).signIn(Staff.ADMINISTRATOR, Staff.PASSWORD);
        ProfilePage profile = ProfilePage.open(browser);
        String savedName = profile.value("name");

        profile.fill("name", "Gmina z literówką").fill("teryt", "2001016").fill("primaryColour", "#ffff00")
                .fill("postalCode", "16300").save();
        assertTrue(profile.fieldError("teryt").startsWith("Kod TERYT gminy: To nie jest kod gminy z rejestru TERYT"),
                "the field's label, then what is wrong: " + profile.fieldError("teryt"));
        assertTrue(profile.fieldError("primaryColour").contains("kontrast 1.1:1"), profile.fieldError("primaryColour"));
        assertTrue(profile.fieldError("postalCode").contains("Podaj kod pocztowy"));
        assertEquals("true", browser.find(By.id("teryt")).getAttribute("aria-invalid"));
        assertEquals("Gmina z literówką", profile.value("name"), "what was typed stays in the form");

        browser.open("/");
        assertEquals(savedName, browser.text(By.cssSelector(".brand__name")), "nothing was saved");
    }

    /**
     * A 30 MB logo ended on the browser's bare "HTTP ERROR 400"; now the field says its limit the moment it is chosen.
     */
    @Test
    void aFileOverTheLimitIsNamedTheMomentItIsChosenAndNeverSent() throws Exception {
        SignInPage.open(browser).signIn(Staff.ADMINISTRATOR, Staff.PASSWORD);
        ProfilePage profile = ProfilePage.open(browser).fill("name", "Gmina z herbem za dużym");
        Path big = Files.createTempFile("herb", ".png");
        Files.write(big, new byte[2 * 1024 * 1024]);
        browser.find(By.id("logo")).sendKeys(big.toString());
        assertTrue(browser.text(By.id("logo-message")).startsWith("Ten plik jest za duży: można dołączyć najwyżej 1"),
                browser.text(By.id("logo-message")));
        assertEquals("", browser.find(By.id("logo")).getAttribute("value"), "the file is not sent");
        assertEquals("true", browser.find(By.id("logo")).getAttribute("aria-invalid"));
        assertEquals("Gmina z herbem za dużym", profile.value("name"), "nothing typed is lost");
        Files.delete(big);
    }

    @Test
    void anAdministratorSavingAFormOthersChangedMeanwhileIsToldAndOverwritesNothing() {
        try (Browser colleague = new Browser(BASE_URL)) {
            SignInPage.open(browser).signIn(Staff.ADMINISTRATOR, Staff.PASSWORD);
            ProfilePage mine = ProfilePage.open(browser);
            SignInPage.open(colleague).signIn(Staff.ADMINISTRATOR, Staff.PASSWORD);
            String city = "Augustów " + UUID.randomUUID().toString().substring(0, 4);
            ProfilePage theirs = ProfilePage.open(colleague).fill("city", city).save();
            assertEquals("Zapisano profil gminy.", theirs.message());

            mine.fill("street", "ul. Nadpisana 1").save();

            assertTrue(mine.message().startsWith("Ktoś inny zapisał profil w międzyczasie"), mine.message());
            assertEquals("ul. Nadpisana 1", mine.value("street"), "what was typed stays in the form");
            browser.open("/");
            assertTrue(browser.text(By.id("contactAddress")).endsWith(city));
            assertFalse(browser.text(By.id("contactAddress")).contains("Nadpisana"));
        }
    }

    @Test
    void unreachableDirectoryIsExplainedAndThePortalKeepsWorking() throws Exception {
        switchDirectory(false);
        try {
            SignInPage page = SignInPage.open(browser);
            page.signIn(Staff.CLERK, Staff.PASSWORD);
            assertTrue(page.error().startsWith("Katalog pracowników urzędu (LDAP) nie odpowiada"), page.error());

            browser.open("/");
            assertTrue(browser.text(By.tagName("h1")).startsWith("Witamy"));
        } finally {
            switchDirectory(true);
        }
        SignInPage.open(browser).signIn(Staff.CLERK, Staff.PASSWORD);
        assertTrue(browser.text(By.id("signedInAs")).contains(Staff.CLERK));
    }

    private static void switchDirectory(boolean listening) throws Exception {
        HttpResponse<String> response = HttpClient
                .newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "/demo/directory?listening=" + listening))
                                .POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(listening ? "listening" : "suspended", response.body());
        assertFalse(response.statusCode() >= 400);
    }
}
