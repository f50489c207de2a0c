package pl.wiec.system.browser;

import java.time.Duration;

import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;

/**
 * A clerk sets up a project in the back office (texts, a timeline, publishing) and residents find it on the portal with
 * its timeline and the phase running today; axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class ProjectsBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @Test
    void aClerkPublishesAProjectWithItsTimelineAndResidentsSeeTheCurrentPhase() {
        String title = "Skwer przy Rynku " + UUID.randomUUID().toString().substring(0, 6);
        signInAsStaff(Staff.CLERK);
        browser.submit(By.id("tile-projects"));
        browser.submit(By.id("new"));
        browser.submit(By.id("saveTexts"));
        assertTrue(browser.text(By.id("titlePl-message")).contains("wymagane"), "required fields are said");

        browser.type(By.id("titlePl"), title);
        browser.type(By.id("titleEn"), "Market square green");
        browser.type(By.id("summaryPl"), "Co posadzić na skwerze?");
        browser.type(By.id("descriptionPl"), "<p>Opis <script>alert('x')</script><strong>skweru</strong></p>");
        browser.submit(By.id("saveTexts"));
        assertTrue(browser.pageText().contains("Zapisano opis projektu."));
        assertEquals("<p>Opis <strong>skweru</strong></p>", browser.find(By.id("descriptionPl")).getAttribute("value"));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        browser.submit(By.id("addPhase"));
        browser.type(By.id("phases:0:titlePl"), "Informacja");
        setDate("phases:0:startsOn", today.minusDays(3));
        setDate("phases:0:endsOn", today.plusDays(3));
        browser.submit(By.id("addPhase"));
        browser.type(By.id("phases:1:titlePl"), "Raport");
        setDate("phases:1:startsOn", today.plusDays(3));
        setDate("phases:1:endsOn", today.plusDays(10));
        browser.submit(By.id("savePhases"));
        assertTrue(browser.pageText().contains("Etapy „Informacja” i „Raport” zachodzą na siebie"), browser.pageText());
        assertEquals("Raport", browser.find(By.id("phases:1:titlePl")).getAttribute("value"), "nothing typed is lost");
        setDate("phases:1:startsOn", today.plusDays(4));
        browser.submit(By.id("savePhases"));
        assertTrue(browser.pageText().contains("Zapisano harmonogram."));

        browser.submit(By.id("publish"));
        assertTrue(browser.pageText().contains("Projekt opublikowany"));

        browser.open("/");
        assertTrue(browser.text(By.id("projects")).contains(title));
        browser.submit(By.linkText(title));
        assertEquals(title, browser.text(By.id("project-title")));
        assertTrue(browser.text(By.id("timeline")).contains("Informacja"));
        assertTrue(browser.text(By.cssSelector("[aria-current='step']")).contains("Informacja"));
        assertTrue(browser.text(By.id("current-phase")).contains("Trwający etap: Informacja"));
        assertEquals("Opis skweru", browser.text(By.id("project-description")));

        browser.submit(By.id("language:en"));
        assertEquals("Market square green", browser.text(By.id("project-title")));
        assertEquals("Co posadzić na skwerze?", browser.text(By.id("project-summary")),
                "Polish where English is missing");
    }

    @Test
    void residentsFilterTheProjectsByAreaTopicTextAndFolder() {
        browser.open("/");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("filter-area"))).selectByVisibleText("Lipowiec");
        browser.submit(By.id("filter-apply"));
        assertTrue(browser.currentPath().contains("area="));
        assertTrue(browser.text(By.id("projects")).contains("Zielone podwórka"));
        assertFalse(browser.text(By.id("projects")).contains("Strategia rozwoju"), browser.text(By.id("projects")));
        assertEquals("Lipowiec", new org.openqa.selenium.support.ui.Select(browser.find(By.id("filter-area")))
                .getFirstSelectedOption().getText(), "the choice stays");
        browser.open("/?q=strategia");
        assertTrue(browser.text(By.id("projects")).contains("Strategia rozwoju"));
        assertEquals("Projekty: 1", browser.text(By.id("project-count")));
        browser.open("/");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("filter-folder")))
                .selectByVisibleText("Zielone miasto");
        browser.submit(By.id("filter-apply"));
        assertTrue(browser.text(By.id("projects")).contains("Zielone podwórka"));
        assertFalse(browser.text(By.id("projects")).contains("Nowy bulwar nad Nettą"));
        assertTrue(browser.text(By.cssSelector(".project-card__folder")).contains("Zielone miasto"));
    }

    @Test
    void anAdministratorEditsTheAreasAndTopics() {
        signInAsStaff(Staff.ADMINISTRATOR);
        browser.submit(By.id("tile-taxonomy"));
        String areas = browser.find(By.id("areas")).getAttribute("value");
        assertTrue(areas.contains("Lipowiec"));
        browser.type(By.id("topics"), browser.find(By.id("topics")).getAttribute("value") + "\nKultura | Culture");
        browser.submit(By.id("save"));
        assertTrue(browser.pageText().contains("Zapisano obszary i tematy."));
        assertTrue(browser.find(By.id("topics")).getAttribute("value").contains("Kultura | Culture"));

        String lipowiec = browser.find(By.id("outlines:2:outline")).getAttribute("value");
        browser.type(By.id("outlines:2:outline"),
                "{\"type\":\"LineString\",\"coordinates\":[[22.95,53.85],[22.96,53.86]]}");
        browser.submit(By.id("outlines:2:saveOutline"));
        assertTrue(browser.text(By.id("outlines:2:outline-message")).startsWith("To nie jest poprawny kontur GeoJSON"),
                browser.pageText());
        assertTrue(browser.find(By.id("outlines:2:outline")).getAttribute("value").contains("LineString"),
                "what was pasted stays");
        browser.type(By.id("outlines:2:outline"), lipowiec);
        browser.submit(By.id("outlines:2:saveOutline"));
        assertTrue(browser.pageText().contains("Zapisano kontur: Lipowiec."));

        browser.open("/");
        assertTrue(browser.findAll(By.cssSelector("#projects-map path.leaflet-interactive")).size() >= 6,
                "the areas are on the home page's map");
    }

    @Test
    void aDraftIsNotFoundByResidents() {
        browser.open("/project.xhtml?id=3");
        assertTrue(browser.pageText().contains("Nie znaleźliśmy tej strony"));
        assertFalse(browser.pageText().contains("Budżet obywatelski 2027"));
    }

    @Test
    void aClerkWritesAPollQuestionAndAResidentAnswersThePollAndSeesItsResults() throws Exception {
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/project.xhtml?id=7");
        browser.submit(By.id("phases:0:poll-questions"));
        assertTrue(browser.text(By.tagName("h1")).startsWith("Sonda „Sonda”"), browser.text(By.tagName("h1")));
        browser.type(By.id("titlePl"), "Kiedy zamykać Rynek dla aut?");
        browser.type(By.id("optionsPl"), "Tylko w soboty");
        browser.submit(By.id("saveQuestion"));
        assertEquals("Wpisz od 2 do 20 odpowiedzi, każdą w osobnym wierszu.", browser.text(By.id("optionsPl-message")));
        assertEquals("Kiedy zamykać Rynek dla aut?", browser.find(By.id("titlePl")).getAttribute("value"),
                "what was typed stays");
        browser.type(By.id("optionsPl"), "Tylko w soboty\nW soboty i niedziele\nTakże w święta");
        browser.submit(By.id("saveQuestion"));
        assertTrue(browser.pageText().contains("Pytanie zostało dodane."));
        assertTrue(browser.text(By.id("question-3")).startsWith("Kiedy zamykać Rynek dla aut?"));
        assertEquals(3, browser.findAll(By.cssSelector("#question-list > li")).size(), browser.pageText());

        browser.driver().manage().deleteAllCookies();
        signInNationally("zofia", "/project.xhtml?id=7");
        assertEquals("Wybierz jedną odpowiedź.", browser.text(By.cssSelector("fieldset.poll-question p.field__hint")));
        browser.find(By.xpath("//label[text()='Ławki w cieniu']/preceding-sibling::input")).sendKeys(Keys.SPACE);
        browser.submit(By.id("answer"));
        assertTrue(browser.pageText().contains("Popraw zaznaczone pytania"));
        assertEquals("To pytanie jest wymagane: zaznacz odpowiedź.",
                browser.text(By.cssSelector("fieldset.poll-question--invalid p.field__error")));
        assertTrue(browser.find(By.xpath("//label[text()='Ławki w cieniu']/preceding-sibling::input")).isSelected(),
                "the choice made stays");
        browser.find(By.xpath("//label[text()='Tak']/preceding-sibling::input")).sendKeys(Keys.SPACE);
        browser.find(By.xpath("//label[text()='W soboty i niedziele']/preceding-sibling::input")).sendKeys(Keys.SPACE);
        browser.submit(By.id("answer"));
        assertTrue(browser.pageText().contains("Dziękujemy, Twoja odpowiedź została zapisana."), browser.pageText());
        assertEquals("Odpowiedzi: 1", browser.text(By.id("poll-responses")));
        assertEquals("Tak 1 100,0%", row("poll-result-1", "Tak"));
        assertEquals("Nie 0 0,0%", row("poll-result-1", "Nie"));
        assertFalse(browser.findAll(By.id("answer")).size() > 0, "one answer per person");

        browser.driver().manage().deleteAllCookies();
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/poll.xhtml?phase=16");
        assertTrue(browser.text(By.id("poll-answered")).contains("(1)"));
        assertEquals("Ławki w cieniu 1 100,0% 1", row("poll-result-2", "Ławki w cieniu"), "with the online column");
        assertTrue(browser.findAll(By.cssSelector("#question-list input[value='Usuń']")).isEmpty(),
                "an answered poll's questions cannot be removed");
        Object csv = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('results-csv').href).then(r => r.text()).then(done);");
        assertTrue(String.valueOf(csv)
                .contains("\"1\";\"Czy Rynek powinien być wolny od samochodów w weekendy?\";\"Tak\";\"1\";\"100,0\";"
                        + "\"1\";\"0\";\"0\";\"0\";\"0\"\n"),
                csv.toString());
        assertTrue(String.valueOf(csv).contains("\"\";\"odpowiedzi ogółem\";\"\";\"1\";\"\""), csv.toString());

        // the clerk invites an ambassador, who keys in a form collected at a consultation point, keyboard only
        browser.submit(By.id("ambassadors"));
        assertEquals("Projekt nie ma jeszcze ambasadorów.", browser.text(By.id("no-ambassadors")));
        browser.submit(By.id("invite"));
        String link = browser.find(By.id("invitation-link")).getAttribute("value");
        browser.driver().manage().deleteAllCookies();
        signInNationally("jan", link.substring(link.indexOf("/account/ambassador.xhtml")));
        assertTrue(browser.text(By.id("invitation")).contains("„Rynek bez samochodów? Szybka sonda”"));
        browser.submit(By.id("accept"));
        assertTrue(browser.pageText().contains("Jesteś ambasadorem projektu „Rynek bez samochodów? Szybka sonda”."));
        browser.submit(By.partialLinkText("Wprowadź ankiety"));
        List<WebElement> questions = browser.findAll(By.cssSelector("#entry input[id^='q-']"));
        assertEquals(3, questions.size());
        String first = questions.get(0).getAttribute("id");
        assertEquals(first, browser.driver().switchTo().activeElement().getAttribute("id"), "the cursor starts there");
        new Select(browser.find(By.id("channel"))).selectByVisibleText("Punkt konsultacyjny");
        new Select(browser.find(By.id("event"))).selectByIndex(2);
        assertTrue(new Select(browser.find(By.id("event"))).getFirstSelectedOption().getText()
                .startsWith("Punkt konsultacyjny w bibliotece"));
        browser.type(By.id("place"), "Biblioteka Miejska");
        questions.get(0).sendKeys("5");
        questions.get(1).sendKeys("1 3");
        questions.get(2).sendKeys("2");
        browser.enter(By.id(first));
        assertEquals("Takiego numeru odpowiedzi nie ma: odpowiedzi mają numery od 1 do 3.",
                browser.text(By.id(first + "-message")));
        assertEquals("1 3", browser.findAll(By.cssSelector("#entry input[id^='q-']")).get(1).getAttribute("value"),
                "what was typed stays");
        browser.type(By.id(first), "2");
        browser.enter(By.id(first));
        assertTrue(browser.pageText().contains("Zapisano formularz (w tej sesji: 1)."), browser.pageText());
        assertEquals("", browser.find(By.id(first)).getAttribute("value"), "the fields empty for the next form");
        assertEquals("Punkt konsultacyjny",
                new Select(browser.find(By.id("channel"))).getFirstSelectedOption().getText(), "the source stays");
        assertEquals(first, browser.driver().switchTo().activeElement().getAttribute("id"), "back to the first");
        assertEquals("Wprowadzone przez Ciebie formularze: 1", browser.text(By.id("keyed-by-me")));

        // staff see the online and the paper answer together, split by channel
        browser.driver().manage().deleteAllCookies();
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/poll.xhtml?phase=16");
        assertEquals("Odpowiedzi: 2 (Internet: 1, Punkt konsultacyjny: 1)", browser.text(By.id("poll-responses")));
        assertEquals("Tak 1 50,0% 1 0", row("poll-result-1", "Tak"));
        assertEquals("Nie 1 50,0% 0 1", row("poll-result-1", "Nie"));
        browser.open("/backoffice/event.xhtml?id=2");
        assertEquals("Formularze zebrane na tym wydarzeniu i wprowadzone do sond: 1", browser.text(By.id("collected")));
        browser.open("/event.xhtml?id=2");
        assertEquals("Formularze ankiet i sond zebrane na tym wydarzeniu i wliczone do wyników: 1",
                browser.text(By.id("collected-forms")), "the event's page tells what it gave the project");
        browser.open("/backoffice/poll.xhtml?phase=16");

        // a spreadsheet with broken rows is refused whole, each broken row named; fixed, it counts
        java.nio.file.Path sheet = java.nio.file.Files.createTempFile("ankiety", ".csv");
        String header = "kanał;miejsce;P1;P2;P3\r\n";
        java.nio.file.Files.writeString(sheet, header + "papier;Szkoła nr 2;1;;3\r\ntelefon;;1;;1\r\npoczta;;9;;1\r\n");
        browser.find(By.id("importFile")).sendKeys(sheet.toString());
        browser.submit(By.id("importAnswers"));
        importEnded("import-rejected");
        assertTrue(browser.pageText().contains("nie został zaimportowany: jest w nim błędów: 2"), browser.pageText());
        assertEquals("3 kanał Nieznany kanał: wpisz papier, punkt konsultacyjny, wydarzenie albo poczta.",
                browser.text(By.cssSelector("#import-problems tbody tr:nth-child(1)")));
        assertEquals("4 P1 Takiego numeru odpowiedzi nie ma w tym pytaniu.",
                browser.text(By.cssSelector("#import-problems tbody tr:nth-child(2)")));
        assertTrue(browser.text(By.id("poll-responses")).startsWith("Odpowiedzi: 2 "), "nothing was imported");
        // fixed, and 10,000 forms long: the page shows how far the import is, then what it imported and the counts
        StringBuilder forms = new StringBuilder(header + "papier;Szkoła nr 2;1;;3\r\npoczta;;2;;1\r\n");
        for (int i = 0; i < 9_998; i++) {
            forms.append("papier;Rynek;").append(i % 2 + 1).append(";;").append(i % 3 + 1).append("\r\n");
        }
        java.nio.file.Files.writeString(sheet, forms);
        browser.find(By.id("importFile")).sendKeys(sheet.toString());
        browser.submit(By.id("importAnswers")); // the page with the job passes axe-core while the bar shows
        assertTrue(browser.displayed(By.id("import-bar")), "the progress is shown while the import runs");
        String stage = browser.text(By.id("import-stage"));
        assertTrue(stage.matches("Czytanie pliku…|(Sprawdzanie wierszy|Zapisywanie ankiet): .* z 10.000.*"), stage);
        importEnded("import-done");
        assertEquals("Zaimportowano ankiety: 10 000 (plik " + sheet.getFileName() + ").",
                spaces(browser.text(By.id("import-done"))));
        assertEquals("Odpowiedzi: 10 002 (Internet: 1, Papier: 9 999, Punkt konsultacyjny: 1, Poczta: 1)",
                spaces(browser.text(By.id("poll-responses"))), "the counts follow without reloading the page");
        assertTrue(browser.findAll(By.id("import-bar")).isEmpty());
        browser.open("/backoffice/poll.xhtml?phase=16");
        assertTrue(spaces(browser.text(By.id("poll-responses"))).startsWith("Odpowiedzi: 10 002 "));
        java.nio.file.Files.delete(sheet);
    }

    /** Waits (at most a minute) for the background import's outcome, then checks the page as it is then. */
    private void importEnded(String outcome) {
        new WebDriverWait(browser.driver(), Duration.ofMinutes(1))
                .until(d -> !d.findElements(By.id(outcome)).isEmpty());
        browser.checked();
    }

    /** The text with the spaces that group digits (no-break, narrow no-break) as plain spaces. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aClerkPublishesAWalkAResidentRegistersAndIsRemindedByMail() throws Exception {
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/events.xhtml");
        browser.submit(By.id("new-event"));
        new Select(browser.find(By.id("kind"))).selectByVisibleText("Spacer");
        browser.type(By.id("titlePl"), "Spacer po Rynku");
        java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        java.time.ZonedDateTime start = java.time.ZonedDateTime.now(ZoneId.of("Europe/Warsaw")).plusHours(3)
                .withSecond(0).withNano(0);
        setValue("startsAt", local.format(start));
        setValue("endsAt", local.format(start.minusHours(1)));
        browser.type(By.id("place"), "Rynek, przy ratuszu");
        browser.type(By.id("latitude"), "53,8443");
        browser.type(By.id("longitude"), "23,0888");
        browser.type(By.id("capacity"), "10");
        browser.submit(By.id("saveEvent"));
        assertEquals("Koniec musi być później niż początek.", browser.text(By.id("endsAt-message")));
        assertEquals("Spacer po Rynku", browser.find(By.id("titlePl")).getAttribute("value"), "what was typed stays");
        setValue("endsAt", local.format(start.plusHours(2)));
        browser.submit(By.id("saveEvent"));
        assertTrue(browser.pageText().contains("Wydarzenie zostało utworzone."), browser.pageText());
        browser.submit(By.id("publish"));
        assertEquals("Wydarzenie jest opublikowane w kalendarzu.", browser.text(By.id("publication")));

        browser.driver().manage().deleteAllCookies();
        String email = "spacer-" + UUID.randomUUID() + "@example.org";
        registerAndConfirm("Ewa", "Spacerowa", email, "haslo-spacerowe-2026");
        browser.find(By.id("emailConsent")).sendKeys(Keys.SPACE);
        browser.submit(By.id("save"));
        browser.open("/events.xhtml");
        browser.submit(By.linkText("Spacer po Rynku"));
        assertEquals("wolne: 10 z 10", browser.text(By.id("event-seats")));
        browser.submit(By.id("register"));
        assertTrue(browser.pageText().contains("Zapisano Cię na wydarzenie."), browser.pageText());
        assertEquals("Jesteś zapisany(-a) na to wydarzenie.", browser.text(By.id("my-registration")));
        assertEquals("wolne: 9 z 10", browser.text(By.id("event-seats")));
        Object ics = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('event-ics').href).then(r => r.text()).then(done);");
        // (line ends come back from the browser as LF; ICalendarTest checks the CRLF)
        String calendar = String.valueOf(ics).replace("\r", "");
        assertTrue(calendar.contains("SUMMARY:Spacer po Rynku\n"), calendar);
        assertTrue(calendar.contains("LOCATION:Rynek\\, przy ratuszu\n"), calendar);

        // the reminder: the reminding timer and then the outbox, each once a minute
        String mails = pl.wiec.system.support.MailCatcherClient.waitFor(email, "Przypomnienie", 150);
        assertTrue(mails.contains("Spacer po Rynku"), mails);

        browser.driver().manage().deleteAllCookies();
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/events.xhtml");
        browser.submit(By.linkText("Spacer po Rynku"));
        assertTrue(browser.text(By.id("registrants")).contains("Ewa S."), browser.text(By.id("registrants")));
        browser.submit(By.cssSelector("#registrants input[value='Obecny(-a)']"));
        assertTrue(browser.text(By.id("registrants")).contains("obecny(-a)"));
        browser.type(By.id("participants"), "14");
        browser.submit(By.id("saveParticipants"));
        assertTrue(browser.pageText().contains("Liczba uczestników została zapisana."));

        // the minutes, published with the event
        java.nio.file.Path minutes = java.nio.file.Files.createTempFile("protokol", ".pdf");
        java.nio.file.Files.writeString(minutes, "%PDF-1.4\n% protokół\n%%EOF\n");
        browser.type(By.id("documentTitle"), "Protokół ze spaceru");
        browser.find(By.id("documentFile")).sendKeys(minutes.toString());
        browser.submit(By.id("attach"));
        assertTrue(browser.text(By.id("document-list")).contains("Protokół ze spaceru"));
        browser.submit(By.id("public-page"));
        assertTrue(browser.text(By.id("documents")).startsWith("Protokół ze spaceru"),
                browser.text(By.id("documents")));
        java.nio.file.Files.delete(minutes);
    }

    @Test
    void residentsAnswerTheGeoSurveyAlongItsSkipsAndStaffSearchAndMapTheAnswers() throws Exception {
        // Piotr comes to the park every week: all three pages; he stops on the second and finishes later
        signInNationally("piotr", "/project.xhtml?id=8");
        assertEquals(
                "Pytania: 11, stron: 3. Możesz przerwać w dowolnej chwili: odpowiedzi zostaną zapisane i dokończysz"
                        + " później.",
                browser.text(By.id("survey-size")));
        browser.submit(By.id("open-survey"));
        assertEquals("Strona 1 z 3", browser.text(By.id("survey-progress")));
        browser.find(By.xpath("//label[text()='Co tydzień']/preceding-sibling::input")).sendKeys(Keys.SPACE);
        browser.submit(By.id("next"));
        assertEquals("Strona 2 z 3", browser.text(By.id("survey-progress")));
        assertEquals("Twój park", browser.text(By.id("page-title")));
        // the ranking by keyboard: a place chosen for each option; two options in one place are named, and with them
        // the required point left out
        assertEquals("nowe oświetlenie alejek", browser.text(By.xpath("//label[@for='option-27']")),
                "each place is labelled by its option");
        browser.find(By.id("option-27")).sendKeys("1");
        browser.find(By.id("option-28")).sendKeys("1");
        // a file over 10 MB is named the moment it is chosen, and never sent
        java.nio.file.Path huge = java.nio.file.Files.createTempFile("ogromny", ".pdf");
        java.nio.file.Files.write(huge, new byte[11 * 1024 * 1024]);
        browser.find(By.id("q-13-file")).sendKeys(huge.toString());
        assertTrue(browser.text(By.id("q-13-problem")).startsWith("Plik jest pusty albo większy niż 10 MB"),
                browser.text(By.id("q-13-problem")));
        assertEquals("", browser.find(By.id("q-13-file")).getAttribute("value"), "the field is emptied");
        // a page of HTML is no photo: it is refused, named with the rest
        java.nio.file.Path html = java.nio.file.Files.createTempFile("notatka", ".html");
        java.nio.file.Files.writeString(html, "<html><script>alert(1)</script></html>");
        browser.find(By.id("q-13-file")).sendKeys(html.toString());
        browser.submit(By.id("next"));
        assertEquals("Odpowiedz na to pytanie.", browser.text(By.id("q-4-problem")), "the required point is named");
        assertEquals("Każda odpowiedź potrzebuje innego miejsca, od 1 do 4: sprawdź, czy żadne miejsce się nie"
                + " powtarza i żadne nie zostało puste.", browser.text(By.id("q-12-problem")));
        assertTrue(browser.text(By.id("q-13-problem")).startsWith("Tego pliku nie możemy przyjąć: wybierz zdjęcie"),
                browser.text(By.id("q-13-problem")));
        assertEquals("1", browser.find(By.id("option-28")).getAttribute("value"), "what was chosen stays");
        // a photo of the place is stored at once, and stays attached whatever else the page still breaks
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("staw", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());
        browser.find(By.id("q-13-file")).sendKeys(photo.toString());
        browser.submit(By.id("next"));
        assertEquals("Odpowiedz na to pytanie.", browser.text(By.id("q-4-problem")));
        assertTrue(browser.text(By.id("q-13-attached")).startsWith("Dołączony plik: " + photo.getFileName() + " ("),
                browser.text(By.id("q-13-attached")));
        assertEquals("Zastąp innym plikiem", browser.text(By.xpath("//label[@for='q-13-file']")));
        browser.find(By.id("option-28")).sendKeys("3");
        browser.find(By.id("option-29")).sendKeys("2");
        browser.find(By.id("option-30")).sendKeys("4");
        // the matrix: a row per statement, the points as columns, each radio named by its row and its column
        assertEquals("Jak oceniasz w parku…", browser.text(By.id("grid-5-legend")));
        assertEquals("Zaznacz jedną ocenę w wierszu; wiersze bez gwiazdki możesz pominąć.",
                browser.text(By.id("grid-5-rule")));
        assertEquals("q-10-legend grid-5-point-1", browser.find(By.id("option-18")).getAttribute("aria-labelledby"));
        assertEquals("2", browser.text(By.id("grid-5-point-1")));
        browser.find(By.id("option-15")).sendKeys(Keys.SPACE);
        browser.find(By.id("option-18")).sendKeys(Keys.SPACE);
        browser.type(By.id("q-6"), "Brakuje lamp przy stawie");
        // keyboard only: the map's centre is marked with the button
        browser.find(By.id("q-4-centre")).sendKeys(Keys.ENTER);
        assertEquals("53.843600", browser.find(By.id("q-4-lat")).getAttribute("value"));
        assertEquals("22.979900", browser.find(By.id("q-4-lng")).getAttribute("value"));
        // the map question is explained under its title, and its group points to the explanation
        assertTrue(browser.text(By.id("q-4-description")).startsWith("Chodzi o miejsce, które dziś przeszkadza"),
                browser.text(By.id("q-4-description")));
        assertTrue(browser.find(By.id("question-4")).getAttribute("aria-describedby").startsWith("q-4-description "));
        // stopping with a page of HTML chosen keeps the answers, names the file, and keeps the photo attached before
        browser.find(By.id("q-13-file")).sendKeys(html.toString());
        browser.submit(By.id("later"));
        assertTrue(browser.pageText().contains("Odpowiedzi są zapisane, ale wybranego pliku nie mogliśmy przyjąć"),
                browser.pageText());
        assertTrue(browser.text(By.id("q-13-problem")).startsWith("Tego pliku nie możemy przyjąć"));
        assertTrue(browser.text(By.id("q-13-attached")).contains(photo.getFileName().toString()));
        browser.submit(By.id("later"));
        assertTrue(browser.pageText().contains("Odpowiedzi zostały zapisane."), browser.pageText());
        assertEquals("Dokończ ankietę", browser.text(By.id("open-survey")));
        browser.submit(By.id("open-survey"));
        assertEquals("Strona 2 z 3", browser.text(By.id("survey-progress")), "back where he stopped");
        assertEquals("Brakuje lamp przy stawie", browser.find(By.id("q-6")).getAttribute("value"));
        assertTrue(browser.find(By.id("option-15")).isSelected());
        assertTrue(browser.find(By.id("option-18")).isSelected());
        assertEquals("3", browser.find(By.id("option-28")).getAttribute("value"), "the ranking kept too");
        assertTrue(browser.text(By.id("q-13-attached")).contains(photo.getFileName().toString()), "and the photo");
        browser.submit(By.id("next"));
        assertEquals("O Tobie", browser.text(By.id("page-title")));
        browser.type(By.id("q-7"), "trzydzieści");
        browser.type(By.id("q-8"), "Śródmieście");
        browser.submit(By.id("next"));
        assertEquals("To nie jest liczba: wpisz np. 12 albo 2,5.", browser.text(By.id("q-7-problem")));
        assertEquals("Śródmieście", browser.find(By.id("q-8")).getAttribute("value"), "what was typed stays");
        browser.type(By.id("q-7"), "34");
        // the area lacking greenery: three clicks on the map, its edge's points in the field
        WebElement area = browser.find(By.id("q-9-map"));
        for (int[] offset : new int[][] { { -60, -40 }, { 60, -40 }, { 0, 50 } }) {
            new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(area, offset[0], offset[1])
                    .click().perform();
        }
        assertEquals(3, browser.find(By.id("q-9")).getAttribute("value").split(",").length);
        browser.submit(By.id("next"));
        assertEquals("Sprawdź odpowiedzi", browser.text(By.id("review-heading")));
        assertEquals("Co tydzień", browser.text(By.id("review-3")));
        assertEquals("miejsce na mapie: 53.84360, 22.97990", browser.text(By.id("review-4")));
        assertEquals("34", browser.text(By.id("review-7")));
        assertEquals("2", browser.text(By.id("review-10")));
        assertEquals("Jak oceniasz w parku…: czystość",
                browser.text(By.xpath("//dd[@id='review-10']/preceding-sibling::dt[1]")));
        assertEquals("obszar na mapie (punktów granicy: 3)", browser.text(By.id("review-9")));
        assertEquals("1. nowe oświetlenie alejek; 2. toaleta publiczna; 3. więcej ławek; 4. plac zabaw dla starszych"
                + " dzieci", browser.text(By.id("review-12")));
        assertEquals(photo.getFileName().toString(), browser.text(By.id("review-13")));
        browser.submit(By.id("send"));
        assertTrue(browser.pageText().contains("Dziękujemy, ankieta została wysłana."), browser.pageText());
        assertEquals("Zmień odpowiedzi", browser.find(By.id("change")).getAttribute("value"),
                "staff allow changes until the phase ends");

        // Ewa does not come: the skip leads past the park's page, and back returns along the same way
        browser.driver().manage().deleteAllCookies();
        signInNationally("ewa", "/survey.xhtml?phase=17");
        browser.find(By.xpath("//label[text()='Nie bywam']/preceding-sibling::input")).sendKeys(Keys.SPACE);
        browser.submit(By.id("next"));
        assertEquals("Strona 3 z 3", browser.text(By.id("survey-progress")));
        browser.submit(By.id("back"));
        assertEquals("Strona 1 z 3", browser.text(By.id("survey-progress")));
        assertTrue(browser.find(By.xpath("//label[text()='Nie bywam']/preceding-sibling::input")).isSelected());
        browser.submit(By.id("next"));
        browser.type(By.id("q-8"), "Os. Górne");
        assertEquals("Przejdź do podsumowania", browser.find(By.id("next")).getAttribute("value"));
        browser.submit(By.id("next"));
        assertTrue(browser.findAll(By.id("review-4")).isEmpty(), "the skipped page is not in the summary");
        browser.submit(By.id("send"));
        assertTrue(browser.pageText().contains("Dziękujemy, ankieta została wysłana."), browser.pageText());

        // the clerk reads the results: the choices, the one point, the text answers searched, the export
        browser.driver().manage().deleteAllCookies();
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/project.xhtml?id=8");
        browser.submit(By.id("phases:0:survey-results"));
        assertEquals("Odpowiedzi: 2 (Internet: 2)", browser.text(By.id("poll-responses")));
        assertEquals("Co tydzień 1 50,0% 1", row("poll-result-1", "Co tydzień"));
        assertEquals("Zaznaczonych miejsc: 1", browser.text(By.id("points-count-2")));
        assertEquals("Odpowiedzi pasujących: 1", browser.text(By.id("texts-count-6")));
        assertEquals("Narysowanych kształtów: 1", browser.text(By.id("shapes-count-11")));
        // the photo sent: listed with its kind, size and channel, downloaded by the clerk
        assertEquals("Przysłanych plików: 1", browser.text(By.id("files-count-8")));
        WebElement sent = browser.find(By.cssSelector("#files-8 a"));
        assertEquals(photo.getFileName().toString(), sent.getText());
        String sentAt = sent.getAttribute("href");
        assertTrue(browser.text(By.id("files-8")).contains("(zdjęcie, "), browser.text(By.id("files-8")));
        Object downloaded = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                        + " + r.headers.get('content-type') + ' ' + new Uint8Array(b).slice(1, 4)"
                        + ".reduce((s, c) => s + String.fromCharCode(c), ''))));", sentAt);
        assertEquals("200 image/png PNG", downloaded, "the clerk downloads the photo itself");
        assertEquals("1. nowe oświetlenie alejek 1,00 1 0 0 0 1,00",
                row("ranking-result-7", "nowe oświetlenie alejek"));
        assertEquals("4. plac zabaw dla starszych dzieci 4,00 0 0 0 1 4,00",
                row("ranking-result-7", "plac zabaw dla starszych dzieci"));
        // the matrix's rows side by side: each point's count and share, the mean point, the answers
        assertEquals("3–5. Jak oceniasz w parku… (macierz)", browser.text(By.id("matrix-3-heading")));
        assertEquals("Średnia ocena: 4,00 (1 to pierwszy punkt skali).", browser.text(By.id("scale-mean-3")));
        assertEquals("czystość 0 (0,0%) 1 (100,0%) 0 (0,0%) 0 (0,0%) 0 (0,0%) 2,00 1",
                row("matrix-result-3", "czystość"));
        assertEquals("ławki i miejsca do odpoczynku 0 (0,0%) 0 (0,0%) 0 (0,0%) 0 (0,0%) 0 (0,0%) — 0",
                row("matrix-result-3", "ławki i miejsca do odpoczynku"));
        browser.type(By.id("search-6"), "LAMP");
        browser.submit(By.id("search-button-6"));
        assertEquals("Odpowiedzi pasujących: 1", browser.text(By.id("texts-count-6")));
        assertTrue(browser.text(By.id("texts-6")).startsWith("Brakuje lamp przy stawie"));
        browser.type(By.id("search-6"), "fontanna");
        browser.submit(By.id("search-button-6"));
        assertEquals("Odpowiedzi pasujących: 0", browser.text(By.id("texts-count-6")));
        Object csv = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('export-csv').href).then(r => r.text()).then(done);");
        String[] lines = String.valueOf(csv).split("\\R");
        assertEquals(3, lines.length, csv.toString());
        assertTrue(lines[0].contains("\"P2 Zaznacz na mapie miejsce w parku, które trzeba zmienić (szerokość)\""));
        assertTrue(lines[1]
                .contains(";\"Co tydzień\";\"53.843600\";\"22.979900\";\"4\";\"2\";\"\";\"Brakuje lamp przy stawie\";"
                        + "\"nowe oświetlenie alejek > toaleta publiczna > więcej ławek > plac zabaw dla starszych"
                        + " dzieci\";\"" + photo.getFileName() + "\";\"http"),
                lines[1]);
        assertTrue(lines[1].contains("/backoffice/survey-file?id=" + sentAt.replaceAll(".*id=", "")
                + "\";\"34\";\"Śródmieście\";\"POLYGON ((22."), lines[1]);
        assertTrue(
                lines[2].endsWith(
                        ";\"Nie bywam\";\"\";\"\";\"\";\"\";\"\";\"\";\"\";\"\";\"\";\"\";\"Os. Górne\";\"\""),
                lines[2]);

        // a cross-filter that leaves one person withholds the answers
        new Select(browser.find(By.id("filter-option"))).selectByVisibleText("Nie bywam");
        browser.submit(By.id("apply-filter"));
        assertEquals("Filtr: pasujących odpowiedzi 1.", browser.text(By.id("filter-note")));
        assertTrue(browser.text(By.id("filter-withheld")).startsWith("Filtr zostawia mniej niż 5 odpowiedzi"));
        assertTrue(browser.findAll(By.id("result-1")).isEmpty(), "no answers shown");

        // the builder shows the pages and the skip; with responses, the survey's shape is locked and nothing typed lost
        browser.open("/backoffice/project.xhtml?id=8");
        browser.submit(By.id("phases:0:survey-questions"));
        assertEquals("Ankieta „Ankieta o parku” w projekcie „Park nad Nettą: ankieta o zmianach”",
                browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.id("poll-answered")).startsWith("Ankieta ma już odpowiedzi (2)"));
        assertTrue(browser.text(By.id("question-list")).contains("Nie bywam (I do not come) → strona 3"));
        assertEquals("Strona 2: Twój park", browser.text(By.id("page-start-2")));
        browser.submit(By.cssSelector("#question-1 input[value='Zmień']"));
        assertEquals("strona 3 (zaczyna się pytaniem „Ile masz lat?”)",
                new Select(browser.find(By.id("skip-2"))).getFirstSelectedOption().getText());
        new Select(browser.find(By.id("skip-2"))).selectByVisibleText("koniec ankiety");
        browser.submit(By.id("saveQuestion"));
        assertTrue(browser.pageText().contains("Ankieta ma już odpowiedzi (2), więc tego nie można zmienić"),
                browser.pageText());
        assertEquals("koniec ankiety", new Select(browser.find(By.id("skip-2"))).getFirstSelectedOption().getText(),
                "what was chosen stays");

        // a picture beside an option: without its description it is refused, named beside the field; then shown
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("co-tydzien", ".png");
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(120, 60, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                picture.toFile());
        assertEquals("Co tydzień — bez obrazu", browser.text(By.id("option-image-9")));
        new Select(browser.find(By.id("imageOption"))).selectByVisibleText("Co tydzień");
        browser.find(By.id("imageFile")).sendKeys(picture.toString());
        browser.submit(By.id("addImage"));
        assertEquals("Opisz krótko, co przedstawia obraz (najwyżej 300 znaków): ten opis przeczyta czytnik ekranu.",
                browser.text(By.id("imageDescriptionPl-message")));
        assertEquals("Co tydzień", new Select(browser.find(By.id("imageOption"))).getFirstSelectedOption().getText(),
                "the option chosen stays");
        browser.find(By.id("imageFile")).sendKeys(picture.toString());
        browser.type(By.id("imageDescriptionPl"), "Alejka w parku z ławkami");
        browser.submit(By.id("addImage"));
        assertTrue(browser.pageText().contains("Dodano obraz przy odpowiedzi „Co tydzień”."), browser.pageText());
        assertEquals("Alejka w parku z ławkami",
                browser.find(By.cssSelector("#option-image-9 img")).getAttribute("alt"));
        java.nio.file.Files.delete(picture);

        // the map question explained anew (its texts may change with responses): English alone is refused
        browser.submit(By.cssSelector("#question-2 input[value='Zmień']"));
        assertTrue(browser.find(By.id("descriptionPl")).getAttribute("value").startsWith("Chodzi o miejsce"));
        browser.type(By.id("descriptionPl"), "");
        browser.type(By.id("descriptionEn"), "A place that bothers you");
        browser.submit(By.id("saveQuestion"));
        assertEquals("Wyjaśnienie ma tylko pytanie ankiety: napisz je po polsku, najwyżej 2000 znaków.",
                browser.text(By.id("descriptionPl-message")));
        assertEquals("A place that bothers you", browser.find(By.id("descriptionEn")).getAttribute("value"));
        browser.type(By.id("descriptionPl"), "Chodzi o miejsce, które dziś przeszkadza albo stoi puste.");
        browser.submit(By.id("saveQuestion"));
        assertTrue(browser.pageText().contains("Pytanie zostało zapisane."), browser.pageText());
        assertEquals("Chodzi o miejsce, które dziś przeszkadza albo stoi puste.", browser.text(By.id("description-2")),
                "the builder lists it under the question");

        // a paper form keyed in: the place found on the map fills its field, the rest typed
        browser.open("/backoffice/poll-entry.xhtml?phase=17");
        browser.type(By.id("q-3"), "1");
        browser.find(By.id("q-4-map")).click();
        assertTrue(browser.find(By.id("q-4")).getAttribute("value").matches("53\\.8\\d+ 22\\.9\\d+"),
                browser.find(By.id("q-4")).getAttribute("value"));
        browser.type(By.id("q-5"), "4");
        browser.type(By.id("q-6"), "Ławki przy placu zabaw");
        // the area the form sketches: each click on its map adds a point of the outline to the field; undo takes one
        WebElement sketched = browser.find(By.id("q-9-map"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", sketched);
        for (int[] offset : new int[][] { { -50, -30 }, { 50, -30 }, { 60, 60 }, { 0, 40 } }) {
            new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(sketched, offset[0], offset[1])
                    .click().perform();
        }
        browser.find(By.id("q-9-undo")).click();
        assertTrue(
                browser.find(By.id("q-9")).getAttribute("value")
                        .matches("(53\\.8\\d+ 22\\.9\\d+,){2}53\\.8\\d+ 22\\.9\\d+"),
                browser.find(By.id("q-9")).getAttribute("value"));
        assertTrue(browser.text(By.id("q-12-hint")).startsWith("Miejsca wpisane w kratkach, po kolei od pierwszej"
                + " odpowiedzi: przy każdej inna liczba od 1 do 4, oddzielone spacjami: 1 – nowe oświetlenie alejek;"),
                browser.text(By.id("q-12-hint")));
        browser.type(By.id("q-12"), "1 1 2 3");
        browser.type(By.id("q-7"), "sto");
        browser.enter(By.id("q-7"));
        assertEquals("To nie jest liczba: wpisz np. 12 albo 2,5.", browser.text(By.id("q-7-message")));
        assertEquals("Wpisz miejsce każdej odpowiedzi, po kolei od pierwszej: przy każdej inna liczba od 1 do 4.",
                browser.text(By.id("q-12-message")));
        browser.type(By.id("q-12"), "4 3 2 1");
        assertEquals("Ławki przy placu zabaw", browser.find(By.id("q-6")).getAttribute("value"),
                "what was typed stays");
        browser.type(By.id("q-7"), "52");
        browser.enter(By.id("q-7"));
        assertTrue(browser.pageText().contains("Zapisano formularz (w tej sesji: 1)."), browser.pageText());
        browser.open("/backoffice/survey-results.xhtml?phase=17");
        assertEquals("Odpowiedzi: 3 (Internet: 2, Papier: 1)", browser.text(By.id("poll-responses")));
        assertEquals("Zaznaczonych miejsc: 2", browser.text(By.id("points-count-2")));
        assertEquals("Narysowanych kształtów: 2", browser.text(By.id("shapes-count-11")), "the area from paper too");
        // Piotr put the lighting first, the paper form last: a mean of 2.5, and each channel's own
        assertEquals("2. nowe oświetlenie alejek 2,50 1 0 0 1 1,00 4,00",
                row("ranking-result-7", "nowe oświetlenie alejek"));
        assertEquals("1. toaleta publiczna 2,00 0 2 0 0 2,00 2,00", row("ranking-result-7", "toaleta publiczna"));

        // someone not signed in answers too (staff opened the survey to anyone); it counts once
        browser.driver().manage().deleteAllCookies();
        browser.open("/survey.xhtml?phase=17");
        assertTrue(browser.text(By.id("survey-anonymous")).startsWith("Odpowiadasz bez logowania"));
        WebElement shown = browser.find(By.cssSelector("label[for='option-9'] img"));
        assertEquals("Alejka w parku z ławkami", shown.getAttribute("alt"), "the picture is described");
        assertEquals(120L, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const img = arguments[0], done = arguments[arguments.length - 1];"
                        + " if (img.complete) done(img.naturalWidth); else img.onload = () => done(img.naturalWidth);",
                shown), "served to someone not signed in");
        browser.find(By.xpath("//label[text()='Nie bywam']/preceding-sibling::input")).sendKeys(Keys.SPACE);
        browser.submit(By.id("next"));
        browser.type(By.id("q-7"), "67");
        browser.submit(By.id("next"));
        assertEquals("67", browser.text(By.id("review-7")));
        browser.submit(By.id("send"));
        assertTrue(browser.pageText().contains("Dziękujemy, ankieta została wysłana."), browser.pageText());
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/survey-results.xhtml?phase=17");
        assertEquals("Odpowiedzi: 4 (Internet: 3, Papier: 1)", browser.text(By.id("poll-responses")));
    }

    private void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** The text of a results table's row for one option ("label people share"). */
    private String row(String table, String option) {
        return browser.text(By.xpath("//table[@id='" + table + "']//tr[th='" + option + "']")).replaceAll("\\s+", " ")
                .strip();
    }
}
