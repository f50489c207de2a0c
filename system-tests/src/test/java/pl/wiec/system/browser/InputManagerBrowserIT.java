package pl.wiec.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;

/**
 * A clerk works through the demo's ideas in the input manager: searches, sets a status on a selection, answers one idea
 * officially, and residents read the answer and the status under the idea. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class InputManagerBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @Test
    void aClerkSearchesSetsStatusesAndAnswersAndResidentsReadTheAnswer() {
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/project.xhtml?id=1");
        browser.submit(By.id("input-manager"));
        assertTrue(browser.text(By.id("ideas")).contains("Więcej ławek w cieniu"));

        browser.type(By.id("search"), "ławek");
        browser.submit(By.id("apply"));
        assertTrue(browser.text(By.id("ideas")).contains("Więcej ławek w cieniu"));
        assertTrue(!browser.text(By.id("ideas")).contains("Przystań kajakowa"), "filtered");

        browser.find(By.cssSelector("#ideas input[type='checkbox']")).sendKeys(Keys.SPACE);
        new Select(browser.find(By.id("bulkStatus"))).selectByVisibleText("W analizie");
        browser.submit(By.id("bulkApply"));
        assertTrue(browser.pageText().contains("Zmieniono status 1 zgłoszeń."), browser.pageText());
        assertTrue(browser.text(By.id("ideas")).contains("W analizie"));

        browser.submit(By.linkText("Więcej ławek w cieniu"));
        browser.type(By.id("answer"), "Dziękujemy. Ławki w cieniu uwzględnimy w projekcie bulwaru.");
        browser.submit(By.id("publishAnswer"));
        assertTrue(browser.pageText().contains("Opublikowano odpowiedź pod pomysłem."));
        browser.type(By.id("note"), "Sprawdzić z architektem zieleni.");
        browser.submit(By.id("addNote"));
        assertTrue(browser.text(By.id("note-list")).contains("Sprawdzić z architektem zieleni."));

        browser.submit(By.linkText("strona pomysłu dla mieszkańców"));
        assertEquals("Dziękujemy. Ławki w cieniu uwzględnimy w projekcie bulwaru.",
                browser.text(By.cssSelector("#official-answer .preformatted")));
        assertTrue(browser.text(By.id("idea-status")).contains("W analizie"));
        assertTrue(!browser.pageText().contains("architektem zieleni"), "internal notes stay internal");
    }

    @Test
    void anAdministratorAddsAStatusWhoseColourMustBeReadable() {
        String label = "Przekazany do spółdzielni " + java.util.UUID.randomUUID().toString().substring(0, 4);
        signInAsStaff(Staff.ADMINISTRATOR);
        browser.submit(By.id("tile-statuses"));
        browser.type(By.id("labelPl"), label);
        browser.type(By.id("colour"), "#ffd700");
        browser.submit(By.id("add"));
        assertTrue(browser.text(By.id("colour-message")).startsWith("Biały napis na tym kolorze jest słabo czytelny"),
                browser.pageText());
        assertEquals(label, browser.find(By.id("labelPl")).getAttribute("value"), "nothing typed is lost");
        browser.type(By.id("colour"), "#005a9c");
        browser.submit(By.id("add"));
        assertTrue(browser.pageText().contains("Dodano status „" + label + "”."));
        assertTrue(browser.text(By.id("statuses-form")).contains(label));

        int row = browser.findAll(By.cssSelector("#statuses-form fieldset")).size() - 1;
        browser.type(By.id("statuses:" + row + ":labelEn"), "Passed to the housing cooperative");
        browser.submit(By.id("statuses:" + row + ":save"));
        assertTrue(browser.pageText().contains("Zapisano status „" + label + "”."));
        assertEquals("Passed to the housing cooperative",
                browser.find(By.id("statuses:" + row + ":labelEn")).getAttribute("value"));
    }
}
