package pl.wiec.municipality.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.municipality.boundary.EntryInUse;
import pl.wiec.municipality.boundary.Taxonomy;
import pl.wiec.municipality.entity.Area;
import pl.wiec.platform.boundary.InvalidInput;
import pl.wiec.web.Texts;

/** {@code backoffice/taxonomy.xhtml}: the administrator's lists of areas and topics, a line each. */
@Named
@ViewScoped
public class TaxonomyEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Taxonomy taxonomy;

    private String areas;
    private String topics;
    private String folders;
    private final java.util.Map<Long, String> outlines = new java.util.HashMap<>();
    private transient List<Area> areaList;

    @PostConstruct
    void load() {
        areas = taxonomy.areas().stream().map(TaxonomyEditor::line).collect(Collectors.joining("\n"));
        topics = taxonomy.topics().stream().map(TaxonomyEditor::line).collect(Collectors.joining("\n"));
        folders = taxonomy.folders().stream().map(TaxonomyEditor::line).collect(Collectors.joining("\n"));
        areaList = taxonomy.areas();
        outlines.clear();
        areaList.forEach(area -> outlines.put(area.id(), area.outline()));
    }

    /**
     * Saves the three lists, each on its own: a list that is refused (a name too long or with markup, an area a budget
     * pool still uses) is named beside its field with its text kept; the others are saved.
     */
    public void save() {
        boolean saved = save("areas", areas, taxonomy::replaceAreas);
        saved &= save("topics", topics, taxonomy::replaceTopics);
        saved &= save("folders", folders, taxonomy::replaceFolders);
        if (saved) {
            load();
            Texts.info("taxonomy.saved");
        } else {
            Faces.validationFailed();
        }
    }

    private static boolean save(String field, String text, Consumer<List<String>> replace) {
        try {
            replace.accept(Arrays.asList(text == null ? new String[0] : text.split("\\R")));
            return true;
        } catch (InvalidInput refused) {
            Texts.fieldError(field, "taxonomy.lines.invalid");
        } catch (EntryInUse inUse) {
            Texts.fieldError(field, "taxonomy.lines.inUse");
        }
        return false;
    }

    private static String line(pl.wiec.municipality.entity.NamedEntry entry) {
        return entry.namePl() + (entry.nameEn() == null ? "" : " | " + entry.nameEn());
    }

    private static String line(Area area) {
        return area.namePl() + (area.nameEn() == null && area.code() == null ? "" : " | "
                + (area.nameEn() == null ? "" : area.nameEn()) + (area.code() == null ? "" : " | " + area.code()));
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    /** Saves one area's outline; a malformed one is refused with the reason, and what was pasted stays. */
    public void saveOutline(Area area, int index) {
        String pasted = outlines.get(area.id());
        try {
            pl.wiec.municipality.entity.AreaOutline.checked(pasted);
        } catch (IllegalArgumentException malformed) {
            Texts.fieldError("outlines:" + index + ":outline", "taxonomy.outline.invalid", malformed.getMessage());
            org.omnifaces.util.Faces.validationFailed();
            return;
        }
        taxonomy.outline(area.id(), pasted);
        Texts.info("taxonomy.outline.saved", area.namePl());
        load();
    }

    public List<Area> getAreaList() {
        if (areaList == null) {
            areaList = taxonomy.areas();
        }
        return areaList;
    }

    public java.util.Map<Long, String> getOutlines() {
        return outlines;
    }

    public String getFolders() {
        return folders;
    }

    public void setFolders(String folders) {
        this.folders = folders;
    }
}
