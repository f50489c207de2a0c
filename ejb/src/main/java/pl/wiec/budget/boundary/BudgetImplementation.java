package pl.wiec.budget.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Outcome;
import pl.wiec.budget.entity.Progress;
import pl.wiec.budget.entity.Stage;
import pl.wiec.notifications.entity.FollowedHappening;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.notifications.entity.Words;
import pl.wiec.staff.entity.Roles;

/**
 * How the winning projects of a published count are carried out: staff report each step (the stage reached and what
 * happened, on a day); anyone reads every winner's current stage and history. The author and the edition's followers
 * hear of each step.
 */
@Stateless
public class BudgetImplementation {

    public static final String REPORTED = "budget.project.progress";

    /** Result lines of the current version only: a correction may have changed the winners. */
    private static final String CURRENT = " and r.version = (select max(v.number) from ResultVersion v"
            + " where v.editionId = r.editionId)";

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetEditions editions;

    @Inject
    Event<StaffAction> staffActions;

    @Inject
    Event<Happening> happenings;

    @Inject
    Event<FollowedHappening> followed;

    /** A winning project with its reports, oldest first. */
    public record Winner(BudgetProject project, List<Progress> reports) {
    }

    /**
     * Reports a step of a winning project.
     *
     * @throws IllegalArgumentException
     *             when the project did not win in a published count
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Progress report(long projectId, @NotNull Stage stage, @NotBlank @Size(max = 4000) String note,
            @NotNull LocalDate on) {
        BudgetProject project = em.find(BudgetProject.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null || !won(project)) {
            throw new IllegalArgumentException("Budget project " + projectId + " did not win in a published count");
        }
        Progress report = project.report(stage, note, on, Instant.now(Clock.systemUTC()));
        em.persist(report);
        staffActions.fire(new StaffAction(REPORTED, "budget project " + projectId, stage + " on " + on + ": " + note));
        Words title = Words.same(project.title());
        Words detail = new Words(Labels.PL.get(stage) + " — " + note.strip(),
                Labels.EN.get(stage) + " — " + note.strip());
        String link = "/budget/implementation.xhtml?project=" + project.editionId();
        if (project.authorId() != null) {
            happenings.fire(new Happening(project.authorId(), Kind.BUDGET_PROGRESS, title, detail, link));
        }
        followed.fire(new FollowedHappening(Subject.PROJECT, project.editionId(), project.authorId(),
                Kind.BUDGET_PROGRESS, title, detail, link));
        return report;
    }

    /** The winners of the edition's published count, by number, with their reports; empty before publication. */
    @PermitAll
    public List<Winner> winners(long editionId) {
        if (editions.edition(editionId).flatMap(e -> e.publishedAt()).isEmpty()) {
            return List.of();
        }
        List<BudgetProject> won = em
                .createQuery(
                        "select p from BudgetProject p, Result r where r.projectId = p.id and r.editionId = :edition"
                                + " and r.outcome = :won" + CURRENT + " order by p.number",
                        BudgetProject.class)
                .setParameter("edition", editionId).setParameter("won", Outcome.WON).getResultList();
        Map<Long, List<Progress>> reports = em
                .createQuery(
                        "select g from Progress g, BudgetProject p where g.projectId = p.id and p.editionId = :edition"
                                + " order by g.reportedOn, g.id",
                        Progress.class)
                .setParameter("edition", editionId).getResultStream()
                .collect(Collectors.groupingBy(Progress::projectId));
        return won.stream().map(p -> new Winner(p, reports.getOrDefault(p.id(), List.of()))).toList();
    }

    private boolean won(BudgetProject project) {
        return editions.edition(project.editionId()).flatMap(e -> e.publishedAt()).isPresent() && !em
                .createQuery(
                        "select r.projectId from Result r where r.projectId = :project and r.outcome = :won" + CURRENT,
                        Long.class)
                .setParameter("project", project.id()).setParameter("won", Outcome.WON).getResultList().isEmpty();
    }

    /** The stages' names in notifications (the pages take theirs from the resource bundles). */
    private static final class Labels {
        static final Map<Stage, String> PL = Map.of(Stage.PLANNED, "zaplanowany", Stage.DESIGN, "projektowanie",
                Stage.PROCUREMENT, "wybór wykonawcy", Stage.IN_PROGRESS, "w realizacji", Stage.COMPLETED,
                "zrealizowany", Stage.ABANDONED, "nie zostanie zrealizowany");
        static final Map<Stage, String> EN = Map.of(Stage.PLANNED, "planned", Stage.DESIGN, "design", Stage.PROCUREMENT,
                "choosing the contractor", Stage.IN_PROGRESS, "in progress", Stage.COMPLETED, "completed",
                Stage.ABANDONED, "will not be carried out");
    }
}
