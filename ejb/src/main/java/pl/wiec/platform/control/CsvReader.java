package pl.wiec.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreadsheets saved as CSV, as offices have them: UTF-8 (with or without a byte order mark) or, when the bytes are not
 * UTF-8, Windows-1250 (what Excel in Polish writes); cells separated by semicolons, commas or tabs (whichever the first
 * line has most of); cells in double quotes may hold separators, line breaks and doubled quotes (RFC 4180).
 */
public final class CsvReader {

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    private CsvReader() {
    }

    public static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1250);
        }
    }

    /** A file with more records or cells than its reader takes: refused while reading, before it fills the memory. */
    public static class TooLarge extends Exception {

        private static final long serialVersionUID = 1L;
        private final boolean tooWide;

        public TooLarge(boolean tooWide) {
            super(tooWide ? "Too many cells in a row" : "Too many rows", null, false, false);
            this.tooWide = tooWide;
        }

        /** Whether a row had too many cells (otherwise: too many rows). */
        public boolean isTooWide() {
            return tooWide;
        }
    }

    /**
     * The records of the text, each a list of its cells; a record's index + 1 is its row in the spreadsheet.
     *
     * @throws TooLarge
     *             at the first record past {@code maxRecords} (empty ones count: a file of nothing but line breaks
     *             stops there) or the first cell past {@code maxCells} in a record
     */
    public static List<List<String>> records(String text, int maxRecords, int maxCells) throws TooLarge {
        char separator = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean pending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            pending = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
                if (record.size() >= maxCells) {
                    throw new TooLarge(true);
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                if (records.size() >= maxRecords) {
                    throw new TooLarge(false);
                }
                records.add(record);
                record = new ArrayList<>();
                pending = false;
            } else {
                cell.append(c);
            }
        }
        if (pending) {
            record.add(cell.toString());
            if (records.size() >= maxRecords) {
                throw new TooLarge(false);
            }
            records.add(record);
        }
        return records;
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
