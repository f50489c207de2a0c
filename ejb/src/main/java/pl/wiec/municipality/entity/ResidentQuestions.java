package pl.wiec.municipality.entity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The optional demographic questions the municipality asks on residents' profiles: year of birth, gender, and the area
 * of residence chosen from the municipality's own list (osiedla, sołectwa). Each answer is optional for the resident,
 * with "prefer not to say".
 */
@Embeddable
public class ResidentQuestions implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_AREAS_TEXT = 4000;

    @Column(name = "ask_birth_year", nullable = false)
    private boolean askBirthYear;

    @Column(name = "ask_gender", nullable = false)
    private boolean askGender;

    /** One area per line, in the order the municipality wants them listed. */
    @Column(name = "residence_areas", length = MAX_AREAS_TEXT)
    private String residenceAreas;

    protected ResidentQuestions() {
    }

    public ResidentQuestions(boolean askBirthYear, boolean askGender, String residenceAreasText) {
        this.askBirthYear = askBirthYear;
        this.askGender = askGender;
        List<String> areas = lines(residenceAreasText);
        this.residenceAreas = areas.isEmpty() ? null : String.join("\n", areas);
    }

    /** Trimmed, non-empty, distinct lines. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim)
                .filter(line -> !line.isEmpty()).distinct().toList();
    }

    public boolean askBirthYear() {
        return askBirthYear;
    }

    public boolean askGender() {
        return askGender;
    }

    public List<String> residenceAreas() {
        return lines(residenceAreas);
    }

    public boolean asksAnything() {
        return askBirthYear || askGender || !residenceAreas().isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentQuestions that && askBirthYear == that.askBirthYear
                && askGender == that.askGender && residenceAreas().equals(that.residenceAreas());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(askBirthYear, askGender, residenceAreas());
    }

    @Override
    public String toString() {
        return "birth year " + (askBirthYear ? "asked" : "not asked") + ", gender "
                + (askGender ? "asked" : "not asked") + ", areas: " + String.join("; ", residenceAreas());
    }
}
