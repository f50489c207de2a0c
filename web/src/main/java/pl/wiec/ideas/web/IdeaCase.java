package pl.wiec.ideas.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.ideas.boundary.IdeaChangedMeanwhile;
import pl.wiec.ideas.boundary.InputManager;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaNote;
import pl.wiec.staff.boundary.NotStaff;
import pl.wiec.web.StaffFields;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/idea.xhtml?id=N}: one idea for staff: its status, who handles it, the official answer residents
 * will read under it, and internal notes. Saves check the version the page was loaded at.
 */
@Named
@ViewScoped
public class IdeaCase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InputManager manager;

    private Long id;
    private long version;
    private transient Idea idea;
    private String status;
    private String assignee;
    private String answer;
    private String note;
    private Long mergeInto;

    public void load() {
        try {
            fill(manager.idea(id == null ? -1 : id));
        } catch (jakarta.ejb.EJBAccessException notTheirs) {
            Faces.responseSendError(403, "Not a project of the caller");
            Faces.responseComplete();
        } catch (jakarta.ejb.EJBException e) {
            Faces.responseSendError(404, "No such idea");
            Faces.responseComplete();
        }
    }

    public void saveStatus() {
        manager.changeStatus(List.of(id), status);
        fill(manager.idea(id));
        Texts.info("ideaCase.statusSaved");
    }

    /** Merges this idea, a duplicate, into the idea whose number the clerk typed. */
    public void merge() {
        if (mergeInto == null) {
            Texts.fieldError("mergeInto", "ideaCase.merge.number");
            return;
        }
        try {
            fill(manager.merge(id, version, mergeInto));
            Texts.info("ideaCase.merged", mergeInto);
            mergeInto = null;
        } catch (IdeaChangedMeanwhile e) {
            Texts.error("ideaCase.changedMeanwhile");
        } catch (jakarta.ejb.EJBException e) {
            Texts.fieldError("mergeInto", "ideaCase.merge.impossible");
        }
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public void saveAssignee() {
        try {
            fill(manager.assign(id, version, assignee));
            Texts.info("ideaCase.assigneeSaved");
        } catch (IdeaChangedMeanwhile e) {
            Texts.error("ideaCase.changedMeanwhile");
        } catch (NotStaff refused) {
            StaffFields.refused("assignee", refused);
        }
    }

    public void publishAnswer() {
        try {
            fill(manager.answer(id, version, answer));
            Texts.info(answer == null || answer.isBlank() ? "ideaCase.answerWithdrawn" : "ideaCase.answerPublished");
        } catch (IdeaChangedMeanwhile e) {
            Texts.error("ideaCase.changedMeanwhile");
        }
    }

    public void addNote() {
        if (note == null || note.isBlank()) {
            Texts.fieldError("note", "ideaCase.note.empty");
            return;
        }
        manager.note(id, note);
        note = null;
        Texts.info("ideaCase.noteAdded");
    }

    private void fill(Idea loaded) {
        idea = loaded;
        version = loaded.version();
        status = loaded.status();
        assignee = loaded.assignee();
        answer = loaded.feedback();
    }

    public Idea getIdea() {
        if (idea == null) {
            idea = manager.idea(id);
        }
        return idea;
    }

    public List<IdeaNote> getNotes() {
        return manager.notes(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
