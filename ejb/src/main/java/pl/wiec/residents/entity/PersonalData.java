package pl.wiec.residents.entity;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything Wiec keeps about one resident (RODO art. 15 and 20), gathered section by section. The residents component
 * fires it synchronously inside the export's transaction; every component that keeps something about people observes it
 * ({@code @Observes @Priority(n)}, the priority giving the section's place) and adds its section, as it does with
 * {@link AccountDeleted}. So residents knows no other component, and a new component adds its data by adding an
 * observer.
 * <p>
 * A section holds records; a record, named values (text, numbers, moments, dates, yes/no, lists of text) and files.
 * Where the export is a download, the files' bytes go into it as they are added (one at a time, never all in memory);
 * for the page, only their names and sizes are kept. Keys are stable English words: the JSON's field names and the
 * page's label keys ({@code data.<key>}).
 */
public final class PersonalData implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the bytes of a file go: the archive being written. Answers the file's path in it. */
    @FunctionalInterface
    public interface Files {
        String add(String path, byte[] content);
    }

    /** A file a record holds: its name and type; in a download, its size and path there too. */
    public record File(String name, String contentType, Long size, String path) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final long residentId;
    /** Keys that name the person in one-per-person lists; transient, so it never leaves with the data (view state). */
    private final transient List<String> personKeys;
    private final Locale language;
    private final transient Files files;
    private final List<Section> sections = new ArrayList<>();
    private int fileCount;

    /**
     * @param personKeys
     *            every name the resident had as a person for one-per-person rules (their account's, and their keyed
     *            national identity's once they had one), so the budget finds the editions they voted in under either
     * @param language
     *            the resident's language, for the titles of what their data refers to (survey questions)
     * @param files
     *            where file contents go, or {@code null} to keep only their names and sizes
     */
    public PersonalData(long residentId, List<String> personKeys, Locale language, Files files) {
        this.residentId = residentId;
        this.personKeys = List.copyOf(personKeys);
        this.language = language;
        this.files = files;
    }

    public long residentId() {
        return residentId;
    }

    public List<String> personKeys() {
        return personKeys;
    }

    public Locale language() {
        return language;
    }

    /** Whether to give texts kept in two languages in English (in Polish otherwise). */
    public boolean inEnglish() {
        return "en".equals(language.getLanguage());
    }

    /** Starts a section (shown even when it stays empty: "nothing kept" is an answer too). */
    public Section section(String key) {
        Section section = new Section(key);
        sections.add(section);
        return section;
    }

    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** One kind of thing kept: "ideas", "comments", ... */
    public final class Section implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String key;
        private final List<Record> records = new ArrayList<>();

        private Section(String key) {
            this.key = key;
        }

        public Record add() {
            Record record = new Record(this);
            records.add(record);
            return record;
        }

        public String key() {
            return key;
        }

        public List<Record> records() {
            return Collections.unmodifiableList(records);
        }
    }

    /** One thing kept: an idea, a comment, a registration. */
    public final class Record implements Serializable {

        private static final long serialVersionUID = 1L;
        private final Section section;
        private final Map<String, Serializable> values = new LinkedHashMap<>();

        private Record(Section section) {
            this.section = section;
        }

        /**
         * Adds a value: text, a number, a moment, a date, yes/no, a list of texts; an enum by its name. Nothing for
         * {@code null} or an empty list (what is not kept is not listed).
         */
        public Record put(String key, Object value) {
            if (value instanceof Enum<?> constant) {
                values.put(key, constant.name());
            } else if (value instanceof List<?> list) {
                if (!list.isEmpty()) {
                    values.put(key, new ArrayList<>(list.stream().map(String::valueOf).toList()));
                }
            } else if (value instanceof Serializable serializable) {
                values.put(key, serializable);
            }
            return this;
        }

        /** Adds the values of a query's row under these keys, in their order. */
        public Record put(List<String> keys, Object[] row) {
            for (int i = 0; i < keys.size(); i++) {
                put(keys.get(i), row[i]);
            }
            return this;
        }

        /**
         * Adds a file. For a download its contents are read now and go into it under {@code files/<section>/}; for the
         * page they are not read at all.
         */
        public Record file(String key, String name, String contentType, Supplier<byte[]> content) {
            String path = null;
            Long size = null;
            if (files != null) {
                byte[] bytes = content.get();
                size = (long) bytes.length;
                path = files.add("files/" + section.key + "/" + (++fileCount) + "-" + safe(name), bytes);
            }
            values.put(key, new File(name, contentType, size, path));
            return this;
        }

        public Map<String, Serializable> values() {
            return Collections.unmodifiableMap(values);
        }
    }

    /** A name any archive tool and file system takes: letters without accents, digits, dots, dashes; at most 80. */
    static String safe(String name) {
        String plain = Normalizer
                .normalize(name == null ? "" : name.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (plain.length() > 80) {
            plain = plain.substring(plain.length() - 80);
        }
        return plain.isEmpty() ? "file" : plain;
    }
}
