package pl.wiec.residents.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Beans;

import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.PersonalData;
import pl.wiec.web.Dates;
import pl.wiec.web.Language;
import pl.wiec.web.Texts;

/**
 * {@code /account/my-data.xhtml}: everything Wiec keeps about the signed-in resident, section by section, in words a
 * person reads (labels, dates in Poland's time, yes and no, the names of statuses); the files by name, their contents
 * being in the download.
 */
@Named
@ViewScoped
public class MyDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The fields whose values are codes, and where the messages name them. Only these are translated: a text someone
     * typed ("LIKE") stays as they typed it.
     */
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("account.verification", "verification."),
            Map.entry("account.language", "data.language."), Map.entry("aboutYou.gender", "gender."),
            Map.entry("nationalIdentity.levelOfAssurance", "data.value."), Map.entry("consents.kind", "data.consent."),
            Map.entry("ideas.visibility", "data.value."), Map.entry("comments.visibility", "data.value."),
            Map.entry("reactions.reaction", "data.value."), Map.entry("answers.channel", "responseChannel."),
            Map.entry("budgetProjects.status", "budgetProjects.status."),
            Map.entry("budgetProjectFiles.kind", "data.value."), Map.entry("budgetVotes.channel", "channel."),
            Map.entry("eventRegistrations.status", "registrationStatus."),
            Map.entry("reports.contentType", "moderation.type."), Map.entry("follows.subject", "data.value."),
            Map.entry("notificationSettings.kind", "notifications.kind."),
            Map.entry("notificationSettings.frequency", "notifications.frequency."),
            Map.entry("notifications.kind", "notifications.kind."));

    /** A value as shown: its label, and its text or, for a list, its items. */
    public record Shown(String label, String text, List<String> items) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A record as shown: its heading where its section has more than one ("Komentarze: 3 z 40"), its values. */
    public record ShownRecord(String heading, List<Shown> values) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A section as shown: its heading and its records. */
    public record ShownSection(String key, String title, List<ShownRecord> records) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    Residents residents;

    @Inject
    Dates dates;

    private List<ShownSection> sections;

    @PostConstruct
    void load() {
        ResourceBundle words = ResourceBundle.getBundle(Texts.BUNDLE, Beans.getReference(Language.class).getLocale());
        sections = new ArrayList<>();
        for (PersonalData.Section section : residents.myData(null).sections()) {
            String title = words.getString("data.section." + section.key());
            List<ShownRecord> records = new ArrayList<>();
            int count = section.records().size();
            for (PersonalData.Record record : section.records()) {
                List<Shown> shown = new ArrayList<>();
                record.values().forEach((key, value) -> shown.add(shown(words, section.key(), key, value)));
                String heading = count == 1 ? null : MessageFormat.format(words.getString("data.record"), title,
                        String.valueOf(records.size() + 1), String.valueOf(count));
                records.add(new ShownRecord(heading, shown));
            }
            sections.add(new ShownSection(section.key(), title, records));
        }
    }

    public List<ShownSection> getSections() {
        return sections;
    }

    private Shown shown(ResourceBundle words, String section, String key, Serializable value) {
        String label = word(words, "data.field." + key, key);
        if (value instanceof List<?> items) {
            return new Shown(label, null, items.stream().map(String::valueOf).toList());
        }
        return new Shown(label, text(words, section + "." + key, value), null);
    }

    private String text(ResourceBundle words, String field, Serializable value) {
        if (value instanceof Instant instant) {
            return dates.when(instant);
        }
        if (value instanceof Boolean yes) {
            return words.getString(yes ? "data.yes" : "data.no");
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof PersonalData.File file) {
            return words.getString("data.file").replace("{0}", file.name());
        }
        if (CODES.containsKey(field)) {
            return word(words, CODES.get(field) + value, value.toString());
        }
        return value.toString();
    }

    private static String word(ResourceBundle words, String key, String otherwise) {
        return words.containsKey(key) ? words.getString(key) : otherwise;
    }
}
