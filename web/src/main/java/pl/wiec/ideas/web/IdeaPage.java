package pl.wiec.ideas.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.discussion.boundary.Reactions;
import pl.wiec.discussion.entity.Reaction;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaImage;
import pl.wiec.ideas.entity.ImageRef;
import pl.wiec.notifications.boundary.Follows;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.web.Refusals;
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

    @Inject
    Follows follows;

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

    private transient Idea mergedInto;

    /** The idea this one was merged into (as residents may see it), or null. */
    public Idea getMergedInto() {
        if (mergedInto == null && getIdea() != null && getIdea().mergedInto() != null) {
            mergedInto = ideas.find(getIdea().mergedInto()).orElse(null);
        }
        return mergedInto;
    }

    @Inject
    pl.wiec.municipality.boundary.Taxonomy taxonomy;

    @Inject
    pl.wiec.web.Language language;

    /** The idea's area and topics by name, in the person's language ("Zarzecze · Zieleń i klimat"); empty if none. */
    public String getTags() {
        java.util.Locale locale = language.getLocale();
        java.util.List<String> names = new java.util.ArrayList<>();
        taxonomy.areas().stream().filter(area -> area.id().equals(getIdea().areaId()))
                .forEach(area -> names.add(area.name(locale)));
        taxonomy.topics().stream().filter(topic -> getIdea().topicIds().contains(topic.id()))
                .forEach(topic -> names.add(topic.name(locale)));
        return String.join(" · ", names);
    }

    private transient List<ImageRef> images;
    private final PhotoUpload photo = new PhotoUpload();

    public List<ImageRef> getImages() {
        if (images == null) {
            images = ideas.images(id);
        }
        return images;
    }

    /** Whether the author may add another photo now. */
    public boolean isImageAddable() {
        return isRewritable() && getImages().size() < IdeaImage.MAX_PER_IDEA;
    }

    public void addImage() {
        byte[] image = photo.take("newImage", "newImageDescription", true);
        if (image == null) {
            return;
        }
        try {
            ideas.addImage(id, image, photo.getDescription());
            photo.clear();
            images = null;
            pl.wiec.web.Texts.info("ideas.image.added");
        } catch (NotAllowed e) {
            pl.wiec.web.Texts.error("ideas.rewriteClosed");
        }
    }

    public void removeImage(long imageId) {
        try {
            ideas.removeImage(imageId);
            images = null;
            pl.wiec.web.Texts.info("ideas.image.removed");
        } catch (NotAllowed e) {
            pl.wiec.web.Texts.error("ideas.rewriteClosed");
        }
    }

    public PhotoUpload getPhoto() {
        return photo;
    }

    public boolean isResident() {
        return Faces.getRequest().isUserInRole(Resident.ROLE);
    }

    private transient java.util.Map<Action, java.util.Optional<Refusal>> refusals;

    /** Why the person may not do the action on this idea (by its phase's rule); null if they may. */
    public Refusal refusalOf(Action action) {
        if (refusals == null) {
            refusals = new java.util.EnumMap<>(Action.class);
        }
        return refusals.computeIfAbsent(action, a -> ideas.whyNotOn(id, a)).orElse(null);
    }

    /** The refusal as the person reads it. */
    public String refusalText(Action action, Refusal refusal) {
        return Refusals.of(action, refusal, getPhase().rule(action));
    }

    private transient Phase phase;

    public Phase getPhase() {
        if (phase == null) {
            phase = ideas.phaseOf(getIdea());
        }
        return phase;
    }

    private transient java.util.Optional<Reaction.Kind> myReaction;

    /** LIKE, DISLIKE, or null when the caller has not reacted (or is not signed in). */
    public Reaction.Kind getMyReaction() {
        if (myReaction == null) {
            myReaction = isResident() ? reactions.mine(id) : java.util.Optional.empty();
        }
        return myReaction.orElse(null);
    }

    public void like() {
        react(Reaction.Kind.LIKE);
    }

    public void dislike() {
        react(Reaction.Kind.DISLIKE);
    }

    /** Takes the reaction back. */
    public void withdraw() {
        reactions.withdraw(id);
        changed();
    }

    private void react(Reaction.Kind kind) {
        try {
            if (kind == Reaction.Kind.LIKE) {
                reactions.like(id);
            } else {
                reactions.dislike(id);
            }
        } catch (NotAllowed e) {
            pl.wiec.web.Texts.errorText(refusalText(Action.REACT, e.refusal()));
        }
        changed();
    }

    private void changed() {
        idea = null;
        myReaction = null;
        refusals = null;
    }

    private transient Boolean following;

    public boolean isFollowing() {
        if (following == null) {
            following = isResident() && follows.following(Subject.IDEA, id);
        }
        return following;
    }

    public void follow() {
        follows.follow(Subject.IDEA, id);
        following = true;
        pl.wiec.web.Texts.info("follow.idea.done");
    }

    public void unfollow() {
        follows.unfollow(Subject.IDEA, id);
        following = false;
        pl.wiec.web.Texts.info("follow.idea.undone");
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
            ideas.rewrite(id, current.version(),
                    new pl.wiec.ideas.entity.IdeaDraft(newTitle, newBody, newPlace,
                            keepPoint ? current.latitude() : null, keepPoint ? current.longitude() : null,
                            current.areaId(), current.topicIds()));
            editing = false;
            idea = null;
            pl.wiec.web.Texts.info("ideas.rewritten");
        } catch (pl.wiec.projects.boundary.NotAllowed e) {
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
        return getPhase().supportThreshold();
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
            changed();
            pl.wiec.web.Texts.info("proposal.thanks");
        } catch (NotAllowed e) {
            pl.wiec.web.Texts.errorText(refusalText(Action.SUPPORT, e.refusal()));
            changed();
        }
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
