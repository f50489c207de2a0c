package pl.wiec.projects.control;

/**
 * A way residents take part in a phase (information, ideation, proposals; later voting, surveys, polls...). Each method
 * is an {@code @ApplicationScoped} CDI bean of its own component; {@link ParticipationMethods} finds them all. Adding a
 * method adds a bean, never a branch in the projects component.
 */
public interface ParticipationMethod {

    /** Stored with each phase; stable forever, lowercase, e.g. {@code information}. */
    String key();

    /** The key of its name in the web module's message bundles, e.g. {@code method.information}. */
    default String labelKey() {
        return "method." + key();
    }

    /** Whether the method counts supports, so that its phases need a threshold and a number of days. */
    default boolean countsSupports() {
        return false;
    }

    /**
     * The Facelets file the project page includes for a running phase of this method (in the web module), e.g.
     * {@code /WEB-INF/methods/information.xhtml}; it receives {@code project} and {@code phase}.
     */
    default String residentView() {
        return "/WEB-INF/methods/" + key() + ".xhtml";
    }
}
