package pl.wiec.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.MailCatcherClient;
import pl.wiec.system.support.Pdfs;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * The participatory budget in the browser, every page checked with axe-core: a clerk sets up the pools of the edition
 * in preparation (a wrong amount is named and nothing typed is lost), enters a paper project and rejects another with a
 * reason; a resident votes in the demo edition with the keyboard and keeps the receipt; the clerk publishes the result
 * and everyone reads it.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BudgetBrowserIT extends BrowserTest {

    /** The demo's edition in preparation (a draft) and the one whose vote runs now. */
    private static final int PREPARED = 3;
    private static final int VOTING = 5;
    /** The demo's edition whose submission runs now. */
    private static final int SUBMISSION = 6;

    /** The receipt Jan keeps from his ballot, which he checks once the result is published. */
    private static String jansReceipt;

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @Test
    @Order(1)
    void aClerkSetsUpThePoolsEntersAPaperProjectAndRejectsOneWithAReason() {
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/project.xhtml?id=" + PREPARED);
        browser.submit(By.id("budget-edition"));
        browser.submit(By.id("addPool"));
        browser.type(By.id("pools:0:namePl"), "Pula ogólnomiejska");
        browser.type(By.id("pools:0:amount"), "240 tysięcy");
        browser.type(By.id("pools:0:costCap"), "100000");
        browser.type(By.id("pools:1:namePl"), "Zielona pula");
        browser.type(By.id("pools:1:amount"), "60000");
        new Select(browser.find(By.id("pools:1:method"))).selectByValue("RANKED");
        browser.type(By.id("pools:1:points"), "3, 2, 1");
        browser.submit(By.id("saveEdition"));
        assertTrue(browser.text(By.id("pools:0:amount-message")).contains("240000"),
                "the wrong amount is named beside it: " + browser.pageText());
        assertEquals("Zielona pula", browser.find(By.id("pools:1:namePl")).getAttribute("value"), "nothing is lost");
        assertEquals("3, 2, 1", browser.find(By.id("pools:1:points")).getAttribute("value"));
        browser.type(By.id("pools:0:amount"), "240000");
        browser.submit(By.id("saveEdition"));
        assertTrue(browser.pageText().contains("Zasady edycji zapisane"), browser.pageText());
        assertEquals("RANKED",
                new Select(browser.find(By.id("pools:1:method"))).getFirstSelectedOption().getAttribute("value"));

        browser.submit(By.id("nav-verification"));
        new Select(browser.find(By.id("pool"))).selectByVisibleText("Pula ogólnomiejska");
        browser.type(By.id("title"), "Stojaki rowerowe przy szkołach");
        browser.type(By.id("summary"), "Zgłoszenie złożone na papierze w biurze podawczym.");
        browser.type(By.id("cost"), "150000");
        browser.submit(By.id("enterProject"));
        assertTrue(browser.text(By.id("cost-message")).replaceAll("[\\s\u00a0\u202f]", "").contains("100000zł"),
                "over the pool's cap: " + browser.pageText());
        assertEquals("Stojaki rowerowe przy szkołach", browser.find(By.id("title")).getAttribute("value"));
        browser.type(By.id("cost"), "45000");
        browser.submit(By.id("enterProject"));
        assertTrue(browser.pageText().contains("Projekt wprowadzony z numerem 1"), browser.pageText());

        browser.submit(By.id("rows:0:reject"));
        assertTrue(browser.pageText().contains("Podaj uzasadnienie odrzucenia projektu nr 1"), browser.pageText());
        browser.type(By.id("rows:0:reason"), "Zadanie jest już w planie inwestycyjnym gminy na 2027 rok.");
        browser.submit(By.id("rows:0:reject"));
        assertTrue(browser.text(By.id("row-1")).contains("Zadanie jest już w planie inwestycyjnym"),
                browser.pageText());
        browser.submit(By.id("public-list"));
        assertTrue(browser.pageText().contains("Uzasadnienie: Zadanie jest już w planie inwestycyjnym"),
                "the decision and its reason are public");
    }

    @Test
    @Order(2)
    void aResidentVotesWithTheKeyboardAndKeepsTheReceipt() {
        browser.open("/project.xhtml?id=" + VOTING);
        browser.submit(By.id("go-to-ballot"));
        assertTrue(browser.text(By.id("refusal")).contains("zaloguj się"), browser.pageText());

        signInNationally("jan", "/budget/ballot.xhtml?project=" + VOTING);
        assertTrue(browser.text(By.id("other-pools")).contains("Zarzecze"),
                "the area's pool is named as someone else's");
        browser.find(By.id("cast")).click();
        assertTrue(browser.text(By.id("pool-1-problem")).contains("Wybierz co najmniej jeden projekt"),
                "the browser stops an empty ballot and says why");
        assertEquals(1, browser.findAll(By.id("cast")).size(), "nothing was sent: the ballot is still there");

        browser.find(By.id("option-2")).sendKeys(Keys.SPACE);
        browser.find(By.id("option-9")).sendKeys(Keys.SPACE);
        browser.submit(By.id("cast"));
        assertTrue(browser.text(By.id("address-problem")).contains("Podaj adres"),
                "the rules match paper cards by address, so the ballot asks for it: " + browser.pageText());
        assertTrue(browser.find(By.id("option-2")).isSelected(), "the choices are kept");
        browser.type(By.id("address"), "ul. Rybacka 3");
        browser.submit(By.id("cast"));
        String receipt = browser.text(By.id("receipt-code"));
        jansReceipt = receipt;
        assertTrue(receipt.matches("[0-9A-Z]{5}-[0-9A-Z]{5}"), receipt);
        browser.open("/budget/ballot.xhtml?project=" + VOTING);
        assertEquals(receipt, browser.text(By.id("receipt-code")), "a later visit shows the receipt, not a form");
        assertTrue(browser.findAll(By.id("cast")).isEmpty());
    }

    @Test
    @Order(3)
    void aClerkKeysPaperCardsWithTheKeyboardAndTheCardOfAnOnlineVoterIsADuplicate() {
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/budget.xhtml?project=" + VOTING);
        browser.submit(By.id("nav-paper"));
        new Select(browser.find(By.id("place"))).selectByVisibleText("Biblioteka Miejska, ul. Kościuszki 7");
        browser.submit(By.id("openBatch"));
        assertTrue(browser.text(By.id("batch-facts")).contains(Staff.CLERK), "who keys the batch is shown");
        String batchPage = browser.driver().getCurrentUrl();
        assertTrue(batchPage.contains("batch="), batchPage);

        keyCard("Jan", "Kowalski", "Rybacka 3", "1", null);
        assertTrue(
                browser.pageText()
                        .contains("Karta 1: nieważna — ponowny głos tej samej osoby (ta osoba głosowała"
                                + " wcześniej: przez internet)"),
                "Jan voted online at the same address: " + browser.pageText());
        keyCard("Zofia", "Wiśniewska", "ul. Nadrzeczna 12", "99", null);
        assertTrue(browser.text(By.id("pool-1-message")).contains("Takiego numeru nie ma"), browser.pageText());
        assertEquals("Zofia", browser.find(By.id("firstName")).getAttribute("value"), "a keying mistake loses nothing");
        browser.type(By.id("pool-1"), "4");
        browser.submit(By.id("saveCard"));
        assertTrue(browser.pageText().contains("Karta 2: policzona"), browser.pageText());
        assertEquals("", browser.find(By.id("firstName")).getAttribute("value"), "the form is ready for the next card");
        keyCard("Marek", "Zieliński", "ul. Borki 1", "3", "NO_SIGNATURE");
        assertTrue(browser.pageText().contains("Karta 3: nieważna — brak podpisu"), browser.pageText());
        assertTrue(browser.text(By.id("batch-summary")).contains("Kart: 3, policzonych: 1, nieważnych: 2"));
        keyCard("Jan", "Kowalski", "Rybacka 3 m. 5", "2", null);
        assertTrue(browser.pageText().contains("Karta 4: policzona"),
                "a flat number added is not the same address: counted until a clerk decides " + browser.pageText());
        browser.submit(By.id("closeBatch"));

        browser.submit(By.id("session:signOut"));
        signInAsStaff(Staff.ADMINISTRATOR);
        browser.driver().get(batchPage);
        browser.submit(By.id("startRekey"));
        browser.type(By.id("cardNumber"), "2");
        browser.type(By.id("firstName"), "Zofia");
        browser.type(By.id("familyName"), "Wiśniewska");
        browser.type(By.id("address"), "ul. Nadrzeczna 12");
        browser.type(By.id("pool-1"), "1");
        browser.enter(By.id("pool-1"));
        assertTrue(browser.pageText().contains("Karta 2: NIEZGODNA z pierwszym wprowadzeniem"), browser.pageText());
        browser.submit(By.id("closeBatch"));
        browser.driver().get(batchPage);
        String difference = browser.text(By.id("differences"));
        assertTrue(difference.contains("Pula ogólnomiejska: 4") && difference.contains("Pula ogólnomiejska: 1")
                && difference.contains("zgodne"), "both keyings side by side: " + difference);
        browser.checkedOnPhone();
        browser.submit(By.id("difference:0:decide:firstRight"));
        assertTrue(browser.text(By.id("differences")).contains("Pierwsze wprowadzenie jest poprawne (anowak"),
                "the paper says 4: the first keying stands " + browser.pageText());
        browser.submit(By.id("session:signOut"));
    }

    /** Types one card the way a clerk does: field after field with the keyboard, Enter to save. */
    private void keyCard(String firstName, String familyName, String address, String townPool, String invalid) {
        browser.type(By.id("firstName"), firstName);
        browser.find(By.id("firstName")).sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(familyName, Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(address);
        browser.type(By.id("pool-1"), townPool);
        if (invalid != null) {
            new Select(browser.find(By.id("invalid"))).selectByValue(invalid);
        }
        browser.enter(By.id("pool-1"));
    }

    @Test
    @Order(4)
    void aClerkEndsTheVotePublishesTheResultCorrectsItAndEveryoneReadsEveryVersion() {
        browser.open("/budget/results.xhtml?project=" + VOTING);
        assertTrue(browser.find(By.id("not-published")).isDisplayed());

        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/budget-results.xhtml?project=" + VOTING);
        assertTrue(browser.text(By.id("publication-state")).contains("nie są jeszcze opublikowane"));
        assertTrue(browser.text(By.id("obstacle-VOTE_NOT_ENDED")).contains("głosowanie jeszcze trwa"),
                browser.pageText());
        assertTrue(browser.text(By.id("preview-unofficial")).contains("To nie są wyniki"), "the preview says so");
        browser.checkedOnPhone();
        browser.type(By.id("commission"), "Anna Nowak\nJan Kowalski");
        browser.submit(By.id("publish"));
        assertTrue(browser.text(By.id("messages")).contains("głosowanie jeszcze trwa"),
                "no official count while the vote runs: " + browser.pageText());
        assertEquals("Anna Nowak\nJan Kowalski", browser.find(By.id("commission")).getAttribute("value"),
                "what was typed stays");

        browser.open("/backoffice/project.xhtml?id=" + VOTING);
        setDate("phases:2:endsOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")).minusDays(1));
        browser.submit(By.id("savePhases"));
        String consequence = browser.text(By.id("past-changes"));
        assertTrue(consequence.contains("Etap „Głosowanie” trwa") && consequence.contains("od dziś nikt nie może"),
                "the consequence is named before anything is saved: " + consequence);
        browser.submit(By.id("confirmPhases"));
        assertTrue(browser.pageText().contains("Zapisano harmonogram."), browser.pageText());

        browser.open("/backoffice/budget-results.xhtml?project=" + VOTING);
        assertTrue(browser.text(By.id("obstacle-NEAR_MATCHES_UNDECIDED")).contains("mogą być tą samą osobą"),
                browser.pageText());
        browser.submit(By.id("obstacle-matches"));
        String pair = browser.text(By.id("near-pairs"));
        assertTrue(pair.contains("ul. Rybacka 3") && pair.contains("Rybacka 3 m. 5")
                && pair.contains("karta nr 4 w paczce"), "both records side by side: " + pair);
        browser.checkedOnPhone();
        browser.submit(By.id("pairs:0:decide:same"));
        assertTrue(browser.pageText().contains("Zapisano: ta sama osoba."), browser.pageText());
        assertTrue(browser.text(By.id("near-none")).contains("Nie ma par"));

        browser.open("/backoffice/budget-results.xhtml?project=" + VOTING);
        assertTrue(browser.findAll(By.id("obstacles")).isEmpty(), browser.pageText());
        browser.type(By.id("resolution"), "Uchwała nr XII/85/2026 Rady Miejskiej w Augustowie");
        browser.type(By.id("commission"), "Anna Nowak\nJan Kowalski");
        browser.type(By.id("signedIn"), "Augustów");
        browser.submit(By.id("publish"));
        assertTrue(browser.pageText().contains("Wyniki policzone oficjalnie i opublikowane."), browser.pageText());
        assertTrue(browser.text(By.id("publish-heading")).contains("Korekta"), "from now on, only a correction");
        browser.submit(By.id("publish"));
        assertTrue(browser.text(By.id("reason-message")).contains("Napisz, dlaczego wyniki są poprawiane"),
                browser.pageText());
        browser.type(By.id("reason"), "Ponowne przeliczenie po skardze z 3 lipca; liczby się nie zmieniły.");
        browser.submit(By.id("publish"));
        assertTrue(browser.pageText().contains("Korekta opublikowana jako nowa wersja wyników."), browser.pageText());
        assertTrue(browser.text(By.id("result-history")).contains("pierwsza publikacja"));
        browser.checkedOnPhone();

        browser.submit(By.id("public-results"));
        assertTrue(
                browser.text(By.id("corrected")).contains("Powód korekty: „Ponowne przeliczenie po skardze z 3 lipca"),
                browser.pageText());
        assertTrue(browser.text(By.id("published-at")).contains("wersja 2"), browser.text(By.id("published-at")));
        assertTrue(browser.text(By.id("protocol-pdf-sha256")).matches("[0-9a-f]{64}"));
        String town = browser.text(By.id("result-1"));
        assertTrue(town.contains("Nr 1 Plac zabaw przy Szkole Podstawowej nr 2"), town);
        assertTrue(
                browser.text(By.id("count-summary")).contains("Zagłosowało 10 osób; kart ważnych: 10, nieważnych: 3"),
                "eight demo ballots, Jan's and one paper card; three invalid cards (Jan's second, by the decision): "
                        + browser.text(By.id("count-summary")));
        assertTrue(browser.text(By.id("turnout-CHANNEL")).contains("na karcie papierowej"));
        assertTrue(browser.text(By.id("invalid-ballots")).contains("brak podpisu"));
        // Jan's vote for project 2 makes it 3 votes: a tie with project 1 (3), which is dearer, so project 2 comes
        // first.
        assertTrue(town.indexOf("Oświetlenie ścieżki") < town.indexOf("Plac zabaw"), town);
        assertTrue(browser.text(By.id("turnout-CHANNEL")).contains("przez internet"));
        assertTrue(browser.find(By.id("protocol-csv")).getAttribute("href").contains("/budget/protocol.csv?project=5"));
        browser.checkedOnPhone();

        browser.type(By.id("receipt"), jansReceipt.replace("-", "").toLowerCase());
        browser.submit(By.id("check-receipt"));
        assertEquals("Karta z tym kodem została policzona w opublikowanych wynikach.",
                browser.text(By.id("receipt-answer")));
        browser.type(By.id("receipt"), "ZZZZZ-ZZZZZ");
        browser.submit(By.id("check-receipt"));
        assertTrue(browser.text(By.id("receipt-answer")).startsWith("Nie ma karty z takim kodem"));

        browser.open("/budget/results.xhtml?project=" + VOTING + "&version=1");
        assertTrue(browser.text(By.id("earlier-version")).contains("wersja 1"), browser.pageText());

        browser.open("/backoffice/budget-paper.xhtml?project=" + VOTING);
        assertTrue(browser.text(By.id("already-published")).contains("wersja 2"),
                "a clerk keying cards now is told they count only in a correction");
    }

    @Test
    @Order(5)
    void theProtocolAndTheListOfDecisionsArePdfsWithPolishLettersForBip() throws Exception {
        WebClient anyone = new WebClient();
        String protocol = Pdfs.text(anyone.getBytes(TestServer.url("/budget/protocol.pdf?project=" + VOTING)).body());
        assertTrue(protocol.contains("Protokół ustalenia wyników głosowania — Budżet obywatelski 2027"), protocol);
        assertTrue(protocol.contains("Wersja 2 (korekta)"), protocol);
        assertTrue(protocol.contains("Oświetlenie ścieżki rowerowej wzdłuż Netty"), protocol);
        assertTrue(protocol.contains("ważnych: 10, nieważnych: 3"), protocol);
        assertTrue(protocol.contains("ponowny głos tej samej osoby — 2"), "Jan online and on two cards: " + protocol);
        assertTrue(protocol.contains("Uchwała nr XII/85/2026"), protocol);
        String decisions = Pdfs.text(anyone.getBytes(TestServer.url("/budget/decisions.pdf?project=" + VOTING)).body());
        assertTrue(decisions.contains("Ławki i stojaki rowerowe na Zarzeczu"), decisions);
        assertTrue(decisions.contains("teren nie należy do gminy"), "the reason of the rejection: " + decisions);
        assertTrue(decisions.contains("odrzucony"), decisions);
        WebClient clerk = WebClient.staff(Staff.CLERK);
        String card = Pdfs.text(clerk.getBytes(TestServer.url("/backoffice/budget-card.pdf?project=" + VOTING)).body())
                .replace('\u00A0', ' ');
        for (String expected : List.of("Karta do głosowania — Budżet obywatelski 2027", "Imię i nazwisko",
                "Adres zamieszkania", "Pula ogólnomiejska — do podziału 240 000,00 zł",
                "Postaw znak X przy jednym projekcie.", "Oświetlenie ścieżki rowerowej wzdłuż Netty — 88 000,00 zł",
                "(głosują tylko mieszkańcy obszaru: Zarzecze)", "Karta jest nieważna, jeśli", "Podpis",
                "Biblioteka Miejska, ul. Kościuszki 7")) {
            assertTrue(card.contains(expected), expected + " in: " + card);
        }
        assertTrue(card.contains("2 Oświetlenie ścieżki"), "the project's own number beside its box: " + card);
        assertFalse(card.contains("Parking wielopoziomowy przy dworcu"), "a rejected project is not on the card");
        assertEquals(200,
                clerk.getBytes(TestServer.url("/backoffice/budget-card.pdf?project=" + VOTING + "&large=true"))
                        .statusCode());
        String voters = Pdfs.text(
                clerk.getBytes(TestServer.url("/backoffice/budget-voters.pdf?project=" + VOTING + "&place=1")).body());
        for (String expected : List.of("Lista osób głosujących — Budżet obywatelski 2027",
                "Punkt do głosowania: Biblioteka Miejska, ul. Kościuszki 7", "Imię i nazwisko", "Adres zamieszkania",
                "Podpis przy odbiorze karty", " 75 ")) {
            assertTrue(voters.contains(expected), expected + " in: " + voters);
        }
        assertEquals(404, clerk.getBytes(TestServer.url("/backoffice/budget-voters.pdf?project=" + VOTING + "&place=7"))
                .statusCode(), "the edition has three places");
        String csv = anyone.get(TestServer.url("/budget/protocol.csv?project=" + VOTING)).body();
        assertTrue(csv.contains("\"Oświetlenie ścieżki rowerowej wzdłuż Netty\""), csv);
    }

    @Test
    @Order(6)
    void aResidentSubmitsAProjectAClerkRejectsItAndTheAppealIsAllowed() throws Exception {
        String email = "autorka-" + java.util.UUID.randomUUID() + "@example.org";
        registerAndConfirm("Alicja", "Autorka", email, "haslo-autorki-2028");
        browser.open("/project.xhtml?id=" + SUBMISSION);
        browser.submit(By.id("go-to-submission"));
        new Select(browser.find(By.id("pool"))).selectByIndex(1);
        browser.type(By.id("title"), "Wiata rowerowa przy dworcu");
        browser.submit(By.id("saveDraft"));
        assertTrue(browser.pageText().contains("Szkic zapisany"), browser.pageText());
        java.nio.file.Path map = java.nio.file.Files.createTempFile("mapa", ".pdf");
        java.nio.file.Files.writeString(map, "%PDF-1.4\n%%EOF\n");
        browser.find(By.id("documentFile")).sendKeys(map.toString());
        browser.submit(By.id("attachFile"));
        assertTrue(browser.text(By.id("documentTitle-message")).contains("Podaj nazwę"), "the name is asked for");
        assertTrue(browser.text(By.id("documentFile-held")).startsWith("Wybrany plik „" + map.getFileName() + "”"),
                "the file chosen is held: not chosen again");
        browser.type(By.id("documentTitle"), "Mapa lokalizacji wiaty");
        browser.submit(By.id("attachFile"));
        assertTrue(browser.text(By.id("file-list")).contains("Mapa lokalizacji wiaty"), browser.pageText());
        assertTrue(browser.findAll(By.id("documentFile-held")).isEmpty(), "stored, so no longer held");
        new Select(browser.find(By.id("fileKind"))).selectByValue("SUPPORTERS");
        browser.type(By.id("documentTitle"), "Lista poparcia z podpisami");
        browser.find(By.id("documentFile")).sendKeys(map.toString());
        browser.submit(By.id("attachFile"));
        assertTrue(browser.text(By.id("file-list")).contains("Lista poparcia z podpisami"), browser.pageText());
        assertEquals("Wiata rowerowa przy dworcu", browser.find(By.id("title")).getAttribute("value"),
                "the project's form is as it was saved");
        browser.submit(By.id("submitProject"));
        assertTrue(browser.text(By.id("summary-message")).contains("Opisz projekt"), browser.pageText());
        assertTrue(browser.text(By.id("accessibility-message")).contains("niepełnosprawnościami"));
        assertTrue(browser.text(By.id("costs-total-message")).contains("co najmniej jedną pozycję"));
        assertEquals("Wiata rowerowa przy dworcu", browser.find(By.id("title")).getAttribute("value"), "kept");

        browser.type(By.id("summary"), "Zadaszona wiata na 40 rowerów ze stojakami.");
        browser.type(By.id("costs:0:name"), "Wiata z montażem");
        browser.type(By.id("costs:0:amount"), "38000");
        browser.submit(By.id("addCost"));
        browser.type(By.id("costs:1:name"), "Stojaki, 20 szt.");
        browser.type(By.id("costs:1:amount"), "9000");
        browser.type(By.id("accessibility"), "Dojazd bez krawężników, oświetlenie, miejsce na rower trójkołowy.");
        browser.submit(By.id("submitProject"));
        assertTrue(browser.pageText().contains("Projekt zgłoszony z numerem 1"), browser.pageText());
        String pdf = Pdfs.text(MailCatcherClient.attachment(email, "zgloszenie-projektu-1.pdf"));
        assertTrue(pdf.contains("Wiata rowerowa przy dworcu"), pdf);
        assertTrue(pdf.contains("Stojaki, 20 szt."), pdf);
        assertTrue(pdf.contains("Razem: 47000.00 zł"), pdf);
        assertTrue(pdf.contains("Dostępność dla osób z niepełnosprawnościami"), pdf);
        browser.driver().manage().deleteAllCookies();

        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/budget-projects.xhtml?project=" + SUBMISSION);
        browser.type(By.id("rows:0:reason"), "Teren przy dworcu należy do PKP, nie do gminy.");
        browser.submit(By.id("rows:0:reject"));
        assertTrue(browser.text(By.id("row-1")).contains("PKP"), browser.pageText());
        browser.driver().manage().deleteAllCookies();

        browser.open("/signin.xhtml");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), "haslo-autorki-2028");
        browser.submit(By.id("submit"));
        browser.open("/budget/submit.xhtml?project=" + SUBMISSION);
        browser.type(By.id("items:0:appeal"), "PKP zgodziły się na użyczenie terenu; pismo w załączeniu.");
        browser.submit(By.id("items:0:sendAppeal"));
        assertTrue(browser.pageText().contains("Odwołanie w sprawie projektu nr 1 zostało złożone"),
                browser.pageText());
        browser.driver().manage().deleteAllCookies();

        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/budget-projects.xhtml?project=" + SUBMISSION);
        assertTrue(browser.text(By.id("row-1")).contains("PKP zgodziły się"), "the clerk reads the appeal");
        browser.type(By.id("rows:0:appealReason"), "Użyczenie terenu usuwa przeszkodę.");
        browser.submit(By.id("rows:0:allowAppeal"));
        browser.submit(By.id("public-list"));
        assertTrue(browser.pageText().contains("Odwołanie uwzględnione: Użyczenie terenu usuwa przeszkodę."),
                browser.pageText());
        assertTrue(browser.pageText().contains("Dopuszczone do głosowania"));
        assertTrue(browser.find(By.linkText("Mapa lokalizacji wiaty")).isDisplayed(), "the map is public");
        assertTrue(browser.findAll(By.linkText("Lista poparcia z podpisami")).isEmpty(),
                "the list of supporters (personal data) is not");
        browser.open("/backoffice/budget-projects.xhtml?project=" + SUBMISSION);
        browser.submit(By.id("files-1"));
        assertTrue(browser.text(By.id("file-list")).contains("Lista poparcia z podpisami"), "staff see the list");
    }

    @Test
    @Order(7)
    void aClerkReportsTheImplementationOfAWinnerAndEveryoneReadsIt() {
        signInAsStaff(Staff.CLERK);
        browser.open("/backoffice/budget-implementation.xhtml?project=" + VOTING);
        browser.type(By.id("note"), "Podpisano umowę z wykonawcą; montaż lamp w maju.");
        browser.submit(By.id("publishReport"));
        assertTrue(browser.text(By.id("winner-message")).contains("Wybierz projekt"), browser.pageText());
        assertEquals("Podpisano umowę z wykonawcą; montaż lamp w maju.",
                browser.find(By.id("note")).getAttribute("value"), "what was typed stays");
        Select winner = new Select(browser.find(By.id("winner")));
        winner.getOptions().stream().filter(o -> o.getText().contains("Oświetlenie ścieżki")).findFirst().orElseThrow()
                .click();
        new Select(browser.find(By.id("stage"))).selectByValue("IN_PROGRESS");
        browser.submit(By.id("publishReport"));
        assertTrue(browser.pageText().contains("Opublikowano informację o realizacji"), browser.pageText());
        browser.submit(By.id("public-implementation"));
        String lamps = browser.text(By.id("winner-2"));
        assertTrue(lamps.contains("Etap: w realizacji"), lamps);
        assertTrue(lamps.contains("montaż lamp w maju"), lamps);
        assertTrue(browser.text(By.id("implementation-summary")).contains("w realizacji 1"),
                browser.text(By.id("implementation-summary")));
    }
}
