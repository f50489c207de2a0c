package pl.wiec.ideas.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.events.boundary.Events;
import pl.wiec.events.entity.CivicEvent;
import pl.wiec.ideas.boundary.IdeaPaperForm;
import pl.wiec.ideas.boundary.PaperIdea;
import pl.wiec.ideas.boundary.PaperIdeas;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.offline.boundary.AlreadyEntered;
import pl.wiec.municipality.boundary.Taxonomy;
import pl.wiec.municipality.entity.Area;
import pl.wiec.municipality.entity.Topic;
import pl.wiec.offline.web.EntrySource;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.Coordinate;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.TypedValue;
import pl.wiec.web.Texts;

/**
 * Keying in ideas written on the paper form of an ideation phase, keyboard first ({@code backoffice/idea-entry.xhtml}
 * for staff, {@code account/idea-entry.xhtml} for ambassadors, one include): where the forms come from stays set from
 * form to form; the idea's title, what and why, where in words and on the map (typed as latitude and longitude, or a
 * click on the map), its area and topics; saving empties the idea's fields and announces it. A missing title or
 * description is named beside its field with everything typed kept. Each form shown carries a fresh entry key, so a
 * form sent twice (a network fault, a double Enter) is stored once.
 */
@Named
@ViewScoped
public class IdeaEntryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperIdeas paperIdeas;

    @Inject
    Events events;

    @Inject
    Taxonomy taxonomy;

    private Long phase;
    private IdeaPaperForm form;
    private boolean refused;
    private final EntrySource source = new EntrySource();
    private transient List<CivicEvent> projectEvents;
    private String title;
    private String body;
    private String where;
    private String point;
    private Long areaId;
    private List<Long> topicIds = new ArrayList<>();
    private transient List<Area> areas;
    private transient List<Topic> topics;
    private String entryKey = UUID.randomUUID().toString();
    private int keyedNow;

    public void load() {
        if (getForm() == null) {
            Faces.responseSendError(refused ? 403 : 404, refused ? "Not a keyer of this project" : "No ideation");
            Faces.responseComplete();
        }
    }

    /**
     * Stores the idea keyed in; the source stays for the next form. A point that is not one on the map of Poland is
     * named beside its field, with everything typed kept.
     */
    public void save() {
        TypedValue marked = TypedValue.read(QuestionKind.POINT, point);
        Answer at = marked.readable() ? marked.answer() : null;
        if (at == null || at.latitude() != null && !new Coordinate(at.latitude(), at.longitude()).inPoland()) {
            Texts.fieldError("ideaPoint", "ideaEntry.pointInvalid");
            Faces.validationFailed();
            return;
        }
        try {
            paperIdeas.enter(phase,
                    new PaperIdea(
                            source.getChannel(), source.where(getEvents()), source.getEventId(), new IdeaDraft(title,
                                    body, where, at.latitude(), at.longitude(), areaId, Set.copyOf(topicIds)),
                            entryKey));
            keyedNow++;
            Texts.info("ideaEntry.saved", keyedNow);
        } catch (AlreadyEntered e) {
            Texts.info("ideaEntry.alreadySaved");
        }
        title = null;
        body = null;
        where = null;
        point = null;
        areaId = null;
        topicIds = new ArrayList<>();
        entryKey = UUID.randomUUID().toString();
        form = paperIdeas.form(phase).orElseThrow();
    }

    /** The phase as its keyers see it (null when it collects no ideas or the caller keys none of its forms). */
    public IdeaPaperForm getForm() {
        if (form == null && phase != null && !refused) {
            try {
                form = paperIdeas.form(phase).orElse(null);
            } catch (EJBAccessException notKeyer) {
                refused = true;
            }
        }
        return form;
    }

    /** The project's published events and consultation points, where forms may have been collected. */
    public List<CivicEvent> getEvents() {
        if (projectEvents == null) {
            projectEvents = getForm() == null ? List.of() : events.ofProject(getForm().projectId());
        }
        return projectEvents;
    }

    /** The areas the idea may be sorted into: the project's, or all the municipality's if it names none. */
    public List<Area> getAreas() {
        if (areas == null) {
            areas = getForm() == null ? List.of() : taxonomy.areas(getForm().areaIds());
        }
        return areas;
    }

    /** The topics the idea may have: the project's, or all the municipality's if it names none. */
    public List<Topic> getTopics() {
        if (topics == null) {
            topics = getForm() == null ? List.of() : taxonomy.topics(getForm().topicIds());
        }
        return topics;
    }

    /** Where the forms come from (channel, event, place), kept from form to form. */
    public EntrySource getSource() {
        return source;
    }

    public Long getPhase() {
        return phase;
    }

    public void setPhase(Long phase) {
        this.phase = phase;
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

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    /** Where the idea is on the map: its latitude and longitude, typed or filled by a click on the map. */
    public String getPoint() {
        return point;
    }

    public void setPoint(String point) {
        this.point = point;
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
        this.topicIds = topicIds == null ? new ArrayList<>() : new ArrayList<>(topicIds);
    }

    public String getEntryKey() {
        return entryKey;
    }

    public void setEntryKey(String entryKey) {
        this.entryKey = entryKey;
    }
}
