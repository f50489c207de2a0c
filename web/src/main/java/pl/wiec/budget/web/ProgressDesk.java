package pl.wiec.budget.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetImplementation;
import pl.wiec.budget.boundary.BudgetImplementation.Winner;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Stage;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.web.Dates;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/budget-implementation.xhtml?project=N}: staff report how the winning projects are carried out: for
 * a project, the stage it reached, the day and what happened. Residents read it on the public implementation page, and
 * the author and the edition's followers are notified.
 */
@Named
@ViewScoped
public class ProgressDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetImplementation implementation;

    @Inject
    Projects projects;

    private Long project;
    private String editionTitle;
    private transient Edition edition;
    private transient List<Winner> winners;
    private Long winnerId;
    private Stage stage;
    private LocalDate day = LocalDate.now(Dates.POLAND);
    private String note;

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        editionTitle = found.get().title();
        edition = found.get().edition();
    }

    /** Publishes the report; what is wrong is named beside its field and nothing typed is lost. */
    public void report() {
        boolean valid = true;
        if (winnerId == null || getWinners().stream().noneMatch(w -> w.project().id().equals(winnerId))) {
            Texts.fieldError("winner", "implementation.winner.required");
            valid = false;
        }
        if (stage == null) {
            Texts.fieldError("stage", "implementation.stage.required");
            valid = false;
        }
        if (day == null || day.isAfter(LocalDate.now(Dates.POLAND))) {
            Texts.fieldError("day", "implementation.day.invalid");
            valid = false;
        }
        if (note == null || note.isBlank() || note.length() > 4000) {
            Texts.fieldError("note", "implementation.note.required");
            valid = false;
        }
        if (!valid) {
            Faces.validationFailed();
            return;
        }
        implementation.report(winnerId, stage, note, day);
        Texts.info("implementation.reported");
        winners = null;
        note = null;
        stage = null;
        winnerId = null;
    }

    public List<Winner> getWinners() {
        if (winners == null) {
            winners = implementation.winners(project);
        }
        return winners;
    }

    public boolean isPublished() {
        return getEdition().publishedAt().isPresent();
    }

    public LocalizedText poolName(Winner winner) {
        return getEdition().pool(winner.project().poolId()).map(pl.wiec.budget.entity.Pool::name).orElse(null);
    }

    public Stage[] getStages() {
        return Stage.values();
    }

    private Edition getEdition() {
        if (edition == null) {
            edition = editions.edition(project).orElseThrow();
        }
        return edition;
    }

    public String getEditionTitle() {
        return editionTitle;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public Long getWinnerId() {
        return winnerId;
    }

    public void setWinnerId(Long winnerId) {
        this.winnerId = winnerId;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
