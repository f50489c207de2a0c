package pl.wiec.system.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.audit.boundary.AuditLog;
import pl.wiec.audit.entity.AuditQuery;
import pl.wiec.residents.boundary.AccountChangeRefused;
import pl.wiec.residents.boundary.IdentityAlreadyUsed;
import pl.wiec.residents.boundary.PasswordRefused;
import pl.wiec.residents.boundary.PasswordRule;
import pl.wiec.residents.boundary.PasswordSignIn;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.ResidentProfileDetails;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.control.AccountForgetting;
import pl.wiec.residents.entity.Gender;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.residents.entity.PersonalData;
import pl.wiec.residents.entity.Pesel;
import pl.wiec.residents.entity.Verification;
import pl.wiec.residents.entity.VerifiedPerson;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.MailCatcherClient;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;

/**
 * Residents' accounts through the real boundary, database, security domain and mail catcher: e-mail registration,
 * confirmation, password sign-in with throttling, reset; one PESEL, one resident; what is stored (no PESEL, no
 * password); the profile, the data download and the deletion that keeps nothing personal.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class ResidentAccountsIT {

    private static final String PASSWORD = "dobre-haslo-do-testu";
    /** Where the resident signs in from, and where someone else tries their address from. */
    private static final String HERE = "192.0.2.10";
    private static final String ATTACKER = "198.51.100.66";

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(ResidentAccountsIT.class);
    }

    @Inject
    Residents residents;

    @Inject
    AuditLog auditLog;

    @Inject
    AccountForgetting forgetting;

    @PersistenceContext
    EntityManager em;

    @Test
    void registrationSendsAConfirmationLinkThatConfirmsOnceAndSignsIn() throws Exception {
        String email = address();
        residents.register("Ala", "Nowak", email, PASSWORD, Locale.forLanguageTag("pl"));
        assertInstanceOf(PasswordSignIn.Unconfirmed.class,
                residents.signInWithPassword(email, PASSWORD, HERE, Locale.ENGLISH),
                "an unconfirmed address cannot sign in");

        String link = MailCatcherClient.link(email, "/confirm.xhtml");
        assertTrue(MailCatcherClient.mailsTo(email).contains("Potwierdź adres e-mail"), "in Polish, as registered");
        Ticket ticket = residents.confirmEmail(token(link)).orElseThrow();
        ResidentAccount account = Staff.asResident(ticket, residents::me);
        assertEquals(Verification.EMAIL_CONFIRMED, account.verification());
        assertEquals("Ala", account.firstName());
        assertTrue(residents.confirmEmail(token(link)).isEmpty(), "a link works once");

        assertInstanceOf(PasswordSignIn.Accepted.class,
                residents.signInWithPassword(" " + email.toUpperCase(Locale.ROOT), PASSWORD, HERE, Locale.ENGLISH),
                "the address is matched whatever its case");
    }

    @Test
    void registeringAnAddressTwiceMakesNoSecondAccountAndTellsTheOwner() throws Exception {
        String email = confirmedAccount();
        residents.register("Intruz", "Ktoś", email, "inne-haslo-intruza", Locale.ENGLISH);
        awaitMail(email, "Someone tried to register with your address");
        int told = MailCatcherClient.count(email);
        residents.register("Intruz", "Ktoś", email, "jeszcze-inne-haslo", Locale.ENGLISH);
        Thread.sleep(1000);
        assertEquals(told, MailCatcherClient.count(email),
                "told once an hour at most: no mailbox flooded through the form");
        assertEquals(1L, em.createQuery("select count(r) from Resident r where r.email = :e", Long.class)
                .setParameter("e", email).getSingleResult());
        assertInstanceOf(PasswordSignIn.Refused.class,
                residents.signInWithPassword(email, "inne-haslo-intruza", HERE, Locale.ENGLISH));
    }

    @Test
    void fiveWrongPasswordsHoldSignInFromThatClientOnlyAlikeForUnknownAddressesUntilAReset() throws Exception {
        String email = confirmedAccount();
        String unknown = address();
        for (int attempt = 1; attempt < 5; attempt++) {
            assertInstanceOf(PasswordSignIn.Refused.class,
                    residents.signInWithPassword(email, "zle-haslo-" + attempt, ATTACKER, Locale.ENGLISH));
            assertInstanceOf(PasswordSignIn.Refused.class,
                    residents.signInWithPassword(unknown, "zle-haslo-" + attempt, ATTACKER, Locale.ENGLISH));
        }
        PasswordSignIn.Held held = assertInstanceOf(PasswordSignIn.Held.class,
                residents.signInWithPassword(email, "zle-haslo-5", ATTACKER, Locale.ENGLISH));
        assertInstanceOf(PasswordSignIn.Held.class,
                residents.signInWithPassword(unknown, "zle-haslo-5", ATTACKER, Locale.ENGLISH),
                "an address without an account is held alike: a hold tells nothing");
        assertInstanceOf(PasswordSignIn.Held.class,
                residents.signInWithPassword(email, PASSWORD, ATTACKER, Locale.ENGLISH),
                "held even for the right password from there");
        assertTrue(held.until().isAfter(java.time.Instant.now().plusSeconds(14 * 60)), "for about 15 minutes");
        assertInstanceOf(PasswordSignIn.Accepted.class,
                residents.signInWithPassword(email, PASSWORD, HERE, Locale.ENGLISH),
                "the owner still signs in from their own device: nobody locks a resident out from elsewhere");

        residents.requestPasswordReset(email, Locale.ENGLISH);
        String link = MailCatcherClient.link(email, "/new-password.xhtml");
        assertTrue(residents.isResetLinkValid(token(link)));
        assertTrue(residents.resetPassword(token(link), "zupelnie-nowe-haslo").isPresent());
        assertFalse(residents.isResetLinkValid(token(link)), "a reset link works once");
        assertInstanceOf(PasswordSignIn.Accepted.class,
                residents.signInWithPassword(email, "zupelnie-nowe-haslo", ATTACKER, Locale.ENGLISH),
                "the reset ends the hold");
        assertInstanceOf(PasswordSignIn.Refused.class,
                residents.signInWithPassword(email, PASSWORD, HERE, Locale.ENGLISH));
    }

    @Test
    void aResetForAnUnknownAddressSendsNothingAndSaysNothing() throws Exception {
        String email = address();
        residents.requestPasswordReset(email, Locale.ENGLISH);
        assertInstanceOf(PasswordSignIn.Refused.class,
                residents.signInWithPassword(email, PASSWORD, HERE, Locale.ENGLISH));
        Thread.sleep(1000);
        assertEquals(0, MailCatcherClient.count(email));
    }

    @Test
    void passwordsAreStoredOnlyAsSlowSaltedHashes() throws Exception {
        String email = confirmedAccount();
        String stored = (String) em.createNativeQuery("select password_hash from resident where email = ?")
                .setParameter(1, email).getSingleResult();
        assertTrue(stored.startsWith("pbkdf2-sha256$600000$"), stored);
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    void theSamePersonIsOneResidentAndTheirPeselIsNeverStored() throws Exception {
        VerifiedPerson person = person(LevelOfAssurance.SUBSTANTIAL);
        Ticket first = residents.signInNationally(person, null);
        Ticket again = residents.signInNationally(person(person.pesel(), LevelOfAssurance.HIGH), null);
        assertEquals(first.principal(), again.principal(), "the same account at the next sign-in");
        assertEquals(LevelOfAssurance.HIGH, Staff.asResident(again, residents::me).nationalLevel(),
                "the level reached this time");

        List<?> rows = em.createNativeQuery("select * from resident").getResultList();
        for (Object row : rows) {
            for (Object column : row instanceof Object[] columns ? columns : new Object[] { row }) {
                assertFalse(String.valueOf(column).contains(person.pesel().digits()), "no PESEL in clear");
            }
        }
    }

    @Test
    void anIdentityAlreadyHeldByOneAccountCannotVerifyAnother() throws Exception {
        VerifiedPerson person = person(LevelOfAssurance.SUBSTANTIAL);
        residents.signInNationally(person, null);
        String email = confirmedAccount();
        Ticket emailAccount = ticket(email);
        long id = Staff.asResident(emailAccount, residents::me).id();
        assertThrows(IdentityAlreadyUsed.class, () -> residents.signInNationally(person, id));
        assertEquals(Verification.EMAIL_CONFIRMED, Staff.asResident(ticket(email), residents::me).verification());
    }

    @Test
    void anEmailAccountLinkedOnceIsTheSameAccountAtTheNextNationalSignIn() throws Exception {
        String email = confirmedAccount();
        long id = Staff.asResident(ticket(email), residents::me).id();
        VerifiedPerson person = person(LevelOfAssurance.HIGH);
        Ticket linked = residents.signInNationally(person, id);
        ResidentAccount account = Staff.asResident(linked, residents::me);
        assertEquals(Verification.NATIONAL_HIGH, account.verification());
        assertEquals(person.familyName(), account.familyName(), "names as login.gov.pl sent them");
        assertEquals(email, account.email());
        assertEquals(linked.principal(), residents.signInNationally(person, null).principal());
    }

    @Test
    void aResidentIdentityHasTheResidentRoleAndNoStaffRole() throws Exception {
        Ticket ticket = residents.signInNationally(person(LevelOfAssurance.SUBSTANTIAL), null);
        assertThrows(EJBAccessException.class, () -> Staff.asResident(ticket, () -> auditLog.count(new AuditQuery())),
                "the audit log is for administrators only");
        assertThrows(EJBAccessException.class, () -> residents.me(), "no resident data for anonymous callers");
    }

    @Test
    void theProfileKeepsDemographicsOnlyWithConsentAndTheExportHoldsEverything() throws Exception {
        String email = confirmedAccount();
        Ticket ticket = ticket(email);
        ResidentAccount saved = Staff.asResident(ticket,
                () -> residents.describe(new ResidentProfileDetails(1985, "Lipowiec", Gender.UNDISCLOSED, true, true)));
        assertEquals(1985, saved.birthYear());
        assertEquals(Gender.UNDISCLOSED, saved.gender());
        assertTrue(saved.hasConsented(pl.wiec.residents.entity.ConsentKind.DEMOGRAPHICS));

        PersonalData data = Staff.asResident(ticket(email), () -> residents.myData(null));
        assertEquals(email, section(data, "account").get(0).get("email"));
        assertEquals(Map.of("birthYear", 1985, "residenceArea", "Lipowiec", "gender", "UNDISCLOSED"),
                section(data, "aboutYou").get(0));
        assertTrue(demographicsConsent(data).containsKey("givenAt"));

        ResidentAccount withdrawn = Staff.asResident(ticket(email),
                () -> residents.describe(new ResidentProfileDetails(1985, "Lipowiec", Gender.FEMALE, false, true)));
        assertNull(withdrawn.birthYear(), "without consent the answers are not kept");
        assertNull(withdrawn.gender());
        assertEquals("Lipowiec", withdrawn.residenceArea(),
                "where one lives is a statement of its own (it decides budget pools), kept without the consent");
        assertTrue(demographicsConsent(Staff.asResident(ticket(email), () -> residents.myData(null)))
                .containsKey("withdrawnAt"), "the withdrawal is on record");
    }

    private static Map<String, java.io.Serializable> demographicsConsent(PersonalData data) {
        return section(data, "consents").stream().filter(consent -> "DEMOGRAPHICS".equals(consent.get("kind")))
                .findFirst().orElseThrow();
    }

    private static List<Map<String, java.io.Serializable>> section(PersonalData data, String key) {
        return data.sections().stream().filter(section -> section.key().equals(key)).findFirst().orElseThrow().records()
                .stream().map(PersonalData.Record::values).toList();
    }

    @Test
    void deletingTheAccountRemovesEveryPersonalDetailButKeepsTheRow() throws Exception {
        String email = confirmedAccount();
        long id = Staff.asResident(ticket(email), residents::me).id();
        VerifiedPerson person = person(LevelOfAssurance.SUBSTANTIAL);
        residents.signInNationally(person, id);
        Staff.asResident(ticket(email),
                () -> residents.describe(new ResidentProfileDetails(1990, "Borki", Gender.MALE, true, true)));
        Staff.asResident(ticket(email), () -> {
            residents.deleteMyAccount();
            return null;
        });

        Object[] row = (Object[]) em.createNativeQuery("select first_name, family_name, email, password_hash, "
                + "national_key, date_of_birth, birth_year, residence_area, gender, deleted_at from resident where id = ?")
                .setParameter(1, id).getSingleResult();
        assertEquals("", row[0]);
        assertEquals("", row[1]);
        for (int column = 2; column < 9; column++) {
            assertNull(row[column], "column " + column + " emptied");
        }
        assertTrue(row[9] != null, "the row stays, marked deleted, for its contributions");
        assertEquals(0L, em.createNativeQuery("select count(*) from resident_consent where resident_id = ?")
                .setParameter(1, id).getSingleResult() instanceof Number n ? n.longValue() : -1L);
        assertInstanceOf(PasswordSignIn.Refused.class,
                residents.signInWithPassword(email, PASSWORD, HERE, Locale.ENGLISH));
        assertTrue(!residents.signInNationally(person, null).principal().equals("resident:" + id),
                "the identity is free: signing in again makes a new account");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Unconfirmed e-mail accounts were never purged: names, address and password stayed for good. */
    @Test
    void anAccountWhoseAddressWasNeverConfirmedIsForgottenAfterAWeek() throws Exception {
        String unconfirmed = address();
        residents.register("Nigdy", "Niepotwierdzony", unconfirmed, PASSWORD, Locale.ENGLISH);
        String confirmed = confirmedAccount();

        forgetting.forgetUnconfirmedCreatedBefore(Instant.now().minus(AccountForgetting.UNCONFIRMED_KEPT));
        assertEquals(1L, em.createQuery("select count(r) from Resident r where r.email = :e", Long.class)
                .setParameter("e", unconfirmed).getSingleResult(), "a fresh account waits its week");
        assertTrue(forgetting.forgetUnconfirmedCreatedBefore(Instant.now().plusSeconds(1)) >= 1, "a week later");

        assertEquals(0L, em.createQuery("select count(r) from Resident r where r.email = :e", Long.class)
                .setParameter("e", unconfirmed).getSingleResult(), "the address is forgotten");
        assertEquals(0L,
                em.createQuery("select count(r) from Resident r where r.familyName = 'Niepotwierdzony'", Long.class)
                        .getSingleResult(),
                "the names too");
        assertInstanceOf(PasswordSignIn.Accepted.class,
                residents.signInWithPassword(confirmed, PASSWORD, HERE, Locale.ENGLISH), "a confirmed one stays");
        residents.register("Nowa", "Próba", unconfirmed, PASSWORD, Locale.ENGLISH);
        assertEquals(1L, em.createQuery("select count(r) from Resident r where r.email = :e", Long.class)
                .setParameter("e", unconfirmed).getSingleResult(), "the address can be registered again");
    }

    /** Nobody could change their name, e-mail or password from the profile. */
    @Test
    void aResidentChangesTheirNameAndPasswordAndConfirmsANewAddress() throws Exception {
        String email = confirmedAccount();
        Ticket ticket = ticket(email);
        assertEquals("Nowakowska",
                Staff.asResident(ticket, () -> residents.rename(" Anna ", " Nowakowska ")).familyName());
        assertEquals(AccountChangeRefused.Reason.WRONG_PASSWORD,
                assertThrows(AccountChangeRefused.class, () -> Staff.asResident(ticket(email), () -> {
                    residents.changePassword("nie-to-haslo-wcale", "Kasztan, rower i burza");
                    return null;
                })).reason());
        assertEquals(PasswordRule.Problem.PERSONAL,
                assertThrows(PasswordRefused.class, () -> Staff.asResident(ticket(email), () -> {
                    residents.changePassword(PASSWORD, "annanowakowska");
                    return null;
                })).problem(), "not made of the person's own name");
        Staff.asResident(ticket(email), () -> {
            residents.changePassword(PASSWORD, "Kasztan, rower i burza");
            return null;
        });
        assertInstanceOf(PasswordSignIn.Refused.class,
                residents.signInWithPassword(email, PASSWORD, HERE, Locale.ENGLISH));
        Ticket signedIn = ((PasswordSignIn.Accepted) residents.signInWithPassword(email, "Kasztan, rower i burza", HERE,
                Locale.ENGLISH)).ticket();

        String other = confirmedAccount();
        Staff.asResident(signedIn, () -> {
            residents.requestEmailChange(other, Locale.ENGLISH);
            return null;
        });
        awaitMail(other, "Someone tried to register with your address");
        assertEquals(email, Staff.asResident(ticket(email, "Kasztan, rower i burza"), residents::me).email(),
                "an address another account has is not taken, and the caller is told nothing more");

        String fresh = address();
        Staff.asResident(ticket(email, "Kasztan, rower i burza"), () -> {
            residents.requestEmailChange(fresh, Locale.ENGLISH);
            return null;
        });
        assertEquals(email, Staff.asResident(ticket(email, "Kasztan, rower i burza"), residents::me).email(),
                "nothing changes before the link is opened");
        String link = MailCatcherClient.link(fresh, "/email-confirm.xhtml");
        assertEquals(Optional.of(fresh), residents.confirmEmailChange(token(link)));
        assertEquals(Optional.empty(), residents.confirmEmailChange(token(link)), "a link works once");
        assertInstanceOf(PasswordSignIn.Accepted.class,
                residents.signInWithPassword(fresh, "Kasztan, rower i burza", HERE, Locale.ENGLISH));
    }

    /** Residents signed in with login.gov.pl had no way to give an address, so no e-mail notification reached them. */
    @Test
    void aResidentOfLoginGovPlAddsAConfirmedAddressButKeepsTheNodesName() throws Exception {
        Ticket national = residents.signInNationally(person(LevelOfAssurance.SUBSTANTIAL), null);
        assertEquals(AccountChangeRefused.Reason.NAMES_FROM_LOGIN_GOV, assertThrows(AccountChangeRefused.class,
                () -> Staff.asResident(national, () -> residents.rename("Inna", "Osoba"))).reason());
        String email = address();
        Staff.asResident(national, () -> {
            residents.requestEmailChange(email, Locale.ENGLISH);
            return null;
        });
        residents.confirmEmailChange(token(MailCatcherClient.link(email, "/email-confirm.xhtml"))).orElseThrow();
        ResidentAccount account = Staff.asResident(national, residents::me);
        assertEquals(email, account.email());
        assertTrue(account.emailConfirmedAt() != null, "confirmed by the link");
        assertFalse(account.hasPassword(), "still signs in through login.gov.pl only");
    }

    private String confirmedAccount() throws Exception {
        String email = address();
        residents.register("Test", "Mieszkaniec", email, PASSWORD, Locale.ENGLISH);
        residents.confirmEmail(token(MailCatcherClient.link(email, "/confirm.xhtml"))).orElseThrow();
        return email;
    }

    private Ticket ticket(String email) {
        return ticket(email, PASSWORD);
    }

    private Ticket ticket(String email, String password) {
        PasswordSignIn outcome = residents.signInWithPassword(email, password, HERE, Locale.ENGLISH);
        return assertInstanceOf(PasswordSignIn.Accepted.class, outcome).ticket();
    }

    private static void awaitMail(String email, String subject) throws Exception {
        for (int attempt = 0; attempt < 80 && !MailCatcherClient.mailsTo(email).contains(subject); attempt++) {
            Thread.sleep(250);
        }
        assertTrue(MailCatcherClient.mailsTo(email).contains(subject), "a mail '" + subject + "' to " + email);
    }

    private static String address() {
        return "mieszkaniec-" + UUID.randomUUID() + "@example.org";
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static VerifiedPerson person(LevelOfAssurance level) {
        return TestPeople.someone(level);
    }

    private static VerifiedPerson person(Pesel pesel, LevelOfAssurance level) {
        return new VerifiedPerson(pesel, "Testowa", "Osoba-" + pesel.birthDate(), pesel.birthDate(), level);
    }
}
