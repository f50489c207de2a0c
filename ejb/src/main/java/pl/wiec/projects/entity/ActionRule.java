package pl.wiec.projects.entity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who may do one action in a phase: how far their identity must be verified, from what age, and (optionally) only
 * residents who declared living in one of the given areas. The areas are the names residents choose from in their
 * profile (the municipality's list of osiedla and sołectwa): residency is the resident's declaration, as in Polish
 * municipal rules.
 */
@Embeddable
public class ActionRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Requirement requires = Requirement.SIGNED_IN;

    private Integer minimumAge;

    /** The areas, one per line; null for "wherever they live". */
    @Column(length = 4000)
    private String areas;

    protected ActionRule() {
    }

    public ActionRule(Requirement requires, Integer minimumAge, Collection<String> areas) {
        this.requires = requires == null ? Requirement.SIGNED_IN : requires;
        this.minimumAge = minimumAge;
        Set<String> chosen = new LinkedHashSet<>();
        if (areas != null) {
            areas.stream().filter(Objects::nonNull).map(String::trim).filter(area -> !area.isEmpty())
                    .forEach(chosen::add);
        }
        this.areas = chosen.isEmpty() ? null : String.join("\n", chosen);
    }

    /** Anyone signed in, of any age, wherever they live. */
    public static ActionRule anyoneSignedIn() {
        return new ActionRule(Requirement.SIGNED_IN, null, null);
    }

    public Requirement requires() {
        return requires == null ? Requirement.SIGNED_IN : requires;
    }

    public Integer minimumAge() {
        return minimumAge;
    }

    /** The areas whose residents may act, in the order staff chose them; empty for everyone. */
    public Set<String> areas() {
        return areas == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(areas.split("\n")));
    }

    public boolean isAreaLimited() {
        return areas != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActionRule that && requires() == that.requires()
                && Objects.equals(minimumAge, that.minimumAge) && Objects.equals(areas, that.areas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requires(), minimumAge, areas);
    }

    @Override
    public String toString() {
        return requires() + (minimumAge == null ? "" : ", from " + minimumAge)
                + (areas == null ? "" : ", residents of " + String.join("; ", areas()));
    }
}
