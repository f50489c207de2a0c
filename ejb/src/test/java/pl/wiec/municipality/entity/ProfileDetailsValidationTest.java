package pl.wiec.municipality.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The messages an administrator reads under the profile form's fields. */
class ProfileDetailsValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private Locale before;

    @BeforeEach
    void polish() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("pl"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    static ProfileDetails augustow() {
        ProfileDetails details = new ProfileDetails();
        details.setName("Miasto Augustów");
        details.setTeryt("2001011");
        details.setContactEmail("konsultacje@um-augustow.example");
        details.setContactPhone("87 643 28 00");
        details.setStreet("ul. Młyńska 35");
        details.setPostalCode("16-300");
        details.setCity("Augustów");
        details.setPrimaryColour("#1d4f91");
        return details;
    }

    @Test
    void aCompleteProfileIsValid() {
        assertEquals(Set.of(), validator.validate(augustow()));
    }

    @Test
    void phoneNumbersAreAcceptedAsPeopleWriteThem() {
        for (String phone : new String[] { "876432800", "+48 87 643 28 00", "+48 876-432-800", "87 643 28 00" }) {
            ProfileDetails details = augustow();
            details.setContactPhone(phone);
            assertEquals(Set.of(), validator.validate(details), phone);
        }
        ProfileDetails wrong = augustow();
        wrong.setContactPhone("87 643 28");
        assertEquals(Set.of("contactPhone"), fields(validator.validate(wrong)));
    }

    @Test
    void eachWrongFieldIsNamedWithAnExplanationInPolish() {
        ProfileDetails details = augustow();
        details.setTeryt("2001016");
        details.setPostalCode("16300");
        details.setPrimaryColour("#ffff00");

        Set<ConstraintViolation<ProfileDetails>> violations = validator.validate(details);

        assertEquals(Set.of("teryt", "postalCode", "primaryColour"), fields(violations));
        String colour = message(violations, "primaryColour");
        assertTrue(colour.contains("kontrast 1.1:1") && colour.contains("4,5:1"), colour);
        assertTrue(message(violations, "teryt").startsWith("To nie jest kod gminy"));
    }

    /** A name over its limit was told in the validator's own words ("wielkość musi należeć do zakresu od 0 do 200"). */
    @Test
    void aTooLongNameIsToldInWiecsWordsWithItsLimit() {
        ProfileDetails details = augustow();
        details.setName("Gmina ".repeat(50));
        details.setCity(" ");

        Set<ConstraintViolation<ProfileDetails>> violations = validator.validate(details);

        assertEquals("może mieć najwyżej 200 znaków.", message(violations, "name"));
        assertEquals("to pole jest wymagane.", message(violations, "city"));
    }

    /** Area names are shown on the map and in lists: plain text, 100 characters each (HTML and 500 were taken). */
    @Test
    void residenceAreasArePlainNamesOfAtMostAHundredCharacters() {
        ProfileDetails details = augustow();
        details.setResidenceAreas("Centrum\nZarzecze\r\nOsiedle " + "Ż".repeat(90));
        assertEquals(Set.of(), fields(validator.validate(details)));
        details.setResidenceAreas("Centrum\n<b onmouseover=alert(1)>Zarzecze</b>");
        assertEquals(Set.of("residenceAreas"), fields(validator.validate(details)));
        details.setResidenceAreas("Centrum\n" + "x".repeat(101));
        assertTrue(message(validator.validate(details), "residenceAreas").contains("najwyżej 100 znaków"));
    }

    private static Set<String> fields(Set<ConstraintViolation<ProfileDetails>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    private static String message(Set<ConstraintViolation<ProfileDetails>> violations, String field) {
        return violations.stream().filter(v -> v.getPropertyPath().toString().equals(field)).findFirst().orElseThrow()
                .getMessage();
    }
}
