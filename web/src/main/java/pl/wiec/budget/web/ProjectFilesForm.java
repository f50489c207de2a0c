package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.List;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BudgetFiles;
import pl.wiec.budget.entity.FileKind;
import pl.wiec.budget.entity.ProjectFile;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.web.Refusals;
import pl.wiec.web.DocumentUpload;
import pl.wiec.web.Texts;

/**
 * The files of one budget project as its author's and staff's pages show them, with the form that adds one (what it is,
 * its name, the file). Pages include {@code /WEB-INF/includes/budget-files.xhtml} and call {@link #attach} and
 * {@link #detach} through their own actions.
 */
public class ProjectFilesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DocumentUpload document = new DocumentUpload();
    private FileKind kind = FileKind.DOCUMENT;
    private transient List<pl.wiec.budget.entity.FileRef> files;

    /** The project's files the caller may see. */
    public List<pl.wiec.budget.entity.FileRef> files(BudgetFiles boundary, long projectId) {
        if (files == null) {
            files = boundary.files(projectId);
        }
        return files;
    }

    /** Adds the file in the form; what went wrong is said beside the field, and the form keeps what was typed. */
    public void attach(BudgetFiles boundary, long projectId) {
        DocumentUpload.Taken taken = document.take();
        if (taken == null) {
            return;
        }
        try {
            if (boundary.attach(projectId, kind, taken.title(), taken.fileName(), taken.content()).isEmpty()) {
                Texts.fieldError(DocumentUpload.FILE_FIELD, "budgetFiles.full", ProjectFile.MAX_PER_PROJECT);
                Faces.validationFailed();
                return;
            }
            Texts.info("budgetFiles.added", taken.title());
            document.clear();
            kind = FileKind.DOCUMENT;
            files = null;
        } catch (NotAllowed e) {
            Texts.errorText(Refusals.of(Action.SUBMIT, e.refusal(), ActionRule.anyoneSignedIn()));
            Faces.validationFailed();
        }
    }

    public void detach(BudgetFiles boundary, long fileId) {
        try {
            boundary.detach(fileId);
            Texts.info("budgetFiles.removed");
            files = null;
        } catch (NotAllowed e) {
            Texts.errorText(Refusals.of(Action.SUBMIT, e.refusal(), ActionRule.anyoneSignedIn()));
        }
    }

    public DocumentUpload getDocument() {
        return document;
    }

    public FileKind getKind() {
        return kind;
    }

    public void setKind(FileKind kind) {
        this.kind = kind;
    }

    public FileKind[] getKinds() {
        return FileKind.values();
    }
}
