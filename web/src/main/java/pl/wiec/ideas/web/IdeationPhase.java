package pl.wiec.ideas.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.util.Faces;

import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.boundary.NotAllowed;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.web.ProjectPage;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;
import pl.wiec.web.LocalPath;
import pl.wiec.web.Texts;

/**
 * The ideation phase on a project page: the ideas as a list and on a map, and the form to submit one, or what the
 * resident has to do first (sign in, confirm the address, verify with login.gov.pl...).
 */
@Named
@ViewScoped
public class IdeationPhase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ideas ideas;

    @Inject
    Residents residents;

    @Inject
    ProjectPage page;

    @Inject
    @ConfigProperty(name = "wiec.map.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    @Inject
    @ConfigProperty(name = "wiec.map.attribution", defaultValue = "© OpenStreetMap contributors")
    String attribution;

    @Inject
    @ConfigProperty(name = "wiec.map.center", defaultValue = "53.8436,22.9799")
    String center;

    private String title;
    private String body;
    private String place;
    private Double latitude;
    private Double longitude;
    private transient List<Idea> list;
    private Long submittedId;
    private transient java.util.Map<Long, Long> likes;

    @Inject
    pl.wiec.discussion.boundary.Reactions reactions;

    private transient java.util.Map<Long, Long> supports;

    /** Supports of a proposal on this page. */
    public long supportsOf(Idea idea) {
        if (supports == null) {
            supports = ideas.supportCounts(getIdeas().stream().map(Idea::id).toList());
        }
        return supports.getOrDefault(idea.id(), 0L);
    }

    /** Likes of an idea on this page. */
    public long likesOf(Idea idea) {
        if (likes == null) {
            likes = reactions.counts(getIdeas().stream().map(Idea::id).toList());
        }
        return likes.getOrDefault(idea.id(), 0L);
    }

    public List<Idea> getIdeas() {
        if (list == null) {
            list = ideas.of(page.getId(), 0);
        }
        return list;
    }

    public long getCount() {
        return ideas.count(page.getId());
    }

    /** Why the person may not submit now, as a message key; null if they may. */
    public String getRefusal() {
        ResidentAccount me = Faces.getRequest().isUserInRole(Resident.ROLE) ? residents.me() : null;
        Optional<Refusal> refusal = ideas.whyNot(page.getId(), me);
        return refusal.map(reason -> "eligibility." + reason.name()).orElse(null);
    }

    public String getSignInUrl() {
        return LocalPath.signInReturningTo(Faces.getRequestContextPath(),
                Faces.getRequestContextPath() + "/project.xhtml?id=" + page.getId());
    }

    public void submit() {
        try {
            Idea idea = ideas.submit(page.getId(), new IdeaDraft(title, body, place, latitude, longitude));
            submittedId = idea.id();
            title = null;
            body = null;
            place = null;
            latitude = null;
            longitude = null;
            list = null;
            likes = null;
            supports = null;
            Texts.info("ideas.submitted");
        } catch (NotAllowed e) {
            Texts.error("eligibility." + e.refusal().name());
            Faces.validationFailed();
        }
    }

    /** The ideas with a point, as JSON for the map script: id, title, latitude, longitude. */
    public String getPointsJson() {
        JsonArrayBuilder points = Json.createArrayBuilder();
        for (Idea idea : getIdeas()) {
            if (idea.hasPoint()) {
                points.add(Json.createObjectBuilder().add("id", idea.id()).add("title", idea.title())
                        .add("lat", idea.latitude()).add("lng", idea.longitude()));
            }
        }
        return points.build().toString();
    }

    public String getTileUrl() {
        return tileUrl;
    }

    public String getAttribution() {
        return attribution;
    }

    public String getCenter() {
        return center;
    }

    public Long getSubmittedId() {
        return submittedId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }
}
