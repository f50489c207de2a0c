package pl.wiec.budget.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetSubmissions;
import pl.wiec.budget.boundary.SubmissionRejected;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.CostItem;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.ProjectDraft;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.web.Refusals;
import pl.wiec.residents.entity.Resident;
import pl.wiec.web.Drafts;
import pl.wiec.web.LocalPath;
import pl.wiec.web.Texts;

/**
 * {@code budget/submit.xhtml?project=N[&id=M]}: a resident's budget projects in the edition and the form for one: pool,
 * title, description, place, the cost estimate item by item (the total is checked against the pool's cap), universal
 * design. "Save draft" keeps anything; "Submit" checks everything and names what is missing beside it. A rejected
 * project can be appealed here within the edition's days.
 */
@Named
@ViewScoped
public class SubmissionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetSubmissions submissions;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    @Inject
    pl.wiec.residents.boundary.Residents residents;

    @Inject
    pl.wiec.budget.boundary.BudgetFiles budgetFiles;

    private final ProjectFilesForm filesForm = new ProjectFilesForm();

    private Long project;
    private Long id;
    private String editionTitle;
    private transient Edition edition;
    private Refusal refusal;
    private List<BudgetProject> mine = List.of();
    private Long poolId;
    private String title;
    private String summary;
    private String location;
    private String accessibility;
    private List<CostRow> costs = new ArrayList<>(List.of(new CostRow()));
    private final java.util.Map<Long, String> appeals = new java.util.HashMap<>();

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        editionTitle = found.get().title();
        edition = found.get().edition();
        if (!isResident()) {
            refusal = Refusal.SIGN_IN;
            return;
        }
        refusal = submissions.whyNotMe(project).orElse(null);
        mine = submissions.mine(project);
        if (id != null) {
            mine.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(this::show);
        }
    }

    private void show(BudgetProject existing) {
        ProjectDraft draft = existing.draft();
        poolId = draft.poolId();
        title = "(bez tytułu)".equals(draft.title()) ? null : draft.title();
        summary = draft.summary();
        location = draft.location();
        accessibility = draft.accessibility();
        costs = new ArrayList<>(draft.costItems().stream().map(item -> {
            CostRow row = new CostRow();
            row.name = item.name();
            row.amount = item.amount();
            return row;
        }).toList());
        if (costs.isEmpty()) {
            costs.add(new CostRow());
        }
    }

    public void addCost() {
        costs.add(new CostRow());
    }

    public void removeCost(CostRow row) {
        costs.remove(row);
        if (costs.isEmpty()) {
            costs.add(new CostRow());
        }
    }

    public BigDecimal getTotal() {
        return costs.stream().map(CostRow::getAmount).filter(a -> a != null && a.signum() > 0).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    public void saveDraft() {
        save().ifPresent(saved -> Texts.info("submission.saved"));
    }

    public void submit() {
        Optional<BudgetProject> saved = save();
        if (saved.isEmpty()) {
            return;
        }
        try {
            BudgetProject submitted = submissions.submit(saved.get().id());
            var me = residents.me();
            Texts.info(me.email() != null && me.emailConfirmedAt() != null ? "submission.submitted"
                    : "submission.submitted.noMail", submitted.number());
            mine = submissions.mine(project);
        } catch (SubmissionRejected e) {
            e.problems().forEach(problem -> {
                String field = switch (problem) {
                case TITLE_MISSING -> "title";
                case SUMMARY_MISSING -> "summary";
                case ACCESSIBILITY_MISSING -> "accessibility";
                case COST_MISSING, OVER_CAP -> "costs-total";
                };
                Pool pool = getEdition().pool(poolId).orElseThrow();
                Texts.fieldError(field, "submission.problem." + problem.name(),
                        Money.format(pool.costCap() == null ? pool.amount() : pool.costCap()));
            });
            Texts.error("submission.notSubmitted");
            Faces.validationFailed();
        } catch (NotAllowed e) {
            Texts.errorText(
                    Refusals.of(Action.SUBMIT, e.refusal(), pl.wiec.projects.entity.ActionRule.anyoneSignedIn()));
        }
    }

    private Optional<BudgetProject> save() {
        if (poolId == null || getEdition().pool(poolId).isEmpty()) {
            Texts.fieldError("pool", "submission.pool.required");
            Faces.validationFailed();
            return Optional.empty();
        }
        List<CostItem> items = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            CostRow row = costs.get(i);
            boolean named = row.name != null && !row.name.isBlank();
            boolean priced = row.amount != null;
            if (!named && !priced) {
                continue;
            }
            if (!named || !priced || row.amount.signum() <= 0 || row.amount.compareTo(CostItem.AMOUNT_MAX) > 0) {
                Texts.fieldError("costs:" + i + ":" + (named ? "amount" : "name"), "submission.cost.invalid");
                Faces.validationFailed();
                return Optional.empty();
            }
            items.add(new CostItem(row.name, row.amount));
        }
        try {
            BudgetProject saved = submissions.save(project, id,
                    new ProjectDraft(poolId, title, summary, location, accessibility, items));
            id = saved.id();
            mine = submissions.mine(project);
            Drafts.stored("submission");
            return Optional.of(saved);
        } catch (NotAllowed e) {
            Texts.errorText(
                    Refusals.of(Action.SUBMIT, e.refusal(), pl.wiec.projects.entity.ActionRule.anyoneSignedIn()));
            return Optional.empty();
        }
    }

    /** Adds the file in the files' form to the project being edited (saved first: the form needs its id). */
    public void attachFile() {
        filesForm.attach(budgetFiles, id);
    }

    public void detachFile(long fileId) {
        filesForm.detach(budgetFiles, fileId);
    }

    public List<pl.wiec.budget.entity.FileRef> getFiles() {
        return filesForm.files(budgetFiles, id);
    }

    public ProjectFilesForm getFilesForm() {
        return filesForm;
    }

    public void appeal(BudgetProject rejected) {
        String appealText = appeals.get(rejected.id());
        if (appealText == null || appealText.isBlank()) {
            Texts.error("submission.appeal.required");
            Faces.validationFailed();
            return;
        }
        if (submissions.appeal(rejected.id(), appealText)) {
            Texts.info("submission.appealed", rejected.number());
            appeals.remove(rejected.id());
        } else {
            Texts.error("submission.appeal.late");
        }
        mine = submissions.mine(project);
    }

    public boolean mayAppeal(BudgetProject item) {
        return item.status() == ProjectStatus.REJECTED && item.appealedAt() == null
                && !java.time.Instant.now().isAfter(submissions.appealDeadline(item));
    }

    public java.time.Instant deadlineOf(BudgetProject item) {
        return submissions.appealDeadline(item);
    }

    public boolean isEditable() {
        if (id == null) {
            return true;
        }
        return mine.stream().filter(p -> p.id().equals(id)).findFirst().map(BudgetProject::isUndecided).orElse(false);
    }

    /** Whether the project being edited was sent back for corrections (editable by its day, whatever the phase). */
    public boolean isCorrecting() {
        return id != null && mine.stream().anyMatch(p -> p.id().equals(id) && p.status() == ProjectStatus.CORRECTIONS);
    }

    public boolean isResident() {
        return Faces.getRequest().isUserInRole(Resident.ROLE);
    }

    public String getSignInUrl() {
        return LocalPath.signInReturningTo(Faces.getRequestContextPath(),
                Faces.getRequestContextPath() + "/budget/submit.xhtml?project=" + project);
    }

    private Edition getEdition() {
        if (edition == null) {
            edition = editions.edition(project).orElseThrow();
        }
        return edition;
    }

    public List<Pool> getPools() {
        return getEdition().pools();
    }

    public String poolName(BudgetProject item) {
        return getEdition().pool(item.poolId()).map(p -> p.name().pl()).orElse("");
    }

    public String refusalText() {
        return refusal == Refusal.PHASE_CLOSED ? Texts.text("submission.closed")
                : Refusals.of(Action.SUBMIT, refusal, pl.wiec.projects.entity.ActionRule.anyoneSignedIn());
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEditionTitle() {
        return editionTitle;
    }

    public Refusal getRefusal() {
        return refusal;
    }

    public List<BudgetProject> getMine() {
        return mine;
    }

    public Long getPoolId() {
        return poolId;
    }

    public void setPoolId(Long poolId) {
        this.poolId = poolId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }

    public List<CostRow> getCosts() {
        return costs;
    }

    public java.util.Map<Long, String> getAppeals() {
        return appeals;
    }
}
