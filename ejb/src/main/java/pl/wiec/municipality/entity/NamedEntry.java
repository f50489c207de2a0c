package pl.wiec.municipality.entity;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An entry of one of the municipality's lists (areas, topics, folders of projects): a Polish name, an optional English
 * one shown in English (the Polish one otherwise), and its place in the list.
 */
@MappedSuperclass
public abstract class NamedEntry {

    @Column(name = "name_pl", nullable = false)
    private String namePl;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected void name(String namePl, String nameEn, int position) {
        this.namePl = namePl.trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
        this.position = position;
    }

    /** Takes the fields of a line ({@code Polish | English | ...}) and its place. */
    public abstract void rename(String[] fields, int position);

    public abstract Long id();

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
