package pl.wiec.ideas.web;

import java.io.Serializable;
import java.util.List;
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
import pl.wiec.offline.web.EntrySource;
import pl.wiec.web.Texts;

/**
 * Keying in ideas written on the paper form of an ideation phase, keyboard first ({@code backoffice/idea-entry.xhtml}
 * for staff, {@code account/idea-entry.xhtml} for ambassadors, one include): where the forms come from stays set from
 * form to form; the idea's title, what and why, and where; saving empties the idea's fields and announces it. A missing
 * title or description is named beside its field with everything typed kept. Each form shown carries a fresh entry key,
 * so a form sent twice (a network fault, a double Enter) is stored once.
 */
@Named
@ViewScoped
public class IdeaEntryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperIdeas paperIdeas;

    @Inject
    Events events;

    private Long phase;
    private IdeaPaperForm form;
    private boolean refused;
    private final EntrySource source = new EntrySource();
    private transient List<CivicEvent> projectEvents;
    private String title;
    private String body;
    private String where;
    private String entryKey = UUID.randomUUID().toString();
    private int keyedNow;

    public void load() {
        if (getForm() == null) {
            Faces.responseSendError(refused ? 403 : 404, refused ? "Not a keyer of this project" : "No ideation");
            Faces.responseComplete();
        }
    }

    /** Stores the idea keyed in; the source stays for the next form. */
    public void save() {
        try {
            paperIdeas.enter(phase, new PaperIdea(source.getChannel(), source.where(getEvents()), source.getEventId(),
                    new IdeaDraft(title, body, where, null, null), entryKey));
            keyedNow++;
            Texts.info("ideaEntry.saved", keyedNow);
        } catch (AlreadyEntered e) {
            Texts.info("ideaEntry.alreadySaved");
        }
        title = null;
        body = null;
        where = null;
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

    public String getEntryKey() {
        return entryKey;
    }

    public void setEntryKey(String entryKey) {
        this.entryKey = entryKey;
    }
}
