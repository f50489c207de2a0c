package pl.wiec.budget.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Pool;
import pl.wiec.projects.boundary.ProjectChangedMeanwhile;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/budget-projects.xhtml?project=N}: staff enter projects submitted on paper and decide on each: admit
 * it to the vote or reject it with a reason, which is published with it.
 */
@Named
@ViewScoped
public class VerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    private Long project;
    private String projectTitle;
    private transient Edition edition;
    private List<BudgetProject> all = List.of();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, ChecklistAnswers> answers = new HashMap<>();
    private final Map<Long, LocalDate> correctionDays = new HashMap<>();
    private final Map<Long, Integer> paperSupporters = new HashMap<>();

    @Inject
    pl.wiec.budget.boundary.BudgetSubmissions submissions;

    @Inject
    pl.wiec.budget.boundary.BudgetFiles budgetFiles;

    private transient Map<Long, Long> fileCounts;

    private Long poolId;
    private String title;
    private String summary;
    private String location;
    private BigDecimal cost;

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        projectTitle = found.get().title();
        edition = found.get().edition();
        all = editions.projects(project);
    }

    /** How many files the project has (documents and lists of supporters). */
    public long fileCount(BudgetProject item) {
        if (fileCounts == null) {
            fileCounts = budgetFiles.counts(project);
        }
        return fileCounts.getOrDefault(item.id(), 0L);
    }

    public void enter() {
        Optional<Pool> pool = poolId == null ? Optional.empty() : getEdition().pool(poolId);
        boolean valid = true;
        if (pool.isEmpty()) {
            Texts.fieldError("pool", "verification.pool.required");
            valid = false;
        }
        if (title == null || title.isBlank()) {
            Texts.fieldError("title", "verification.title.required");
            valid = false;
        }
        if (summary == null || summary.isBlank()) {
            Texts.fieldError("summary", "verification.summary.required");
            valid = false;
        }
        if (cost == null || cost.signum() <= 0) {
            Texts.fieldError("cost", "verification.cost.invalid");
            valid = false;
        } else if (pool.isPresent() && !pool.get().admitsCost(cost)) {
            Texts.fieldError("cost", "verification.cost.overCap",
                    Money.format(pool.get().costCap() == null ? pool.get().amount() : pool.get().costCap()));
            valid = false;
        }
        if (!valid) {
            Faces.validationFailed();
            return;
        }
        BudgetProject entered = editions.enter(project, poolId, title, summary, location, cost);
        Texts.info("verification.entered", entered.number());
        title = null;
        summary = null;
        location = null;
        cost = null;
        all = editions.projects(project);
    }

    /** Saves the checklist answers of the project. */
    public void verify(BudgetProject item) {
        try {
            editions.verify(item.id(), item.version(), answersOf(item).checklist());
            Texts.info("verification.checked", item.number());
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("verification.changedMeanwhile");
        }
        reload();
    }

    /** Sends the project back to its author with the note (the reason field) and the day. */
    public void askForCorrections(BudgetProject item) {
        String note = reasons.get(item.id());
        LocalDate until = correctionDays.get(item.id());
        if (note == null || note.isBlank() || until == null || until.isBefore(projects.today())) {
            Texts.error("verification.corrections.required", item.number());
            Faces.validationFailed();
            return;
        }
        try {
            editions.askForCorrections(item.id(), item.version(), note, until);
            reasons.remove(item.id());
            Texts.info("verification.corrections.sent", item.number());
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("verification.changedMeanwhile");
        }
        reload();
    }

    /** Saves the count of signatures on the author's paper list of supporters. */
    public void savePaperSupporters(BudgetProject item) {
        Integer signatures = paperSupporters.get(item.id());
        if (signatures == null || signatures < 0) {
            Texts.error("verification.supporters.invalid", item.number());
            Faces.validationFailed();
            return;
        }
        try {
            editions.countPaperSupporters(item.id(), item.version(), signatures);
            Texts.info("verification.supporters.saved", item.number());
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("verification.changedMeanwhile");
        }
        reload();
    }

    /** "12 online + 3 on paper = 15 of 10 needed". */
    public String supportOf(BudgetProject item) {
        long online = submissions.supporters(item.id());
        return Texts.text("verification.supporters", online, item.paperSupporters(), online + item.paperSupporters(),
                getEdition().rules().supporters());
    }

    public Map<Long, Integer> getPaperSupporters() {
        return paperSupporters;
    }

    public ChecklistAnswers answersOf(BudgetProject item) {
        return answers.computeIfAbsent(item.id(), id -> ChecklistAnswers.of(item.checklist()));
    }

    private void reload() {
        all = editions.projects(project);
        answers.clear();
    }

    public void admit(BudgetProject item) {
        if (!item.checklist().passed()) {
            Texts.error("verification.admit.unchecked", item.number());
            return;
        }
        try {
            editions.admit(item.id(), item.version());
            Texts.info("verification.admitted", item.number());
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("verification.changedMeanwhile");
        }
        reload();
    }

    public void reject(BudgetProject item) {
        String reason = reasons.get(item.id());
        if (reason == null || reason.isBlank()) {
            Texts.error("verification.reason.required", item.number());
            Faces.validationFailed();
            return;
        }
        try {
            editions.reject(item.id(), item.version(), reason);
            reasons.remove(item.id());
            Texts.info("verification.rejected", item.number());
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("verification.changedMeanwhile");
        }
        reload();
    }

    /** The appeal body decides the author's appeal, with reasons that are published. */
    public void decideAppeal(BudgetProject item, boolean allowed) {
        String reason = reasons.get(item.id());
        if (reason == null || reason.isBlank()) {
            Texts.error("verification.appeal.reason.required", item.number());
            Faces.validationFailed();
            return;
        }
        try {
            editions.decideAppeal(item.id(), item.version(), allowed, reason);
            reasons.remove(item.id());
            Texts.info("verification.appeal.decided", item.number());
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("verification.changedMeanwhile");
        }
        all = editions.projects(project);
    }

    public String poolName(BudgetProject item) {
        return getEdition().pool(item.poolId()).map(pool -> pool.name().pl()).orElse("");
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

    public List<BudgetProject> getAll() {
        return all;
    }

    public Map<Long, LocalDate> getCorrectionDays() {
        return correctionDays;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public String getProjectTitle() {
        return projectTitle;
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

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }
}
