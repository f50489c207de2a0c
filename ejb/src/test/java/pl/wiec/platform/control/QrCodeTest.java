package pl.wiec.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void aLinkBecomesASquareWithItsThreeFinderPatterns() {
        boolean[][] dark = QrCode.modules("https://wiec.example.org/project.xhtml?id=7");
        int side = dark.length;
        assertEquals(side, dark[0].length);
        assertTrue(side >= 21 && (side - 21) % 4 == 0, "a QR version's side: " + side);
        for (int[] corner : new int[][] { { 0, 0 }, { 0, side - 7 }, { side - 7, 0 } }) {
            for (int i = 0; i < 7; i++) {
                assertTrue(dark[corner[0]][corner[1] + i], "finder pattern's top edge");
                assertTrue(dark[corner[0] + 6][corner[1] + i], "finder pattern's bottom edge");
            }
            assertTrue(dark[corner[0] + 3][corner[1] + 3], "finder pattern's centre");
        }
    }
}
