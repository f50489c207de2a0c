package pl.wiec.platform.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an Office Open XML workbook (.xlsx, as Excel and LibreOffice save it) as rows of cell texts,
 * with no library: the zip's parts read with a limit on their unpacked size (a small file can unpack to gigabytes), the
 * XML read with DTDs and external entities off. Shared, inline and formula strings are taken as text; numbers as
 * written, an integral one without ".0"; a row's index + 1 is its number in the spreadsheet (empty rows kept as empty).
 */
public final class XlsxReader {

    /** The most the parts read may unpack to. */
    public static final long MAX_UNPACKED = 64L * 1024 * 1024;

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final XMLInputFactory XML = safeFactory();

    /** The file is not a workbook Wiec can read (not a zip, no worksheet, broken XML, too large unpacked). */
    public static class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String why, Throwable cause) {
            super(why, cause);
        }
    }

    private XlsxReader() {
    }

    /** Whether the bytes are a zip (as every .xlsx is), by its first four bytes. */
    public static boolean isXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * The rows of the first sheet.
     *
     * @throws CsvReader.TooLarge
     *             at the first row whose number passes {@code maxRecords} or cell whose column passes {@code maxCells},
     *             before anything is padded up to it (a row or a cell may name any number)
     */
    public static List<List<String>> records(byte[] file, int maxRecords, int maxCells)
            throws Unreadable, CsvReader.TooLarge {
        try {
            Map<String, byte[]> parts = parts(file);
            String sheet = firstSheet(parts);
            List<String> shared = parts.containsKey("xl/sharedStrings.xml")
                    ? sharedStrings(parts.get("xl/sharedStrings.xml")) : List.of();
            byte[] xml = parts.get(sheet);
            if (xml == null) {
                throw new Unreadable("No worksheet " + sheet, null);
            }
            return rows(xml, shared, maxRecords, maxCells);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new Unreadable("Not a readable workbook: " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> parts(byte[] file) throws IOException, Unreadable {
        Map<String, byte[]> parts = new HashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED) {
                        throw new Unreadable("Unpacks to more than " + MAX_UNPACKED + " bytes", null);
                    }
                    out.write(buffer, 0, read);
                }
                parts.put(name, out.toByteArray());
            }
        }
        return parts;
    }

    /** The part of the workbook's first sheet, through the workbook's relationships. */
    private static String firstSheet(Map<String, byte[]> parts) throws XMLStreamException, Unreadable {
        byte[] workbook = parts.get("xl/workbook.xml");
        byte[] relations = parts.get("xl/_rels/workbook.xml.rels");
        if (workbook == null || relations == null) {
            throw new Unreadable("No workbook", null);
        }
        String id = null;
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(workbook));
        while (id == null && reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(reader.getLocalName())) {
                id = reader.getAttributeValue(RELATIONSHIPS, "id");
            }
        }
        reader = XML.createXMLStreamReader(new ByteArrayInputStream(relations));
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(reader.getLocalName())
                    && reader.getAttributeValue(null, "Id").equals(id)) {
                String target = reader.getAttributeValue(null, "Target");
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        throw new Unreadable("No first sheet", null);
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder current = null;
        boolean phonetic = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                case "si" -> current = new StringBuilder();
                case "rPh" -> phonetic = true;
                case "t" -> {
                    String text = reader.getElementText();
                    if (current != null && !phonetic) {
                        current.append(text);
                    }
                }
                default -> {
                }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("si".equals(reader.getLocalName()) && current != null) {
                    strings.add(current.toString());
                    current = null;
                } else if ("rPh".equals(reader.getLocalName())) {
                    phonetic = false;
                }
            }
        }
        return strings;
    }

    private static List<List<String>> rows(byte[] xml, List<String> shared, int maxRecords, int maxCells)
            throws XMLStreamException, CsvReader.TooLarge {
        List<List<String>> rows = new ArrayList<>();
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        List<String> row = null;
        int column = 0;
        String type = null;
        StringBuilder value = null;
        boolean inline = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                case "row" -> {
                    String number = reader.getAttributeValue(null, "r");
                    long index = number == null ? rows.size() : Long.parseLong(number.strip()) - 1;
                    if (index >= maxRecords) {
                        throw new CsvReader.TooLarge(false);
                    }
                    while (rows.size() < index) {
                        rows.add(new ArrayList<>());
                    }
                    row = new ArrayList<>();
                    rows.add(row);
                    column = 0;
                }
                case "c" -> {
                    String reference = reader.getAttributeValue(null, "r");
                    if (reference != null) {
                        column = columnOf(reference, maxCells);
                    }
                    if (column >= maxCells) {
                        throw new CsvReader.TooLarge(true);
                    }
                    type = reader.getAttributeValue(null, "t");
                    value = new StringBuilder();
                }
                case "is" -> inline = true;
                case "v" -> value.append(reader.getElementText());
                case "t" -> {
                    String text = reader.getElementText();
                    if (inline && value != null) {
                        value.append(text);
                    }
                }
                default -> {
                }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                case "c" -> {
                    while (row.size() < column) {
                        row.add("");
                    }
                    row.add(text(type, value.toString(), shared));
                    column++;
                }
                case "is" -> inline = false;
                default -> {
                }
                }
            }
        }
        return rows;
    }

    private static String text(String type, String value, List<String> shared) {
        if ("s".equals(type)) {
            return value.isEmpty() ? "" : shared.get(Integer.parseInt(value.strip()));
        }
        if (type == null || "n".equals(type)) {
            if (value.isEmpty()) {
                return "";
            }
            double number = Double.parseDouble(value);
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number) : value;
        }
        return value;
    }

    /** "C12" → 2; any column past {@code maxCells} as {@code maxCells}, so that no letters can overflow it. */
    private static int columnOf(String reference, int maxCells) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > maxCells) {
                return maxCells;
            }
        }
        return column - 1;
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
