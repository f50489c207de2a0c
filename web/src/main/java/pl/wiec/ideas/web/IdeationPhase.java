package pl.wiec.ideas.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.omnifaces.util.Faces;

import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.ideas.entity.IdeaListing;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.web.ProjectPage;
import pl.wiec.projects.web.Refusals;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;
import pl.wiec.web.Drafts;
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
    pl.wiec.web.MapSettings map;

    private String title;
    private String body;
    private String place;
    private Double latitude;
    private Double longitude;
    private final PhotoUpload photo = new PhotoUpload();
    private Long areaId;
    private List<Long> topicIds = new java.util.ArrayList<>();

    @Inject
    pl.wiec.municipality.boundary.Taxonomy taxonomy;

    private transient List<pl.wiec.municipality.entity.Area> areas;
    private transient List<pl.wiec.municipality.entity.Topic> topics;

    /** The areas an idea can concern: those the project is about, or all the municipality's if it names none. */
    public List<pl.wiec.municipality.entity.Area> getAreas() {
        if (areas == null) {
            areas = taxonomy.areas(page.getProject().areaIds());
        }
        return areas;
    }

    /** The topics an idea can have: the project's, or all the municipality's if it names none. */
    public List<pl.wiec.municipality.entity.Topic> getTopics() {
        if (topics == null) {
            topics = taxonomy.topics(page.getProject().topicIds());
        }
        return topics;
    }

    public PhotoUpload getPhoto() {
        return photo;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public List<Long> getTopicIds() {
        return topicIds;
    }

    public void setTopicIds(List<Long> topicIds) {
        this.topicIds = topicIds == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(topicIds);
    }

    private transient List<Idea> list;
    private transient IdeaListing listing;
    private transient Integer pageNumber;

    private transient java.util.Map<Long, Long> supports;

    /** Supports of a proposal on this page. */
    public long supportsOf(Idea idea) {
        if (supports == null) {
            supports = ideas.supportCounts(getIdeas().stream().map(Idea::id).toList());
        }
        return supports.getOrDefault(idea.id(), 0L);
    }

    public List<Idea> getIdeas() {
        if (list == null) {
            list = ideas.of(page.getId(), getListing(), (getPage() - 1) * Ideas.PAGE);
        }
        return list;
    }

    private transient Long count;

    /** How many ideas the chosen filter finds. */
    public long getCount() {
        if (count == null) {
            count = ideas.count(page.getId(), getListing());
        }
        return count;
    }

    /**
     * The order and filter from the page's address ({@code sort}, {@code status}, {@code q}, and {@code seed} for the
     * random order), so that a listing can be bookmarked and shared and works without JavaScript.
     */
    public IdeaListing getListing() {
        if (listing == null) {
            IdeaListing.Order order;
            try {
                String sort = Faces.getRequestParameter("sort");
                order = sort == null ? IdeaListing.Order.NEWEST : IdeaListing.Order.valueOf(sort);
            } catch (IllegalArgumentException unknown) {
                order = IdeaListing.Order.NEWEST;
            }
            listing = new IdeaListing(order, Faces.getRequestParameter("status"), Faces.getRequestParameter("q"),
                    number(Faces.getRequestParameter("seed"), new java.util.Random().nextInt(1_000_000)),
                    id(Faces.getRequestParameter("area")), id(Faces.getRequestParameter("topic")));
        }
        return listing;
    }

    /** The page of the list (from 1). */
    public int getPage() {
        if (pageNumber == null) {
            pageNumber = Math.max(1, number(Faces.getRequestParameter("page"), 1));
        }
        return pageNumber;
    }

    public boolean isLastPage() {
        return (long) getPage() * Ideas.PAGE >= getCount();
    }

    /** The address of another page of the same listing. */
    public String pageUrl(int number) {
        IdeaListing current = getListing();
        StringBuilder url = new StringBuilder(Faces.getRequestContextPath()).append("/project.xhtml?id=")
                .append(page.getId()).append("&sort=").append(current.order().name());
        if (current.status() != null) {
            url.append("&status=").append(java.net.URLEncoder.encode(current.status(), StandardCharsets.UTF_8));
        }
        if (current.search() != null) {
            url.append("&q=").append(java.net.URLEncoder.encode(current.search(), StandardCharsets.UTF_8));
        }
        if (current.areaId() != null) {
            url.append("&area=").append(current.areaId());
        }
        if (current.topicId() != null) {
            url.append("&topic=").append(current.topicId());
        }
        if (current.order() == IdeaListing.Order.RANDOM) {
            url.append("&seed=").append(current.seed());
        }
        return url.append("&page=").append(number).append("#ideas-heading").toString();
    }

    public IdeaListing.Order[] getOrders() {
        return IdeaListing.Order.values();
    }

    private static Long id(String text) {
        int id = number(text, -1);
        return id < 1 ? null : (long) id;
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.trim());
        } catch (NumberFormatException notNumber) {
            return otherwise;
        }
    }

    private transient Optional<Refusal> refusal;

    /** Why the person may not submit now; null if they may. */
    public Refusal getRefusal() {
        if (refusal == null) {
            ResidentAccount me = Faces.getRequest().isUserInRole(Resident.ROLE) ? residents.me() : null;
            refusal = ideas.whyNot(page.getId(), me);
        }
        return refusal.orElse(null);
    }

    public String getSignInUrl() {
        return LocalPath.signInReturningTo(Faces.getRequestContextPath(),
                Faces.getRequestContextPath() + "/project.xhtml?id=" + page.getId());
    }

    public void submit() {
        byte[] image = photo.take("ideaImage", "imageDescription", false);
        if (Faces.getContext().isValidationFailed()) {
            return;
        }
        try {
            Idea idea = ideas.submit(page.getId(),
                    new IdeaDraft(title, body, place, latitude, longitude, areaId, new java.util.HashSet<>(topicIds)));
            if (image != null) {
                ideas.addImage(idea.id(), image, photo.getDescription());
            }
            photo.clear();
            // POST-redirect-GET: the project's page is shown by a GET, so reloading it submits nothing again
            Texts.info("ideas.submitted");
            Faces.getFlash().setKeepMessages(true);
            Drafts.stored("idea");
            Faces.redirect(Faces.getRequestContextPath() + "/project.xhtml?id=" + page.getId());
        } catch (NotAllowed e) {
            refusal = Optional.of(e.refusal());
            pl.wiec.projects.entity.Phase phase = page.getCurrentPhase();
            if (phase == null) {
                Texts.error("eligibility.PHASE_CLOSED");
            } else {
                Texts.errorText(Refusals.of(Action.SUBMIT, e.refusal(), phase.rule(Action.SUBMIT)));
            }
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
        return map.getTileUrl();
    }

    public String getAttribution() {
        return map.getAttribution();
    }

    public String getCenter() {
        return map.getCenter();
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
