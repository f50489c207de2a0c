package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.EditionLocked;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Filling;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.TieBreak;
import pl.wiec.budget.entity.VotingMethod;
import pl.wiec.municipality.boundary.Taxonomy;
import pl.wiec.municipality.entity.Area;
import pl.wiec.projects.boundary.ProjectChangedMeanwhile;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/budget.xhtml?project=N}: the edition's rules and pools as staff set them. Each field is checked
 * here with a message beside it (the boundary checks again); a mandatory PESEL is allowed with a warning, because
 * courts have annulled such rules.
 */
@Named
@ViewScoped
public class EditionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    @Inject
    Taxonomy taxonomy;

    private Long project;
    private String projectTitle;
    private Long version;
    private List<Channel> channels = new ArrayList<>(List.of(Channel.ONLINE, Channel.PAPER));
    private ConflictRule conflictRule = ConflictRule.FIRST_COUNTS;
    private TieBreak tieBreak = TieBreak.LOWER_COST;
    private String lotSeed;
    private Filling filling = Filling.SKIP_UNFITTING;
    private boolean requiresPesel;
    private Integer supporters = 10;
    private String places;
    private Integer appealDays = 7;
    private boolean poolDefectVoidsPool;
    private boolean rekeyRequired;
    private List<PoolRow> pools = new ArrayList<>();

    public void load() {
        Optional<Project> found = project == null ? Optional.empty() : projects.find(project);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "No such project");
            Faces.responseComplete();
            return;
        }
        projectTitle = found.get().title().pl();
        editions.edition(project).ifPresentOrElse(this::show, () -> pools.add(new PoolRow()));
    }

    private void show(Edition edition) {
        version = edition.version();
        EditionRules rules = edition.rules();
        channels = new ArrayList<>(rules.channels());
        conflictRule = rules.conflictRule();
        tieBreak = rules.tieBreak();
        lotSeed = rules.lotSeed();
        filling = rules.filling();
        requiresPesel = rules.requiresPesel();
        supporters = rules.supporters();
        places = String.join("\n", rules.places());
        appealDays = rules.appealDays();
        poolDefectVoidsPool = rules.poolDefectVoidsPool();
        rekeyRequired = rules.rekeyRequired();
        pools = new ArrayList<>(edition.pools().stream().map(pool -> PoolRow.of(pool.plan())).toList());
    }

    public void addPool() {
        pools.add(new PoolRow());
    }

    public void removePool(PoolRow row) {
        pools.remove(row);
    }

    public void save() {
        boolean valid = true;
        if (channels == null || channels.isEmpty()) {
            Texts.fieldError("channels", "editionEditor.channels.required");
            valid = false;
        }
        if (tieBreak == TieBreak.LOT && (lotSeed == null || lotSeed.isBlank())) {
            Texts.fieldError("lotSeed", "editionEditor.lotSeed.required");
            valid = false;
        }
        if (appealDays == null || appealDays < 0) {
            Texts.fieldError("appealDays", "editionEditor.appealDays.invalid");
            valid = false;
        }
        if (supporters == null || supporters < 0) {
            Texts.fieldError("supporters", "editionEditor.supporters.invalid");
            valid = false;
        }
        if (pools.isEmpty()) {
            Texts.error("editionEditor.pools.required");
            valid = false;
        }
        List<PoolPlan> plans = new ArrayList<>();
        for (int i = 0; i < pools.size(); i++) {
            Optional<PoolPlan> plan = checked(i, pools.get(i));
            valid &= plan.isPresent();
            plan.ifPresent(plans::add);
        }
        if (!valid) {
            Faces.validationFailed();
            return;
        }
        try {
            Edition saved = editions.configure(project, version,
                    new EditionRules(EnumSet.copyOf(channels), conflictRule, tieBreak, lotSeed, filling, requiresPesel,
                            supporters, places == null ? List.of() : List.of(places.split("\\R")),
                            appealDays == null ? 0 : appealDays, poolDefectVoidsPool, rekeyRequired),
                    plans);
            show(saved);
            Texts.info("editionEditor.saved");
        } catch (EditionLocked e) {
            Texts.error("editionEditor.locked");
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("editionEditor.changedMeanwhile");
        }
    }

    /** The row as a plan, or empty with a message beside each wrong field. */
    private Optional<PoolPlan> checked(int index, PoolRow row) {
        String prefix = "pools:" + index + ":";
        boolean valid = true;
        if (row.namePl == null || row.namePl.isBlank()) {
            Texts.fieldError(prefix + "namePl", "editionEditor.pool.name.required");
            valid = false;
        }
        if (row.amount == null || row.amount.signum() <= 0) {
            Texts.fieldError(prefix + "amount", "editionEditor.pool.amount.invalid");
            valid = false;
        } else if (row.costCap != null && (row.costCap.signum() <= 0 || row.costCap.compareTo(row.amount) > 0)) {
            Texts.fieldError(prefix + "costCap", "editionEditor.pool.costCap.invalid");
            valid = false;
        }
        if (row.method == VotingMethod.APPROVAL && (row.minChoices == null || row.maxChoices == null
                || row.minChoices < 1 || row.maxChoices < row.minChoices)) {
            Texts.fieldError(prefix + "maxChoices", "editionEditor.pool.choices.invalid");
            valid = false;
        }
        if (row.method == VotingMethod.RANKED) {
            try {
                List<Integer> points = PoolPlan.points(row.points);
                boolean descending = !points.isEmpty() && points.stream().allMatch(p -> p >= 1);
                for (int i = 1; i < points.size(); i++) {
                    descending &= points.get(i) <= points.get(i - 1);
                }
                if (!descending) {
                    Texts.fieldError(prefix + "points", "editionEditor.pool.points.invalid");
                    valid = false;
                }
            } catch (IllegalArgumentException e) {
                Texts.fieldError(prefix + "points", "editionEditor.pool.points.invalid");
                valid = false;
            }
        }
        return valid ? Optional.of(row.plan()) : Optional.empty();
    }

    public List<Area> getAreas() {
        return taxonomy.areas();
    }

    public Channel[] getChannelValues() {
        return Channel.values();
    }

    public ConflictRule[] getConflictRules() {
        return ConflictRule.values();
    }

    public TieBreak[] getTieBreaks() {
        return TieBreak.values();
    }

    public Filling[] getFillings() {
        return Filling.values();
    }

    public VotingMethod[] getMethods() {
        return VotingMethod.values();
    }

    public boolean isNew() {
        return version == null;
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

    public List<Channel> getChannels() {
        return channels;
    }

    public void setChannels(List<Channel> channels) {
        this.channels = channels;
    }

    public ConflictRule getConflictRule() {
        return conflictRule;
    }

    public void setConflictRule(ConflictRule conflictRule) {
        this.conflictRule = conflictRule;
    }

    public TieBreak getTieBreak() {
        return tieBreak;
    }

    public void setTieBreak(TieBreak tieBreak) {
        this.tieBreak = tieBreak;
    }

    public String getLotSeed() {
        return lotSeed;
    }

    public void setLotSeed(String lotSeed) {
        this.lotSeed = lotSeed;
    }

    public Filling getFilling() {
        return filling;
    }

    public void setFilling(Filling filling) {
        this.filling = filling;
    }

    public boolean isRequiresPesel() {
        return requiresPesel;
    }

    public void setRequiresPesel(boolean requiresPesel) {
        this.requiresPesel = requiresPesel;
    }

    public Integer getSupporters() {
        return supporters;
    }

    public void setSupporters(Integer supporters) {
        this.supporters = supporters;
    }

    public Integer getAppealDays() {
        return appealDays;
    }

    public void setAppealDays(Integer appealDays) {
        this.appealDays = appealDays;
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }

    public List<PoolRow> getPools() {
        return pools;
    }

    public boolean isPoolDefectVoidsPool() {
        return poolDefectVoidsPool;
    }

    public void setPoolDefectVoidsPool(boolean poolDefectVoidsPool) {
        this.poolDefectVoidsPool = poolDefectVoidsPool;
    }

    public boolean isRekeyRequired() {
        return rekeyRequired;
    }

    public void setRekeyRequired(boolean rekeyRequired) {
        this.rekeyRequired = rekeyRequired;
    }
}
