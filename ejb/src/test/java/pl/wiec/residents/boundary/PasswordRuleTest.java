package pl.wiec.residents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import pl.wiec.residents.boundary.PasswordRule.Problem;

class PasswordRuleTest {

    private static final List<String> ALA = List.of("Alicja", "Wiśniewska", "alicja.wisniewska@example.pl");

    @ParameterizedTest
    @CsvSource({ "krotkie-11z, TOO_SHORT", "aaaaaaaaaaaa, REPEATED", "zzzzzzzzzzzzzzzz, REPEATED",
            "mnopqrstuvwx, SEQUENCE", "123456789012, COMMON", "qwertyuiopas, COMMON", "password1234, COMMON",
            "iloveyou12345, COMMON", "alicjawisniewska, PERSONAL" })
    void aGuessablePasswordIsRefusedWithItsReason(String password, Problem reason) {
        assertEquals(Optional.of(reason), PasswordRule.problem(password, ALA));
    }

    @ParameterizedTest
    @ValueSource(strings = { "trzy slowa do testu", "haslo-testowe-1", "pomysl na bulwar", "dobre-haslo-do-testu",
            "nowe haslo po resecie", "zupelnie-nowe-haslo", "moderacja w praktyce", "haslo-autorki-2028",
            "Kasztan, rower i burza" })
    void aFewUnrelatedWordsPass(String password) {
        assertEquals(Optional.empty(), PasswordRule.problem(password, ALA));
    }

    @ParameterizedTest
    @ValueSource(ints = { 201, 5000 })
    void aPasswordOverTwoHundredCharactersIsRefused(int length) {
        assertEquals(Optional.of(Problem.TOO_LONG),
                PasswordRule.problem("Kasztan rower ".repeat(400).substring(0, length), ALA));
    }
}
