package pl.wiec.ideas.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.discussion.boundary.Reactions;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;
import pl.wiec.residents.entity.Resident;

/** {@code idea.xhtml?id=N}: one idea with its project. */
@Named
@ViewScoped
public class IdeaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ideas ideas;

    @Inject
    Projects projects;

    @Inject
    Reactions reactions;

    private Long id;
    private transient Idea idea;
    private transient Project project;

    public void load() {
        idea = id == null ? null : ideas.find(id).orElse(null);
        if (idea == null) {
            Faces.responseSendError(404, "No such idea");
            Faces.responseComplete();
            return;
        }
        project = projects.find(idea.projectId()).orElseThrow();
    }

    public Idea getIdea() {
        if (idea == null && id != null) {
            idea = ideas.find(id).orElse(null);
        }
        return idea;
    }

    public Project getProject() {
        if (project == null && getIdea() != null) {
            project = projects.find(idea.projectId()).orElse(null);
        }
        return project;
    }

    public long getLikes() {
        return reactions.counts(java.util.List.of(id)).getOrDefault(id, 0L);
    }

    public boolean isResident() {
        return Faces.getRequest().isUserInRole(Resident.ROLE);
    }

    public boolean isLikedByMe() {
        return isResident() && reactions.likedByMe(id);
    }

    private String flagReason;
    private boolean flagged;

    /** A resident asks moderators to look at the idea. */
    public void flag() {
        if (flagReason != null && flagReason.length() > 500) {
            pl.wiec.web.Texts.fieldError("flagReason", "moderation.flag.tooLong");
            return;
        }
        ideas.flag(id, flagReason);
        flagged = true;
        flagReason = null;
        pl.wiec.web.Texts.info("moderation.flag.thanks");
    }

    public String getFlagReason() {
        return flagReason;
    }

    public void setFlagReason(String flagReason) {
        this.flagReason = flagReason;
    }

    public boolean isFlagged() {
        return flagged;
    }

    private boolean editing;
    private String newTitle;
    private String newBody;
    private String newPlace;
    private boolean removePoint;

    /** Whether the signed-in author may still change the idea. */
    public boolean isRewritable() {
        return isResident() && ideas.canRewrite(id);
    }

    public void startEditing() {
        editing = true;
        newTitle = getIdea().title();
        newBody = getIdea().body();
        newPlace = getIdea().place();
        removePoint = false;
    }

    public void saveEditing() {
        Idea current = ideas.find(id).orElseThrow();
        boolean keepPoint = current.hasPoint() && !removePoint;
        try {
            ideas.rewrite(id, current.version(), new pl.wiec.ideas.entity.IdeaDraft(newTitle, newBody, newPlace,
                    keepPoint ? current.latitude() : null, keepPoint ? current.longitude() : null));
            editing = false;
            idea = null;
            pl.wiec.web.Texts.info("ideas.rewritten");
        } catch (pl.wiec.ideas.boundary.NotAllowed e) {
            editing = false;
            pl.wiec.web.Texts.error("ideas.rewriteClosed");
        } catch (pl.wiec.ideas.boundary.IdeaChangedMeanwhile e) {
            pl.wiec.web.Texts.error("ideaCase.changedMeanwhile");
        }
    }

    public void cancelEditing() {
        editing = false;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewBody() {
        return newBody;
    }

    public void setNewBody(String newBody) {
        this.newBody = newBody;
    }

    public String getNewPlace() {
        return newPlace;
    }

    public void setNewPlace(String newPlace) {
        this.newPlace = newPlace;
    }

    public boolean isRemovePoint() {
        return removePoint;
    }

    public void setRemovePoint(boolean removePoint) {
        this.removePoint = removePoint;
    }

    public long getSupports() {
        return ideas.supports(id);
    }

    /** Supports the proposal needs, from its phase's rule. */
    public Integer getThreshold() {
        return ideas.phaseOf(getIdea()).supportThreshold();
    }

    public long getDaysLeft() {
        java.time.Instant until = getIdea().supportsUntil();
        long seconds = java.time.Duration.between(java.time.Instant.now(), until).getSeconds();
        return seconds <= 0 ? 0 : (seconds + 86_399) / 86_400;
    }

    public boolean isSupportedByMe() {
        return isResident() && ideas.supportedByMe(id);
    }

    public void support() {
        try {
            ideas.support(id);
            idea = null;
            pl.wiec.web.Texts.info("proposal.thanks");
        } catch (pl.wiec.ideas.boundary.NotAllowed e) {
            pl.wiec.web.Texts.error("eligibility." + e.refusal().name());
        }
    }

    public void like() {
        reactions.like(id);
    }

    public void unlike() {
        reactions.unlike(id);
    }

    public String getSignInUrl() {
        return pl.wiec.web.LocalPath.signInReturningTo(Faces.getRequestContextPath(),
                Faces.getRequestContextPath() + "/idea.xhtml?id=" + id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
