package pl.wiec.system.support;

import java.security.SecureRandom;
import java.time.LocalDate;

import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.residents.entity.Pesel;
import pl.wiec.residents.entity.VerifiedPerson;

/** People as login.gov.pl would vouch for them, each with a PESEL nobody else in the test run has. */
public final class TestPeople {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] WEIGHTS = { 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 };

    private TestPeople() {
    }

    /**
     * A resident with a confirmed e-mail account at {@code email} (registered, confirmed through the link the mail
     * catcher received, signed in with the password), as their ticket.
     */
    public static pl.wiec.residents.boundary.Ticket emailAccount(pl.wiec.residents.boundary.Residents residents,
            String email) throws Exception {
        residents.register("Ewa", "Test", email, "haslo-testowe-1", java.util.Locale.forLanguageTag("pl"));
        String link = MailCatcherClient.link(email, "/confirm.xhtml");
        residents.confirmEmail(link.substring(link.indexOf("token=") + 6)).orElseThrow();
        var outcome = residents.signInWithPassword(email, "haslo-testowe-1", "192.0.2.1",
                java.util.Locale.forLanguageTag("pl"));
        return ((pl.wiec.residents.boundary.PasswordSignIn.Accepted) outcome).ticket();
    }

    /** Someone born on a random day in 1940–1999. */
    public static VerifiedPerson someone(LevelOfAssurance level) {
        return bornOn(LocalDate.of(1940, 1, 1).plusDays(RANDOM.nextInt(365 * 60)), level);
    }

    public static VerifiedPerson bornOn(LocalDate born, LevelOfAssurance level) {
        Pesel pesel = pesel(born);
        return new VerifiedPerson(pesel, "Testowa", "Osoba-" + born, born, level);
    }

    /** A valid PESEL for that date of birth with a random serial (the month carries the century). */
    public static Pesel pesel(LocalDate born) {
        int century = born.getYear() / 100;
        int monthOffset = century == 18 ? 80 : (century - 19) * 20;
        String digits = String.format("%02d%02d%02d%04d", born.getYear() % 100, born.getMonthValue() + monthOffset,
                born.getDayOfMonth(), RANDOM.nextInt(10_000));
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return Pesel.of(digits + (10 - sum % 10) % 10);
    }
}
