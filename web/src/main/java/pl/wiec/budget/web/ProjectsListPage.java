package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;

/**
 * {@code budget/projects.xhtml?project=N}: every project put forward in an edition, pool by pool, with where it stands
 * and, for a rejected one, the reason: the public list of verification decisions.
 */
@Named
@ViewScoped
public class ProjectsListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    @Inject
    pl.wiec.budget.boundary.BudgetSubmissions submissions;

    @Inject
    pl.wiec.residents.boundary.Residents residents;

    @Inject
    pl.wiec.budget.boundary.BudgetFiles budgetFiles;

    private transient java.util.Map<Long, List<pl.wiec.budget.entity.FileRef>> documents;

    private java.util.Set<Long> supportedByMe = java.util.Set.of();
    private Long me;

    private Long project;
    private transient Project edition;
    private transient Edition rules;
    private transient List<BudgetProject> all;

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        edition = projects.find(project).orElseThrow();
        rules = found.get().edition();
        all = editions.projects(project);
        if (isResident()) {
            supportedByMe = submissions.supportedByMe(project);
            me = residents.me().id();
        }
    }

    /** The documents of the project anyone may download. */
    public List<pl.wiec.budget.entity.FileRef> documentsOf(BudgetProject item) {
        if (documents == null) {
            documents = budgetFiles.documents(project);
        }
        return documents.getOrDefault(item.id(), List.of());
    }

    /** Supports the project online; says why not when the caller may not. */
    public void support(BudgetProject item) {
        try {
            submissions.support(item.id());
            supportedByMe = submissions.supportedByMe(project);
            pl.wiec.web.Texts.info("budgetProjects.supported", item.number());
        } catch (pl.wiec.projects.boundary.NotAllowed e) {
            pl.wiec.web.Texts.errorText(pl.wiec.projects.web.Refusals.of(pl.wiec.projects.entity.Action.SUPPORT,
                    e.refusal(), pl.wiec.projects.entity.ActionRule.anyoneSignedIn()));
        }
        all = editions.projects(project);
    }

    /** Whether the project still collects supporters (submitted, in the submission phase). */
    public boolean collects(BudgetProject item) {
        return (item.status() == ProjectStatus.SUBMITTED || item.status() == ProjectStatus.CORRECTIONS)
                && submissions.whyNot(project, null)
                        .filter(r -> r == pl.wiec.projects.control.Eligibility.Refusal.PHASE_CLOSED).isEmpty();
    }

    /** Whether the signed-in resident wrote it (nobody supports their own project). */
    public boolean mine(BudgetProject item) {
        return me != null && item.isAuthoredBy(me);
    }

    public boolean supports(BudgetProject item) {
        return supportedByMe.contains(item.id());
    }

    public long supportersOf(BudgetProject item) {
        return submissions.supporters(item.id()) + item.paperSupporters();
    }

    public int getRequired() {
        return rules == null ? editions.edition(project).orElseThrow().rules().supporters()
                : rules.rules().supporters();
    }

    public boolean isResident() {
        return org.omnifaces.util.Faces.getRequest().isUserInRole(pl.wiec.residents.entity.Resident.ROLE);
    }

    public List<BudgetProject> of(Pool pool, ProjectStatus status) {
        return all.stream().filter(p -> p.poolId() == pool.id() && p.status() == status).toList();
    }

    public List<Pool> getPools() {
        return rules.pools();
    }

    public Project getEdition() {
        return edition;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }
}
