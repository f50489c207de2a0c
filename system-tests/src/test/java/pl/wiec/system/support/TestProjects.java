package pl.wiec.system.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.ProjectTexts;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;

/** Projects for tests, made as a clerk makes them: created with a unique title, planned, and shown. */
public final class TestProjects {

    private TestProjects() {
    }

    /**
     * A project titled {@code title} plus a random suffix, with the phases the function plans from today (Warsaw time),
     * in the given visibility.
     *
     * @return its id
     */
    public static long create(Projects projects, String title, Visibility visibility,
            Function<LocalDate, List<PhasePlan>> phases) throws Exception {
        return Staff.as(Staff.CLERK, () -> {
            Project created = projects.create(new ProjectTexts(LocalizedText.polish(title + " " + UUID.randomUUID()),
                    LocalizedText.polish("Projekt do testów"), LocalizedText.polish(null)));
            created = projects.plan(created.id(), created.version(), phases.apply(projects.today()));
            return projects.show(created.id(), created.version(), visibility).id();
        });
    }

    /** A published project with one phase of the method, from yesterday for a week, that anyone signed in may use. */
    public static long running(Projects projects, String title, String method) throws Exception {
        return create(projects, title, Visibility.PUBLISHED, today -> List.of(phase(today, method)));
    }

    /** A phase of the method from yesterday for a week, with the rule that anyone signed in may act. */
    public static PhasePlan phase(LocalDate today, String method) {
        return new PhasePlan(null, LocalizedText.polish("Etap"), today.minusDays(1), today.plusDays(7), method,
                Requirement.SIGNED_IN, null);
    }
}
