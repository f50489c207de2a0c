package pl.wiec.platform.control;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * A QR code that leads from paper to a page: encoded with error correction M (a poster may be scuffed), drawn into a
 * PDF as black squares (vector: sharp at any print size), with the quiet zone of four modules around it that scanners
 * need.
 */
public final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** The dark modules, row by row from the top, without the quiet zone. */
    public static boolean[][] modules(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    dark[y][x] = matrix.get(x, y);
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        }
    }

    /**
     * Draws the code with its lower left corner (of the quiet zone) at x, y and the given side (quiet zone included),
     * in points.
     */
    public static void draw(PdfContentByte canvas, String text, float x, float y, float side) {
        boolean[][] dark = modules(text);
        int count = dark.length + 2 * QUIET_ZONE;
        float module = side / count;
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < dark.length; row++) {
            for (int column = 0; column < dark[row].length; column++) {
                if (dark[row][column]) {
                    canvas.rectangle(x + (QUIET_ZONE + column) * module, y + side - (QUIET_ZONE + row + 1) * module,
                            module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
