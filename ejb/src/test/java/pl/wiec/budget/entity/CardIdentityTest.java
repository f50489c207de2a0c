package pl.wiec.budget.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When two paper cards (or a card and an online ballot) are the same person by name and address. */
class CardIdentityTest {

    @Test
    void theSameAddressWrittenDifferentlyIsTheSamePerson() {
        CardIdentity online = new CardIdentity("Jan", "Kowalski", "ul. Długa 5/3", null);
        assertEquals(online.nameAndAddress(),
                new CardIdentity("JAN", "kowalski", "Dluga 5 m. 3", null).nameAndAddress());
        assertEquals(online.nameAndAddress(),
                new CardIdentity(" Jan ", "Kowalski", "ulica Długa 5, lok. 3", null).nameAndAddress());
        assertEquals(new CardIdentity("Łucja", "Żółć", "Al. Zwycięstwa 1", null).nameAndAddress(),
                new CardIdentity("Lucja", "Zolc", "aleja Zwyciestwa 1", null).nameAndAddress());
    }

    @Test
    void anotherFlatOrAnotherPersonIsSomeoneElse() {
        CardIdentity jan = new CardIdentity("Jan", "Kowalski", "ul. Długa 5/3", null);
        assertNotEquals(jan.nameAndAddress(),
                new CardIdentity("Jan", "Kowalski", "ul. Długa 5/4", null).nameAndAddress());
        assertNotEquals(jan.nameAndAddress(),
                new CardIdentity("Janina", "Kowalska", "ul. Długa 5/3", null).nameAndAddress());
    }

    @Test
    void aCardIsCompleteWithNameAddressAndThePeselWhereTheRulesDemandIt() {
        assertTrue(new CardIdentity("Jan", "Kowalski", "ul. Długa 5", null).isComplete(false));
        assertFalse(new CardIdentity("Jan", "Kowalski", "ul. Długa 5", null).isComplete(true));
        assertFalse(new CardIdentity("Jan", "", "ul. Długa 5", "44051401359").isComplete(true));
        assertFalse(new CardIdentity("Jan", "Kowalski", "  ", null).isComplete(false));
    }

    @Test
    void aFlatAddedMissingOrDifferentIsANearMatchInTheSameBuilding() {
        CardIdentity online = new CardIdentity("Jan", "Kowalski", "ul. Mostowa 1", null);
        assertTrue(online.nearTo(new CardIdentity("Jan", "Kowalski", "Mostowa 1 m. 4", null)));
        assertTrue(online.nearTo(new CardIdentity("jan", "KOWALSKI", "Mostowa 1/7", null)));
        assertEquals("mostowa 1", new CardIdentity("Jan", "Kowalski", "ul. Mostowa 1-4", null).building());
        assertEquals("3 maja 5", new CardIdentity("Jan", "Kowalski", "ul. 3 Maja 5/2", null).building());
        assertEquals("11 listopada 12a", new CardIdentity("A", "B", "al. 11 Listopada 12a m. 3", null).building());
        assertFalse(online.nearTo(new CardIdentity("Jan", "Kowalski", "Mostowa 11", null)));
        assertFalse(online.nearTo(new CardIdentity("Jan", "Kowalski", "Długa 1", null)));
    }

    @Test
    void aNameOneLetterApartIsANearMatchAndAnotherNameIsNot() {
        CardIdentity card = new CardIdentity("Anna", "Kowalska", "Mostowa 1/4", null);
        assertTrue(card.nearTo(new CardIdentity("Ana", "Kowalska", "Mostowa 1", null)));
        assertTrue(card.nearTo(new CardIdentity("Anna", "Kowalsk", "Mostowa 1 m. 4", null)));
        assertTrue(card.nearTo(new CardIdentity("Anna", "Kowalsky", "Mostowa 1", null)));
        assertTrue(card.nearTo(new CardIdentity("Anna", "Kowallska", "Mostowa 1", null)));
        assertFalse(card.nearTo(new CardIdentity("Jan", "Kowalski", "Mostowa 1/4", null)));
        assertTrue(card.nearTo(new CardIdentity("Anna", "Kowalski", "Mostowa 1/4", null)));
        assertFalse(card.nearTo(new CardIdentity("Ania", "Kowalski", "Mostowa 1/4", null)));
    }
}
