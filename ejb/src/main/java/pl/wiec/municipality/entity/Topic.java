package pl.wiec.municipality.entity;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A topic a project is about (greenery, transport, culture...). */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    private Long id;

    @Column(name = "name_pl", nullable = false)
    private String namePl;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected Topic() {
    }

    public Topic(String namePl, String nameEn, int position) {
        rename(namePl, nameEn, position);
    }

    public void rename(String namePl, String nameEn, int position) {
        this.namePl = namePl.trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String namePl() {
        return namePl;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : namePl;
    }
}
