package pl.wiec.ideas.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.boundary.InputManager;
import pl.wiec.ideas.entity.IdeaStatus;
import pl.wiec.municipality.entity.BrandColour;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/statuses.xhtml}: the administrator names the statuses of ideas in Polish and English and gives each
 * a colour (the badge shows white text on it, so it must be dark enough), and adds statuses of their own.
 */
@Named
@ViewScoped
public class StatusEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ideas ideas;

    @Inject
    InputManager manager;

    /** One status as the form edits it; a null key is the new one. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String labelPl;
        private String labelEn;
        private String colour = "#1d4f91";

        public String getKey() {
            return key;
        }

        public String getLabelPl() {
            return labelPl;
        }

        public void setLabelPl(String labelPl) {
            this.labelPl = labelPl;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getColour() {
            return colour;
        }

        public void setColour(String colour) {
            this.colour = colour;
        }
    }

    private List<Row> rows;
    private Row added = new Row();

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        for (IdeaStatus status : ideas.statuses()) {
            Row row = new Row();
            row.key = status.key();
            row.labelPl = status.labelPl();
            row.labelEn = status.labelEn();
            row.colour = status.colour();
            rows.add(row);
        }
    }

    public void save(Row row, int index) {
        if (valid(row, "statuses:" + index + ":")) {
            manager.saveStatus(row.key, row.labelPl, row.labelEn, row.colour);
            Texts.info("statuses.saved", row.labelPl.trim());
            load();
        }
    }

    public void add() {
        if (valid(added, "")) {
            IdeaStatus status = manager.saveStatus(null, added.labelPl, added.labelEn, added.colour);
            Texts.info("statuses.added", status.labelPl());
            added = new Row();
            load();
        }
    }

    /** The same checks as the boundary's, with a message beside the field and nothing typed lost. */
    private static boolean valid(Row row, String prefix) {
        boolean valid = true;
        if (row.labelPl == null || row.labelPl.isBlank() || row.labelPl.length() > 60) {
            Texts.fieldError(prefix + "labelPl", "statuses.labelPl.required");
            valid = false;
        }
        if (row.labelEn != null && row.labelEn.length() > 60) {
            Texts.fieldError(prefix + "labelEn", "statuses.labelEn.long");
            valid = false;
        }
        if (row.colour == null || !BrandColour.isWellFormed(row.colour.trim())) {
            Texts.fieldError(prefix + "colour", "statuses.colour.format");
            valid = false;
        } else if (BrandColour.contrastWithWhite(row.colour.trim()) < BrandColour.MINIMUM_CONTRAST_WITH_WHITE) {
            Texts.fieldError(prefix + "colour", "statuses.colour.contrast",
                    String.format(java.util.Locale.ROOT, "%.1f", BrandColour.contrastWithWhite(row.colour.trim())));
            valid = false;
        }
        if (!valid) {
            Faces.validationFailed();
        }
        return valid;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getAdded() {
        return added;
    }
}
