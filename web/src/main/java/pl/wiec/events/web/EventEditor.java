package pl.wiec.events.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.events.boundary.EventChangedMeanwhile;
import pl.wiec.events.boundary.EventRejected;
import pl.wiec.events.boundary.Events;
import pl.wiec.events.boundary.Registrant;
import pl.wiec.events.entity.CivicEvent;
import pl.wiec.events.entity.EventFormat;
import pl.wiec.events.entity.EventKind;
import pl.wiec.events.entity.EventPlan;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.AttachmentRef;
import pl.wiec.web.Dates;
import pl.wiec.web.DocumentUpload;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/event.xhtml[?id=N]}: staff describe an event (kind, in person/online/both, texts in Polish and
 * English, place with optional coordinates, link, start and end in Polish time, capacity, registration, the project it
 * belongs to), publish it, and afterwards see who registered, mark who came and record how many took part. A rule
 * broken is named beside its field, and nothing typed is lost.
 */
@Named
@ViewScoped
public class EventEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Map<EventPlan.Problem, String> FIELDS = Map.of(EventPlan.Problem.TITLE, "titlePl",
            EventPlan.Problem.DESCRIPTION, "descriptionPl", EventPlan.Problem.TIMES, "endsAt", EventPlan.Problem.PLACE,
            "place", EventPlan.Problem.COORDINATES, "latitude", EventPlan.Problem.ONLINE_URL, "onlineUrl",
            EventPlan.Problem.CAPACITY, "capacity");

    @Inject
    pl.wiec.ideas.boundary.PaperIdeas paperIdeas;

    @Inject
    Events events;

    @Inject
    Projects projects;

    @Inject
    pl.wiec.surveys.boundary.Polls polls;

    private transient java.util.List<pl.wiec.ideas.entity.Idea> collectedIdeas;
    private Long id;
    private long version;
    private boolean published;
    private EventKind kind = EventKind.MEETING;
    private EventFormat format = EventFormat.IN_PERSON;
    private String titlePl;
    private String titleEn;
    private String descriptionPl;
    private String descriptionEn;
    private String place;
    private String latitude;
    private String longitude;
    private String onlineUrl;
    private String startsAt;
    private String endsAt;
    private Integer capacity;
    private boolean registration = true;
    private Long projectId;
    private Integer participants;
    private List<Registrant> registrants = List.of();
    private transient List<Project> projectChoices;
    private transient List<AttachmentRef> documents;
    private final DocumentUpload document = new DocumentUpload();

    public void load() {
        if (id == null) {
            return;
        }
        CivicEvent event = events.find(id).map(view -> view.event()).orElse(null);
        if (event == null) {
            Faces.responseSendError(404, "No such event");
            Faces.responseComplete();
            return;
        }
        show(event);
    }

    private void show(CivicEvent event) {
        id = event.id();
        version = event.version();
        published = event.published();
        EventPlan plan = event.toPlan();
        kind = plan.kind();
        format = plan.format();
        titlePl = plan.title().pl();
        titleEn = plan.title().en();
        descriptionPl = plan.description().pl();
        descriptionEn = plan.description().en();
        place = plan.place();
        latitude = plan.latitude() == null ? null : plan.latitude().toString().replace('.', ',');
        longitude = plan.longitude() == null ? null : plan.longitude().toString().replace('.', ',');
        onlineUrl = plan.onlineUrl();
        startsAt = LOCAL.format(plan.startsAt().atZone(Dates.POLAND));
        endsAt = LOCAL.format(plan.endsAt().atZone(Dates.POLAND));
        capacity = plan.capacity();
        registration = plan.registration();
        projectId = plan.projectId();
        participants = event.participants();
        registrants = events.registrants(id);
    }

    /** Stores the description (creating the event the first time); a broken rule is named beside its field. */
    public String save() {
        java.time.Instant start = instant(startsAt, "startsAt");
        java.time.Instant end = instant(endsAt, "endsAt");
        if (titlePl == null || titlePl.isBlank()) {
            Texts.fieldError("titlePl", "eventEditor.problem.TITLE");
        }
        Double lat = degrees(latitude, "latitude");
        Double lon = degrees(longitude, "longitude");
        if (start == null || end == null || titlePl == null || titlePl.isBlank() || Faces.isValidationFailed()) {
            Faces.validationFailed();
            return null;
        }
        EventPlan plan = new EventPlan(kind, format, new LocalizedText(titlePl, titleEn),
                new LocalizedText(descriptionPl, descriptionEn), place, lat, lon, onlineUrl, start, end, capacity,
                registration, projectId);
        try {
            if (id == null) {
                CivicEvent created = events.create(plan);
                Faces.getFlash().setKeepMessages(true);
                Texts.info("eventEditor.created");
                return "/backoffice/event?faces-redirect=true&id=" + created.id();
            }
            show(events.plan(id, version, plan));
            Texts.info("eventEditor.saved");
        } catch (EventRejected e) {
            Texts.fieldError(FIELDS.get(e.problem()), "eventEditor.problem." + e.problem().name());
            Faces.validationFailed();
        } catch (EventChangedMeanwhile e) {
            Texts.error("eventEditor.changedMeanwhile");
            Faces.validationFailed();
        }
        return null;
    }

    public void publish(boolean shown) {
        try {
            show(events.publish(id, version, shown));
            Texts.info(shown ? "eventEditor.published" : "eventEditor.unpublished");
        } catch (EventChangedMeanwhile e) {
            Texts.error("eventEditor.changedMeanwhile");
        }
    }

    public void saveParticipants() {
        try {
            show(events.countParticipants(id, version, participants));
            Texts.info("eventEditor.participantsSaved");
        } catch (EventChangedMeanwhile e) {
            Texts.error("eventEditor.changedMeanwhile");
        }
    }

    public void attended(Registrant registrant, Boolean came) {
        events.attended(registrant.registrationId(), came);
        registrants = events.registrants(id);
    }

    /** Degrees typed with a decimal comma or point; null for nothing typed, and a message for anything else. */
    private static Double degrees(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            Texts.fieldError(field, "eventEditor.problem.COORDINATES");
            Faces.validationFailed();
            return null;
        }
    }

    private static java.time.Instant instant(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            Texts.fieldError(field, "eventEditor.problem.TIME_MISSING");
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip(), LOCAL).atZone(Dates.POLAND).toInstant();
        } catch (DateTimeParseException e) {
            Texts.fieldError(field, "eventEditor.problem.TIME_FORMAT");
            return null;
        }
    }

    public List<Project> getProjectChoices() {
        if (projectChoices == null) {
            projectChoices = projects.all();
        }
        return projectChoices;
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public EventFormat[] getFormats() {
        return EventFormat.values();
    }

    public boolean isNew() {
        return id == null;
    }

    /** Adds the document in the form (minutes, a photo) to the event. */
    public void attach() {
        DocumentUpload.Taken taken = document.take();
        if (taken == null) {
            return;
        }
        events.attach(id, taken.title(), taken.fileName(), taken.content());
        Texts.info("eventEditor.documents.added", taken.title());
        document.clear();
        documents = null;
    }

    public void detach(long documentId) {
        events.detach(documentId);
        documents = null;
        Texts.info("eventEditor.documents.removed");
    }

    public List<AttachmentRef> getDocuments() {
        if (documents == null) {
            documents = id == null ? List.of() : events.documents(id);
        }
        return documents;
    }

    public DocumentUpload getDocument() {
        return document;
    }

    /** Ideas keyed in as collected at this event (those anyone may see). */
    public java.util.List<pl.wiec.ideas.entity.Idea> getCollectedIdeas() {
        if (collectedIdeas == null) {
            collectedIdeas = id == null ? java.util.List.of() : paperIdeas.collectedAt(id);
        }
        return collectedIdeas;
    }

    /** Answers keyed in as collected at this event. */
    public long getCollected() {
        return id == null ? 0 : polls.collectedAt(id);
    }

    public long getAttendedCount() {
        return registrants.stream().filter(r -> Boolean.TRUE.equals(r.attended())).count();
    }

    // --- properties --------------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isPublished() {
        return published;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }

    public String getTitlePl() {
        return titlePl;
    }

    public void setTitlePl(String titlePl) {
        this.titlePl = titlePl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionPl() {
        return descriptionPl;
    }

    public void setDescriptionPl(String descriptionPl) {
        this.descriptionPl = descriptionPl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isRegistration() {
        return registration;
    }

    public void setRegistration(boolean registration) {
        this.registration = registration;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public List<Registrant> getRegistrants() {
        return registrants;
    }
}
