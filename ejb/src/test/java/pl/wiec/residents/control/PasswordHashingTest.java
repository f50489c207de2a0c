package pl.wiec.residents.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void theRightPasswordMatchesAndAnyOtherDoesNot() {
        String stored = PasswordHashing.hash("trzy słowa z ogonkami");
        assertTrue(stored.startsWith("pbkdf2-sha256$600000$"));
        assertTrue(PasswordHashing.matches("trzy słowa z ogonkami", stored));
        assertFalse(PasswordHashing.matches("trzy slowa z ogonkami", stored));
        assertFalse(PasswordHashing.matches("trzy słowa z ogonkami", null), "no account, no match");
        assertFalse(PasswordHashing.matches("x", "md5$whatever"), "unknown formats never match");
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHashing.hash("hasło"), PasswordHashing.hash("hasło"), "a fresh salt every time");
    }

    @Test
    void storedTokensAreHashesNotTheTokens() {
        String token = Secrets.token();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"));
        assertTrue(Secrets.sha256(token).matches("[0-9a-f]{64}"));
        assertNotEquals(token, Secrets.sha256(token));
    }
}
