package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BatchSummary;
import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.boundary.PaperBallots;
import pl.wiec.budget.entity.Batch;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Publication;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/budget-paper.xhtml?project=N}: the edition's batches of paper and postal cards, who keyed each and
 * what its cards came to; a new batch is opened here for one ballot box or one delivery of post.
 */
@Named
@ViewScoped
public class PaperDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperBallots paper;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    @Inject
    BudgetResults results;

    private Long project;
    private String projectTitle;
    private transient Edition edition;
    private List<BatchSummary> batches = List.of();
    private Channel channel = Channel.PAPER;
    private String place;
    private Integer publishedVersion;

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        projectTitle = found.get().title();
        edition = found.get().edition();
        batches = paper.batches(project);
        publishedVersion = results.history(project).stream().findFirst().map(Publication::number).orElse(null);
    }

    /** The number of the result's current published version, or null: cards keyed now count only in a correction. */
    public Integer getPublishedVersion() {
        return publishedVersion;
    }

    public String open() {
        if (!getChannels().contains(channel)) {
            Texts.fieldError("channel", "paper.channel.required");
            Faces.validationFailed();
            return null;
        }
        String where = channel == Channel.POST ? Texts.text("paper.place.post") : place;
        if (where == null || where.isBlank()) {
            Texts.fieldError("place", "paper.place.required");
            Faces.validationFailed();
            return null;
        }
        Batch batch = paper.open(project, channel, where);
        return "/backoffice/budget-batch?faces-redirect=true&batch=" + batch.id();
    }

    private Edition getEdition() {
        if (edition == null) {
            edition = editions.edition(project).orElseThrow();
        }
        return edition;
    }

    public List<Channel> getChannels() {
        return getEdition().rules().channels().stream().filter(c -> c != Channel.ONLINE).sorted().toList();
    }

    public List<String> getPlaces() {
        return getEdition().rules().places();
    }

    public List<BatchSummary> getBatches() {
        return batches;
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

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
