package pl.wiec.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.signin.saml.ServiceRequests;
import pl.wiec.signin.saml.ServiceRequests.Service;
import pl.wiec.system.support.DemoLoginGovKeys;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.TestServer;

/** The pages of the demo services that people see in the demo and in later tests pass axe-core too. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class DemoServicesBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @Test
    void aPersonPicksWhoTheyAreAtTheSimulatorByKeyboardAndIsSentBackToTheService() throws Exception {
        Path start = Files.createTempFile("authn-request", ".html");
        Files.writeString(start, autoSubmittingAuthnRequest(), StandardCharsets.UTF_8);
        browser.driver().get(start.toUri().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("signin")).isEmpty());
        browser.checked();

        assertEquals("Symulator login.gov.pl — wybór osoby", browser.text(By.tagName("h1")));
        assertTrue(browser.pageText().contains("substantial"), "the requested level is shown");
        browser.find(By.id("person-jan")).sendKeys(" ");
        assertTrue(browser.find(By.id("person-jan")).isSelected());
        browser.find(By.id("cancel")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/login/acs"));
        assertTrue(browser.currentPath().startsWith("/login/acs"),
                "back at the service's ACS: " + browser.currentPath());
    }

    @Test
    void theMailCatcherPageIsReadable() {
        browser.open("/demo/mail");
        assertEquals("Skrzynka demo: wiadomości wysłane przez Wiec", browser.text(By.tagName("h1")));
    }

    /** A page that posts a signed AuthnRequest to the simulator, as Wiec's sign-in button will. */
    private static String autoSubmittingAuthnRequest() throws Exception {
        ServiceRequests requests = DemoLoginGovKeys.ofBuiltServer()
                .requests(new Service("https://wiec.test/saml", "Wiec (test)", TestServer.url("/login/acs")));
        String sso = TestServer.url("/demo/login-gov/login/SingleSignOnService");
        String request = requests.authnRequest("_" + UUID.randomUUID(), Instant.now(), sso,
                LevelOfAssurance.SUBSTANTIAL);
        return "<!DOCTYPE html><html lang=\"pl\"><head><title>Start</title></head><body><form method=\"post\" action=\""
                + sso + "\"><input type=\"hidden\" name=\"SAMLRequest\" value=\""
                + Base64.getEncoder().encodeToString(request.getBytes(StandardCharsets.UTF_8))
                + "\"><input type=\"hidden\" name=\"RelayState\" value=\"r1\"></form>"
                + "<script>document.forms[0].submit();</script></body></html>";
    }
}
