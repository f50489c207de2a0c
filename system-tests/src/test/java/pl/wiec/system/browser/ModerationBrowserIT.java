package pl.wiec.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;

/**
 * A resident reports an idea; the moderator finds it in the queue and hides it with a reason; the blocked words are
 * edited on the same page. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class ModerationBrowserIT extends BrowserTest {

    private static final String PASSWORD = "moderacja w praktyce";

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @Test
    void aReportedIdeaIsHiddenByTheModeratorWithAReason() throws Exception {
        String email = "zglaszajacy-" + UUID.randomUUID() + "@example.org";
        registerAndConfirm("Jan", "Zgłaszający", email, PASSWORD);

        browser.open("/idea.xhtml?id=4");
        browser.find(By.cssSelector("details.flag summary")).sendKeys(Keys.ENTER);
        browser.type(By.id("flagReason"), "Nie na temat");
        browser.submit(By.id("flag"));
        assertTrue(browser.pageText().contains("Dziękujemy, moderator przyjrzy się zgłoszeniu."));
        browser.submit(By.id("signout:submit"));

        signInAsStaff(Staff.MODERATOR);
        browser.submit(By.id("tile-moderation"));
        assertTrue(browser.text(By.id("cases")).contains("Oświetlenie ścieżki wieczorem"));
        String reported = "//*[@id='cases']/li[contains(., 'Oświetlenie ścieżki wieczorem')]";
        browser.submit(By.xpath(reported + "//input[@value='Ukryj']"));
        assertTrue(browser.pageText().contains("Aby ukryć wpis, podaj powód"));
        browser.type(By.xpath(reported + "//input[@type='text']"), "Nie dotyczy bulwaru");
        browser.submit(By.xpath(reported + "//input[@value='Ukryj']"));
        assertTrue(browser.pageText().contains("Wpis ukryty."));

        browser.type(By.id("blockedWords"), "Durn\nprzekleństwo\n");
        browser.submit(By.id("saveWords"));
        assertTrue(browser.pageText().contains("Zapisano listę (2 słów)."));
        assertEquals("durn\nprzekleństwo", browser.find(By.id("blockedWords")).getAttribute("value"));
        browser.type(By.id("blockedWords"), "");
        browser.submit(By.id("saveWords"));

        browser.open("/project.xhtml?id=1");
        assertTrue(!browser.text(By.id("idea-list")).contains("Oświetlenie ścieżki wieczorem"), "hidden for all");
    }
}
