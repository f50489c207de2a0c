package pl.wiec.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;

/**
 * Ideas on the demo's boulevard project: an anonymous visitor sees the ideas and is told to sign in; after signing in
 * (and back on the same page) a resident submits an idea with a place picked on the map, and finds it in the list and
 * on its own page. axe-core on every page, the Leaflet maps included.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class IdeasBrowserIT extends BrowserTest {

    private static final String PASSWORD = "pomysl na bulwar";

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    /**
     * The session ended while a resident wrote an idea (the 30-minute timeout, a server restart): sending the form
     * brought the error page and the text was gone. Now the page says what happened and the text comes back.
     */
    @Test
    void anIdeaWrittenWhileTheSessionEndedComesBackAfterSigningInAgain() throws Exception {
        String email = "sesja-" + UUID.randomUUID() + "@example.org";
        registerAndConfirm("Ewa", "Sesyjna", email, PASSWORD);
        browser.open("/project.xhtml?id=1");
        String title = "Pomost " + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("ideaTitle"), title);
        browser.type(By.id("ideaBody"), "Opis pisany długo, przez pół godziny, z przerwą na kawę.");
        Thread.sleep(800);
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.submit(By.id("submitIdea"));
        browser.checked();
        assertEquals("/project.xhtml?id=1", browser.currentPath(), "back on the page, not on the error page");
        assertTrue(browser.pageText().contains("sesja wygasła, więc niczego nie zapisaliśmy"), browser.pageText());
        assertFalse(browser.text(By.id("idea-list")).contains(title), "nothing was stored");

        browser.submit(By.id("signin-to-submit"));
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), PASSWORD);
        browser.submit(By.id("submit"));
        assertEquals("/project.xhtml?id=1", browser.currentPath());
        assertEquals(title, browser.find(By.id("ideaTitle")).getAttribute("value"), "the title typed came back");
        assertTrue(browser.find(By.id("ideaBody")).getAttribute("value").startsWith("Opis pisany długo"));
        assertTrue(browser.pageText().contains("Przywróciliśmy tekst, który wpisano wcześniej"));
        browser.submit(By.id("submitIdea"));
        assertTrue(browser.pageText().contains("Dziękujemy! Twój pomysł został opublikowany."));
        browser.open("/project.xhtml?id=1");
        assertEquals("", browser.find(By.id("ideaTitle")).getAttribute("value"),
                "once stored, the browser's copy is forgotten");
    }

    @Test
    void aResidentSignsInFromTheProjectAndSubmitsAnIdeaWithAPlaceOnTheMap() throws Exception {
        browser.open("/project.xhtml?id=1");
        assertTrue(browser.text(By.id("ideas-heading")).startsWith("Pomysły mieszkańców"));
        assertTrue(browser.text(By.id("idea-list")).contains("Przystań kajakowa z wypożyczalnią"));
        assertTrue(browser.findAll(By.cssSelector("#ideas-map .leaflet-marker-icon")).size() >= 3,
                "the ideas with a place are on the map");
        assertTrue(browser.text(By.id("why-not")).contains("Aby zgłosić pomysł, zaloguj się"));

        String email = "bulwar-" + UUID.randomUUID() + "@example.org";
        registerAndConfirm("Ola", "Bulwarowa", email, PASSWORD);
        browser.submit(By.id("signout:submit"));
        browser.open("/project.xhtml?id=1");
        browser.submit(By.id("signin-to-submit"));
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), PASSWORD);
        browser.submit(By.id("submit"));
        assertEquals("/project.xhtml?id=1", browser.currentPath(), "back on the project");

        browser.submit(By.id("submitIdea"));
        assertTrue(browser.text(By.id("ideaTitle-message")).contains("wymagane"));
        String title = "Fontanna " + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("ideaTitle"), title);
        browser.type(By.id("ideaBody"), "Mała fontanna do schłodzenia się latem <b>nie</b> HTML.");
        browser.type(By.id("ideaPlace"), "przy plaży");
        new Actions(browser.driver()).moveToElement(browser.find(By.id("pick-map")), 20, 10).click().perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> !browser.find(By.id("latitude")).getAttribute("value").isEmpty());
        browser.submit(By.id("submitIdea"));
        assertTrue(browser.pageText().contains("Dziękujemy! Twój pomysł został opublikowany."));
        assertTrue(browser.text(By.id("idea-list")).contains(title));
        browser.driver().navigate().refresh();
        browser.checked();
        assertEquals(1, browser.findAll(By.linkText(title)).size(),
                "reloading the page after submitting makes no second idea (POST-redirect-GET)");

        browser.submit(By.linkText(title));
        assertEquals(title, browser.text(By.id("idea-title")));
        assertEquals("Mała fontanna do schłodzenia się latem <b>nie</b> HTML.", browser.text(By.id("idea-body")),
                "what residents write is shown as text");
        assertTrue(browser.text(By.id("idea-point")).startsWith("Punkt na mapie: 53,"));
        assertFalse(browser.findAll(By.id("idea-place")).isEmpty());

        browser.submit(By.id("startEditing"));
        browser.type(By.id("newTitle"), title + " przy plaży");
        browser.submit(By.id("saveEditing"));
        assertTrue(browser.pageText().contains("Zapisano zmiany pomysłu."));
        assertEquals(title + " przy plaży", browser.text(By.id("idea-title")));

        assertEquals("Polubienia: 0", browser.text(By.id("likes")));
        browser.submit(By.id("react:like"));
        assertEquals("Polubienia: 1", browser.text(By.id("likes")));
        browser.submit(By.id("react:unlike"));
        assertEquals("Polubienia: 0", browser.text(By.id("likes")));

        browser.submit(By.id("postComment"));
        assertEquals("Napisz treść komentarza.", browser.text(By.id("newComment-message")));
        browser.type(By.id("newComment"), "Popieram, latem bardzo by się przydała.");
        browser.submit(By.id("postComment"));
        assertTrue(browser.text(By.id("threads")).contains("Popieram, latem bardzo by się przydała."));
        assertTrue(browser.text(By.id("threads")).contains("Ola B."), "first name and initial");
        browser.submit(By.cssSelector("#threads input[value='Edytuj']"));
        browser.type(By.cssSelector("#threads textarea"), "Popieram, latem bardzo się przyda.");
        browser.submit(By.cssSelector("#threads input[value='Zapisz poprawkę']"));
        assertTrue(browser.text(By.id("threads")).contains("Popieram, latem bardzo się przyda. ".trim()));
        assertTrue(browser.text(By.id("threads")).contains("edytowano"));
        browser.submit(By.cssSelector("#threads input[value='Odpowiedz']"));
        browser.type(By.cssSelector("#threads textarea"), "Sama sobie odpowiadam.");
        browser.submit(By.cssSelector("#threads input[value='Wyślij odpowiedź']"));
        assertTrue(browser.text(By.cssSelector("#threads .replies")).contains("Sama sobie odpowiadam."));
    }

    @Test
    void aClerkKeysInAnIdeaFromAPaperFormAndEveryoneSeesHowItCame() {
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/project.xhtml?id=1");
        browser.submit(By.cssSelector("a[id$='idea-entry']"));
        assertTrue(browser.text(By.tagName("h1")).startsWith("Pomysły z papieru: "), browser.text(By.tagName("h1")));
        new Select(browser.find(By.id("channel"))).selectByVisibleText("Punkt konsultacyjny");
        browser.type(By.id("place"), "Urząd Miejski, pokój 12");
        String title = "Kosze na śmieci " + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("ideaTitle"), title);
        browser.submit(By.id("saveIdea"));
        assertTrue(browser.text(By.id("ideaBody-message")).startsWith("Co proponuje i dlaczego"),
                browser.text(By.id("ideaBody-message")));
        assertEquals(title, browser.find(By.id("ideaTitle")).getAttribute("value"), "what was typed stays");
        browser.type(By.id("ideaBody"), "Więcej koszy wzdłuż bulwaru, co 50 metrów.");
        browser.type(By.id("ideaWhere"), "bulwar nad Nettą");
        // the form marks the place on a sketch: the keyer types its point (the map would fill it), sorts the idea
        browser.type(By.id("ideaPoint"), "53,84 122,98");
        new Select(browser.find(By.id("ideaArea"))).selectByVisibleText("Zarzecze");
        browser.find(By.cssSelector("#ideaTopics input[type='checkbox']")).click(); // the first: Zieleń i klimat
        browser.submit(By.id("saveIdea"));
        assertTrue(browser.text(By.id("ideaPoint-message")).startsWith("To nie jest punkt na mapie Polski"),
                browser.text(By.id("ideaPoint-message")));
        assertEquals("true", browser.find(By.id("ideaPoint")).getAttribute("aria-invalid"));
        assertEquals("bulwar nad Nettą", browser.find(By.id("ideaWhere")).getAttribute("value"), "nothing is lost");
        assertEquals("Zarzecze", new Select(browser.find(By.id("ideaArea"))).getFirstSelectedOption().getText());
        browser.type(By.id("ideaPoint"), "53,8436 22,9799");
        browser.submit(By.id("saveIdea"));
        assertTrue(browser.pageText().contains("Zapisano pomysł."), browser.pageText());
        assertEquals("", browser.find(By.id("ideaTitle")).getAttribute("value"), "ready for the next form");
        assertEquals("Urząd Miejski, pokój 12", browser.find(By.id("place")).getAttribute("value"), "the source stays");
        assertEquals("Punkt konsultacyjny",
                new Select(browser.find(By.id("channel"))).getFirstSelectedOption().getText());

        // anyone sees it among the ideas, with how and where it was collected, and no author
        browser.driver().manage().deleteAllCookies();
        browser.open("/project.xhtml?id=1");
        browser.submit(By.linkText(title));
        assertEquals(title, browser.text(By.id("idea-title")));
        assertEquals("Pomysł zebrany poza internetem: Punkt konsultacyjny, Urząd Miejski, pokój 12",
                browser.text(By.id("idea-offline")));
        assertEquals("Zarzecze · Zieleń i klimat", browser.text(By.id("idea-tags")));
        assertEquals("Punkt na mapie: 53,8436, 22,9799", browser.text(By.id("idea-point")));
    }

    @Test
    void aVerifiedResidentSupportsAProposalAndSeesItsProgress() {
        browser.open("/project.xhtml?id=4");
        assertTrue(browser.text(By.id("idea-list")).contains("Poparcia: 2 z 20"));
        browser.submit(By.linkText("Drzewa na podwórku przy Rynku 12"));
        assertEquals("Poparcia: 2 z 20", browser.text(By.cssSelector("label[for='support-progress']")));
        signInNationally("anna", "/idea.xhtml?id=5");
        browser.submit(By.id("supporting:support"));
        assertTrue(browser.pageText().contains("Dziękujemy za poparcie!"));
        assertEquals("Poparcia: 3 z 20", browser.text(By.cssSelector("label[for='support-progress']")));
        assertEquals("Popierasz tę propozycję.", browser.text(By.id("supported")));
    }
}
