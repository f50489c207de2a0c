package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.boundary.BudgetResults.ReceiptCheck;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.Publication;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;
import pl.wiec.web.Texts;

/**
 * {@code budget/results.xhtml?project=N[&version=K]}: the published result of an edition for everyone (see
 * {@link ResultTables}), its current version unless an earlier one is asked for; whether and why it was corrected,
 * every version with its documents and their SHA-256, the rules it was counted by, and a check of one's receipt (which
 * tells only whether the ballot was counted, or why not). A message until staff publish it.
 */
@Named
@ViewScoped
public class ResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetResults results;

    @Inject
    Projects projects;

    private Long project;
    private Integer version;
    private transient Project edition;
    private EditionCount count;
    private List<Publication> history = List.of();
    private String receipt;
    private ReceiptCheck check;

    public void load() {
        Optional<Project> found = project == null ? Optional.empty() : projects.find(project);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "No such budget edition");
            Faces.responseComplete();
            return;
        }
        edition = found.get();
        history = results.history(project);
        count = (version == null ? results.published(project) : results.published(project, version)).orElse(null);
        if (version != null && count == null) {
            Faces.responseSendError(404, "No such version");
            Faces.responseComplete();
        }
    }

    /** Checks the receipt typed against the current version. */
    public void checkReceipt() {
        if (receipt == null || receipt.isBlank()) {
            check = null;
            Texts.fieldError("receipt", "results.receipt.required");
            return;
        }
        check = results.checkReceipt(project, receipt.strip());
    }

    /** Whether the version shown is an earlier one than the current. */
    public boolean isEarlier() {
        return count != null && !history.isEmpty() && count.publication().number() != history.get(0).number();
    }

    public Project getEdition() {
        if (edition == null && project != null) {
            edition = projects.find(project).orElse(null);
        }
        return edition;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public EditionCount getCount() {
        return count;
    }

    public List<Publication> getHistory() {
        return history;
    }

    /** The first publication, when the current version is a correction of it. */
    public Publication getFirst() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public ReceiptCheck getCheck() {
        return check;
    }

    /** What the check tells the voter, with the reason a card did not count. */
    public String getCheckAnswer() {
        return check == null ? null : Texts.text("results.receipt." + check.status(),
                check.invalidReason() == null ? "" : Texts.text("invalid." + check.invalidReason()));
    }
}
