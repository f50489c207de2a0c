package pl.wiec.budget.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import pl.wiec.budget.entity.CardIdentity;

/** A sealed identity opens only under the installation's secret, and says nothing readable without it. */
class BallotKeysTest {

    private static BallotKeys keys(String secret) {
        BallotKeys keys = new BallotKeys();
        keys.configuredKey = Base64.getEncoder().encodeToString(secret.getBytes());
        keys.derive();
        return keys;
    }

    @Test
    void aSealedIdentityOpensUnderTheSameSecretOnly() {
        CardIdentity identity = new CardIdentity("Łucja", "Żółć-Nowak", "ul. Mostowa 1 m. 4", null);
        String sealed = keys("secret-of-augustow-2026").seal(identity);
        assertFalse(sealed.contains("Mostowa") || new String(Base64.getDecoder().decode(sealed)).contains("Mostowa"));
        assertEquals(identity, keys("secret-of-augustow-2026").unseal(sealed).orElseThrow());
        assertTrue(keys("another-installation-secret").unseal(sealed).isEmpty());
        assertTrue(keys("secret-of-augustow-2026").unseal("not base64 !").isEmpty());
    }

    @Test
    void sealingTwiceGivesDifferentTextsAndOneBuildingGivesOneKey() {
        BallotKeys keys = keys("secret-of-augustow-2026");
        CardIdentity identity = new CardIdentity("Jan", "Kowalski", "Mostowa 1", null);
        assertNotEquals(keys.seal(identity), keys.seal(identity));
        assertEquals(keys.building(7, identity),
                keys.building(7, new CardIdentity("Anna", "Nowak", "ul. Mostowa 1/4", null)));
        assertNotEquals(keys.building(7, identity), keys.building(8, identity));
    }
}
