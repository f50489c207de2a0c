package pl.wiec.events.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.ideas.boundary.PaperIdeas;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.events.boundary.EventView;
import pl.wiec.events.boundary.Events;
import pl.wiec.events.boundary.RegistrationClosed;
import pl.wiec.events.entity.RegistrationStatus;
import pl.wiec.web.LocalPath;
import pl.wiec.web.Texts;

/**
 * {@code event.xhtml?id=N}: an event for residents: when, where (the place with a map link, the online link), seats
 * left, and a button to register (or to join the waiting list) and to cancel; anonymous visitors are asked to sign in
 * first and come back here.
 */
@Named
@ViewScoped
public class EventPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    @Inject
    PaperIdeas paperIdeas;

    @Inject
    pl.wiec.surveys.boundary.Polls polls;

    private Long id;
    private EventView view;
    private transient java.util.List<pl.wiec.projects.entity.AttachmentRef> documents;
    private transient java.util.List<Idea> collectedIdeas;
    private Long collectedForms;

    public void load() {
        view = id == null ? null : events.find(id).orElse(null);
        if (view == null) {
            Faces.responseSendError(404, "No such event");
            Faces.responseComplete();
        }
    }

    public void register() {
        try {
            RegistrationStatus status = events.register(id);
            Texts.info(status == RegistrationStatus.CONFIRMED ? "event.registered" : "event.waiting");
        } catch (RegistrationClosed e) {
            Texts.error("event.closed");
        }
        view = events.find(id).orElseThrow();
    }

    public void cancel() {
        events.cancel(id);
        Texts.info("event.cancelled");
        view = events.find(id).orElseThrow();
    }

    /** The sign-in page, returning here. */
    public String getSignInUrl() {
        return LocalPath.signInReturningTo(Faces.getRequestContextPath(),
                Faces.getRequestContextPath() + "/event.xhtml?id=" + id);
    }

    /** OpenStreetMap at the event's place. */
    public String getMapUrl() {
        var event = view.event();
        return event.latitude() == null ? null : "https://www.openstreetmap.org/?mlat=" + event.latitude() + "&mlon="
                + event.longitude() + "#map=17/" + event.latitude() + "/" + event.longitude();
    }

    public boolean isOpen() {
        return view.event().isOpenForRegistration(java.time.Instant.now());
    }

    /** Minutes, photos and other documents of the event. */
    public java.util.List<pl.wiec.projects.entity.AttachmentRef> getDocuments() {
        if (documents == null) {
            documents = events.documents(id);
        }
        return documents;
    }

    /** How many poll and survey forms were collected at the event and keyed in. */
    public long getCollectedForms() {
        if (collectedForms == null) {
            collectedForms = polls.collectedAt(id);
        }
        return collectedForms;
    }

    /** The ideas collected at the event and keyed in, which anyone may see. */
    public java.util.List<Idea> getCollectedIdeas() {
        if (collectedIdeas == null) {
            collectedIdeas = paperIdeas.collectedAt(id);
        }
        return collectedIdeas;
    }

    public EventView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
