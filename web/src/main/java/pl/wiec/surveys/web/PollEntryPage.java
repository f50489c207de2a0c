package pl.wiec.surveys.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.platform.entity.TypedNumbers;
import pl.wiec.events.boundary.Events;
import pl.wiec.events.entity.CivicEvent;
import pl.wiec.offline.boundary.AlreadyEntered;
import pl.wiec.offline.web.EntrySource;
import pl.wiec.surveys.boundary.AnswersRejected;
import pl.wiec.surveys.boundary.PaperAnswers;
import pl.wiec.surveys.boundary.PaperForm;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.web.Texts;

/**
 * Keying in filled paper forms of a poll, keyboard first ({@code backoffice/poll-entry.xhtml} for staff,
 * {@code account/poll-entry.xhtml} for ambassadors, one include): where the forms come from (channel, place) stays set
 * from form to form; per question one field for the numbers of the options marked, as printed on the paper (or, for a
 * survey's question answered with a value, what is written: text, a number, a date, a point's coordinates); Enter
 * saves, the fields empty, the cursor returns to the first question and what happened is announced. A mistake keeps all
 * typed and names the question. Each form shown carries a fresh entry key, so a form sent twice (a network fault, a
 * double Enter) counts once: the key travels in the page, so a form sent again after a lost answer brings its old key
 * back.
 */
@Named
@ViewScoped
public class PollEntryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Polls polls;

    @Inject
    Events events;

    private Long phase;
    private PaperForm form;
    private final EntrySource source = new EntrySource();
    private transient List<CivicEvent> projectEvents;
    private Map<Long, String> marks = new HashMap<>();
    private String entryKey = UUID.randomUUID().toString();
    private int keyedNow;
    private boolean refused;

    public void load() {
        if (getForm() == null) {
            Faces.responseSendError(refused ? 403 : 404, refused ? "Not a keyer of this project" : "No such poll");
            Faces.responseComplete();
        }
    }

    /** Stores the form keyed in; the channel and place stay for the next one. */
    public void save() {
        Map<Long, List<Integer>> marked = new LinkedHashMap<>();
        Map<Long, String> written = new LinkedHashMap<>();
        boolean numbers = true;
        for (PollQuestion question : form.questions()) {
            if (!question.isChoice()) {
                String typed = marks.get(question.id());
                if (typed != null && !typed.isBlank()) {
                    written.put(question.id(), typed);
                }
                continue;
            }
            try {
                List<Integer> typed = TypedNumbers.parse(marks.get(question.id()));
                if (!typed.isEmpty()) {
                    marked.put(question.id(), typed);
                }
            } catch (NumberFormatException e) {
                Texts.fieldError(field(question), "pollEntry.notNumbers");
                numbers = false;
            }
        }
        if (!numbers) {
            Faces.validationFailed();
            return;
        }
        try {
            polls.enter(phase, new PaperAnswers(source.getChannel(), source.where(getEvents()), source.getEventId(),
                    marked, written, entryKey));
            keyedNow++;
            Texts.info("pollEntry.saved", keyedNow);
        } catch (AlreadyEntered e) {
            Texts.info("pollEntry.alreadySaved");
        } catch (AnswersRejected e) {
            e.problems().forEach((questionId, problem) -> {
                if (questionId == AnswersRejected.WHOLE) {
                    Texts.error("pollEntry.problem.EMPTY");
                } else {
                    PollQuestion question = form.questions().stream().filter(q -> q.id() == questionId).findFirst()
                            .orElseThrow();
                    Texts.fieldError(field(question), "pollEntry.problem." + problem.name(), question.maxChoices(),
                            question.options().size(), PlainNumbers.of(question.min()),
                            PlainNumbers.of(question.max()));
                }
            });
            Faces.validationFailed();
            return;
        }
        marks = new HashMap<>();
        entryKey = UUID.randomUUID().toString();
        form = polls.paperForm(phase).orElseThrow();
    }

    /** Whether a question asks for a point, a line or an area (the entry screen then shows maps that fill fields). */
    public boolean isHasMap() {
        return getForm() != null && getForm().questions().stream().anyMatch(q -> q.kind().onMap());
    }

    /** The client id of the question's field. */
    public String field(PollQuestion question) {
        return "q-" + question.id();
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

    /** What the question's field accepts: "1–4" for a single choice, "1–4, several separated by spaces" else. */
    public String hint(PollQuestion question) {
        if (!question.isChoice()) {
            return Texts.text("pollEntry.hint." + question.kind().name());
        }
        String numbers = "1–" + question.options().size();
        if (question.isRanking()) {
            return Texts.text("pollEntry.hint.ranking", question.options().size());
        }
        return Texts.text(question.isMultiple() ? "pollEntry.hint.multiple" : "pollEntry.hint.single", numbers);
    }

    /** The form, read when the view is built (its question fields are built from it). */
    public PaperForm getForm() {
        if (form == null && phase != null && !refused) {
            try {
                form = polls.paperForm(phase).orElse(null);
            } catch (EJBAccessException notKeyer) {
                refused = true;
            }
        }
        return form;
    }

    public Long getPhase() {
        return phase;
    }

    public void setPhase(Long phase) {
        this.phase = phase;
    }

    public Map<Long, String> getMarks() {
        return marks;
    }

    public String getEntryKey() {
        return entryKey;
    }

    public void setEntryKey(String entryKey) {
        this.entryKey = entryKey;
    }

    public int getKeyedNow() {
        return keyedNow;
    }
}
