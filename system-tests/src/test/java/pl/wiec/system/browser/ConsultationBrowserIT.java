package pl.wiec.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.support.ui.Select;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;

/**
 * A small consultation as a clerk and a resident run it: a proposals phase where only verified residents of one area
 * support; the resident follows the project, submits a proposal, is told why they may not support yet and what to do,
 * and supports once their profile says where they live.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class ConsultationBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @Test
    void onlyVerifiedResidentsOfOneAreaSupportAndOthersAreToldWhatToDo() throws Exception {
        String title = "Zielone Zarzecze " + UUID.randomUUID().toString().substring(0, 6);
        signInAsStaff(Staff.CLERK);
        browser.submit(By.id("tile-projects"));
        browser.submit(By.id("new"));
        browser.type(By.id("titlePl"), title);
        browser.type(By.id("summaryPl"), "Propozycje zieleni od mieszkańców Zarzecza.");
        browser.submit(By.id("saveTexts"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        browser.submit(By.id("addPhase"));
        browser.type(By.id("phases:0:titlePl"), "Propozycje");
        setDate("phases:0:startsOn", today.minusDays(1));
        setDate("phases:0:endsOn", today.plusDays(20));
        new Select(browser.find(By.id("phases:0:method"))).selectByValue("proposals");
        browser.type(By.id("phases:0:supportThreshold"), "2");
        browser.type(By.id("phases:0:supportDays"), "30");
        assertEquals("Kto może popierać propozycje",
                browser.text(By.xpath("//select[@id='phases:0:rules:3:requires']/ancestor::fieldset[1]/legend")));
        new Select(browser.find(By.id("phases:0:rules:3:requires"))).selectByValue("NATIONAL_SUBSTANTIAL");
        browser.find(By.cssSelector("input[name='phases:0:rules:3:areas'][value='Zarzecze']")).sendKeys(Keys.SPACE);
        browser.submit(By.id("savePhases"));
        assertTrue(browser.pageText().contains("Zapisano harmonogram."), browser.pageText());
        assertTrue(browser.find(By.cssSelector("input[name='phases:0:rules:3:areas'][value='Zarzecze']")).isSelected(),
                "the rule is kept");
        java.nio.file.Path cover = java.nio.file.Files.createTempFile("zarzecze", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(80, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", cover.toFile());
        java.nio.file.Path notAPicture = java.nio.file.Files.createTempFile("herb", ".png");
        java.nio.file.Files.writeString(notAPicture, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        browser.find(By.id("coverFile")).sendKeys(notAPicture.toString());
        browser.type(By.id("coverDescription"), "Podwórko przy ul. Nadrzecznej");
        browser.submit(By.id("saveCover"));
        assertTrue(browser.text(By.id("coverFile-message")).startsWith("To nie jest obraz PNG, JPEG ani WebP"));
        assertEquals("Podwórko przy ul. Nadrzecznej", browser.find(By.id("coverDescription")).getAttribute("value"),
                "nothing typed is lost");
        browser.find(By.id("coverFile")).sendKeys(cover.toString());
        browser.submit(By.id("saveCover"));
        assertTrue(browser.pageText().contains("Zapisano zdjęcie projektu."));
        java.nio.file.Path draft = java.nio.file.Files.createTempFile("regulamin", ".pdf");
        java.nio.file.Files.writeString(draft, "%PDF-1.4\n%%EOF\n");
        browser.type(By.id("documentTitle"), "Zasady zgłaszania propozycji");
        browser.find(By.id("documentFile")).sendKeys(draft.toString());
        browser.submit(By.id("attach"));
        assertTrue(browser.pageText().contains("Dodano dokument „Zasady zgłaszania propozycji”."));
        browser.submit(By.id("publish"));
        browser.driver().manage().deleteAllCookies();

        browser.open("/");
        browser.submit(By.linkText(title));
        String project = browser.currentPath();
        assertEquals("Podwórko przy ul. Nadrzecznej", browser.find(By.id("project-cover")).getAttribute("alt"));
        String document = browser.find(By.linkText("Zasady zgłaszania propozycji")).getAttribute("href");
        assertTrue(browser.text(By.id("documents")).contains("(PDF, 1 KB)"), browser.text(By.id("documents")));
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(document)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 80;",
                browser.find(By.id("project-cover"))), "the cover is served");
        signInNationally("helena", project);
        browser.submit(By.id("following:follow"));
        assertTrue(browser.pageText().contains("Obserwujesz ten projekt"));
        browser.type(By.id("ideaTitle"), "Drzewa przy ul. Nadrzecznej");
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("chodnik", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());
        browser.find(By.id("ideaImage")).sendKeys(photo.toString());
        browser.submit(By.id("submitIdea"));
        assertFalse(browser.text(By.id("ideaBody-message")).isEmpty(), "the description of the idea is missing");
        String held = "Wybrany plik „" + photo.getFileName() + "” jest zachowany";
        assertTrue(browser.text(By.id("ideaImage-held")).startsWith(held),
                "the photo chosen is not lost to the refusal of another field");
        browser.type(By.id("ideaBody"), "Szpaler lip wzdłuż chodnika.");
        browser.submit(By.id("submitIdea"));
        assertTrue(browser.text(By.id("imageDescription-message")).contains("Opisz krótko"),
                "a photo needs a description for people who cannot see it");
        assertTrue(browser.text(By.id("ideaImage-held")).startsWith(held), "still held: not chosen again");
        browser.type(By.id("imageDescription"), "Chodnik bez drzew przy ul. Nadrzecznej");
        browser.submit(By.id("submitIdea"));
        browser.submit(By.linkText("Drzewa przy ul. Nadrzecznej"));
        String proposal = browser.currentPath();
        assertEquals("Chodnik bez drzew przy ul. Nadrzecznej",
                browser.find(By.cssSelector("#idea-images img")).getAttribute("alt"));
        assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 40;",
                browser.find(By.cssSelector("#idea-images img"))), "the photo is served");
        assertTrue(browser.text(By.id("why-not-support")).contains("mieszkańcy tych części gminy: Zarzecze"),
                browser.text(By.id("why-not-support")));

        livesIn("Lipowiec");
        browser.open(proposal);
        assertTrue(browser.text(By.id("why-not-support")).contains("Według Twojego profilu mieszkasz gdzie indziej"));
        livesIn("Zarzecze");
        browser.open(proposal);
        browser.submit(By.id("supporting:support"));
        assertTrue(browser.pageText().contains("Dziękujemy za poparcie!"));
        assertEquals("Poparcia: 1 z 2", browser.text(By.cssSelector("label[for='support-progress']")));
    }

    private void livesIn(String area) {
        browser.open("/account/profile.xhtml");
        new Select(browser.find(By.id("residenceArea"))).selectByVisibleText(area);
        if (!browser.find(By.id("demographicsConsent")).isSelected()) {
            browser.find(By.id("demographicsConsent")).sendKeys(Keys.SPACE);
        }
        browser.submit(By.id("save"));
        assertTrue(browser.pageText().contains("Zapisano profil."));
    }
}
