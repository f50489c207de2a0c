package pl.wiec.municipality.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BrandColourTest {

    @Test
    void computesTheWcagContrastOfWhiteText() {
        assertEquals(21.0, BrandColour.contrastWithWhite("#000000"), 0.01);
        assertEquals(1.0, BrandColour.contrastWithWhite("#ffffff"), 0.01);
        assertEquals(4.54, BrandColour.contrastWithWhite("#767676"), 0.01);
        assertEquals(1.07, BrandColour.contrastWithWhite("#ffff00"), 0.01);
    }

    @Test
    void acceptsAColourOnWhichWhiteTextIsReadableAndStoresItInLowerCase() {
        assertEquals("#1d4f91", BrandColour.of("#1D4F91").hex());
        assertEquals("#767676", BrandColour.of("#767676").hex());
    }

    @Test
    void refusesColoursTooLightForWhiteText() {
        assertThrows(IllegalArgumentException.class, () -> BrandColour.of("#777777"));
        assertThrows(IllegalArgumentException.class, () -> BrandColour.of("#2196f3"));
    }

    @Test
    void refusesWhatIsNotAHexColour() {
        assertThrows(IllegalArgumentException.class, () -> BrandColour.of("blue"));
        assertThrows(IllegalArgumentException.class, () -> BrandColour.of("#12345"));
        assertThrows(IllegalArgumentException.class, () -> BrandColour.of("#12345g"));
    }
}
