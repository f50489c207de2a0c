package pl.wiec.municipality.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MunicipalityTest {

    @Test
    void revisingReportsExactlyTheFieldsThatChanged() {
        Municipality municipality = new Municipality();
        municipality.revise(ProfileDetailsValidationTest.augustow());

        ProfileDetails edit = ProfileDetails.of(municipality);
        edit.setName("  Gmina Augustów ");
        edit.setContactPhone("");
        List<FieldChange> changes = municipality.revise(edit);

        assertEquals(List.of(new FieldChange("name", "Miasto Augustów", "Gmina Augustów"),
                new FieldChange("contactPhone", "87 643 28 00", "")), changes);
        assertEquals("Gmina Augustów", municipality.name());
        assertNull(municipality.contactPhone());
    }

    @Test
    void savingTheFormUnchangedChangesNothing() {
        Municipality municipality = new Municipality();
        municipality.revise(ProfileDetailsValidationTest.augustow());
        assertTrue(municipality.revise(ProfileDetails.of(municipality)).isEmpty());
    }
}
