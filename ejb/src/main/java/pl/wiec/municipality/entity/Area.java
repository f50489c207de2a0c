package pl.wiec.municipality.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A part of the municipality a project can concern (osiedle, sołectwo, the whole gmina), with an optional code. */
@Entity
@Table(name = "area")
public class Area extends NamedEntry {

    @Id
    @SequenceGenerator(name = "area_seq", sequenceName = "area_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "area_seq")
    private Long id;

    private String code;

    /** A GeoJSON Polygon or MultiPolygon, checked by {@link AreaOutline}; null without one. */
    private String outline;

    protected Area() {
    }

    public Area(String namePl, String nameEn, String code, int position) {
        rename(new String[] { namePl, nameEn, code }, position);
    }

    /** Fields {@code Polish | English | code (TERYT/SIMC or the office's own)}. */
    @Override
    public void rename(String[] fields, int position) {
        name(fields[0], fields[1], position);
        this.code = fields.length < 3 || fields[2] == null || fields[2].isBlank() ? null : fields[2].trim();
    }

    @Override
    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String outline() {
        return outline;
    }

    /**
     * @throws IllegalArgumentException
     *             the outline is not a Polygon or MultiPolygon GeoJSON geometry (the message says why)
     */
    public void outline(String geoJson) {
        this.outline = AreaOutline.checked(geoJson);
    }
}
