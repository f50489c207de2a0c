package pl.wiec.ideas.entity;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A status ideas can have, with the installation's own labels and colour (white text on it reads at 4.5:1). */
@Entity
@Table(name = "idea_status")
public class IdeaStatus {

    public static final String SUBMITTED = "submitted";
    /** A duplicate merged into another idea (set by merging, never chosen). */
    public static final String MERGED = "merged";

    @Id
    @Column(name = "status_key")
    private String key;

    @Column(name = "label_pl", nullable = false)
    private String labelPl;

    @Column(name = "label_en")
    private String labelEn;

    @Column(nullable = false)
    private String colour;

    @Column(nullable = false)
    private int position;

    protected IdeaStatus() {
    }

    public IdeaStatus(String key, String labelPl, String labelEn, String colour, int position) {
        this.key = key;
        this.position = position;
        relabel(labelPl, labelEn, colour);
    }

    /** The installation's own words and colour for the status; its key and meaning stay. */
    public void relabel(String labelPl, String labelEn, String colour) {
        this.labelPl = labelPl.trim();
        this.labelEn = labelEn == null || labelEn.isBlank() ? null : labelEn.trim();
        this.colour = colour.trim().toLowerCase(Locale.ROOT);
    }

    /** The key of a new status made from its Polish label: lower-case ASCII letters, digits and hyphens. */
    public static String keyFor(String labelPl) {
        String ascii = java.text.Normalizer
                .normalize(labelPl.replace('ł', 'l').replace('Ł', 'L'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return key.length() > 30 ? key.substring(0, 30) : key;
    }

    public String labelPl() {
        return labelPl;
    }

    public String labelEn() {
        return labelEn;
    }

    public String key() {
        return key;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelPl;
    }

    public String colour() {
        return colour;
    }

    public int position() {
        return position;
    }
}
