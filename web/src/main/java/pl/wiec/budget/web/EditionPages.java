package pl.wiec.budget.web;

import java.util.Optional;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.entity.Edition;
import pl.wiec.projects.boundary.Projects;

/** What the budget's pages share: finding the edition a page is about, or answering 404 like any missing page. */
final class EditionPages {

    /** The edition's project title (in Polish, as the back office shows it) and its rules and pools. */
    record Found(String title, Edition edition) {
    }

    private EditionPages() {
    }

    /** The edition of the project, if it is one the caller may see; otherwise 404 and empty. */
    static Optional<Found> find(Projects projects, BudgetEditions editions, Long project) {
        Optional<Found> found = project == null ? Optional.empty() : projects.find(project)
                .flatMap(p -> editions.edition(project).map(edition -> new Found(p.title().pl(), edition)));
        if (found.isEmpty()) {
            Faces.responseSendError(404, "No such budget edition");
            Faces.responseComplete();
        }
        return found;
    }
}
