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
