package pl.wiec.municipality.entity;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A part of the municipality a project can concern (osiedle, sołectwo, the whole gmina), with an optional code. */
@Entity
@Table(name = "area")
public class Area {

    @Id
    @SequenceGenerator(name = "area_seq", sequenceName = "area_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "area_seq")
    private Long id;

    @Column(name = "name_pl", nullable = false)
    private String namePl;

    @Column(name = "name_en")
    private String nameEn;

    private String code;

    @Column(nullable = false)
    private int position;

    protected Area() {
    }

    public Area(String namePl, String nameEn, String code, int position) {
        rename(namePl, nameEn, code, position);
    }

    public void rename(String namePl, String nameEn, String code, int position) {
        this.namePl = namePl.trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
        this.code = code == null || code.isBlank() ? null : code.trim();
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

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : namePl;
    }
}
