package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.boundary.PublicationRefused;
import pl.wiec.budget.boundary.PublicationRefused.Obstacle;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.Publication;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/budget-results.xhtml?project=N}: staff see the count as it stands (an unofficial preview, on screen
 * and as a PDF marked so), what still stands in the way of the official count, and publish it once the vote has ended,
 * naming the commission that signs the protocol; after that, every publication is a correction, with its reason.
 */
@Named
@ViewScoped
public class CountingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetResults results;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    private Long project;
    private String projectTitle;
    private EditionCount preview;
    private EditionCount published;
    private List<Publication> history = List.of();
    private Set<Obstacle> obstacles = Set.of();
    private String resolution;
    private String commission;
    private String signedIn;
    private String reason;

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        projectTitle = found.get().title();
        refresh();
    }

    public void publish() {
        boolean correction = published != null;
        try {
            published = results.publish(project, resolution, commission, signedIn, reason);
        } catch (PublicationRefused refused) {
            for (Obstacle obstacle : refused.obstacles()) {
                switch (obstacle) {
                case COMMISSION_MISSING -> Texts.fieldError("commission", "counting.obstacle.COMMISSION_MISSING");
                case REASON_MISSING -> Texts.fieldError("reason", "counting.obstacle.REASON_MISSING");
                default -> Texts.error("counting.obstacle." + obstacle);
                }
            }
            return;
        }
        reason = null;
        refresh();
        Texts.info(correction ? "counting.correctedNow" : "counting.publishedNow");
    }

    private void refresh() {
        published = results.published(project).orElse(null);
        history = results.history(project);
        obstacles = results.obstacles(project);
        preview = results.count(project);
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public EditionCount getPreview() {
        return preview;
    }

    public EditionCount getPublished() {
        return published;
    }

    public List<Publication> getHistory() {
        return history;
    }

    public List<Obstacle> getObstacles() {
        return obstacles.stream().sorted().toList();
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getCommission() {
        return commission;
    }

    public void setCommission(String commission) {
        this.commission = commission;
    }

    public String getSignedIn() {
        return signedIn;
    }

    public void setSignedIn(String signedIn) {
        this.signedIn = signedIn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
