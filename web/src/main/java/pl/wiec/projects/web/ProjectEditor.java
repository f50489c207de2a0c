package pl.wiec.projects.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Beans;
import org.omnifaces.util.Faces;

import pl.wiec.projects.boundary.ProjectChangedMeanwhile;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.InformationMethod;
import pl.wiec.projects.control.ParticipationMethod;
import pl.wiec.projects.control.ParticipationMethods;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.ProjectTexts;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.PastChange;
import pl.wiec.projects.entity.TimelineNeedsConfirmation;
import pl.wiec.projects.entity.TimelineRejected;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.staff.boundary.NotStaff;
import pl.wiec.web.Language;
import pl.wiec.web.StaffFields;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/project.xhtml[?id=N]}: a clerk writes a project's texts in Polish and English, plans its phases and
 * publishes or archives it. Every save checks the version the form was loaded at.
 */
@Named
@ViewScoped
public class ProjectEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    ParticipationMethods methods;

    private Long id;
    private long version;
    private Visibility visibility;
    private String titlePl;
    private String titleEn;
    private String summaryPl;
    private String summaryEn;
    private String descriptionPl;
    private String descriptionEn;
    private List<PhaseRow> phases = new ArrayList<>();
    private List<Long> areaIds = new ArrayList<>();
    private List<Long> topicIds = new ArrayList<>();

    @Inject
    pl.wiec.municipality.boundary.Taxonomy taxonomy;

    /** Who may do one action in a phase, as the form edits it. */
    public static class RuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Action action;
        private Requirement requires = Requirement.SIGNED_IN;
        private Integer minimumAge;
        private List<String> areas = new ArrayList<>();

        static List<RuleRow> defaults() {
            return new ArrayList<>(java.util.Arrays.stream(Action.values())
                    .map(action -> of(action, ActionRule.anyoneSignedIn())).toList());
        }

        static RuleRow of(Action action, ActionRule rule) {
            RuleRow row = new RuleRow();
            row.action = action;
            row.requires = rule.requires();
            row.minimumAge = rule.minimumAge();
            row.areas = new ArrayList<>(rule.areas());
            return row;
        }

        ActionRule rule() {
            return new ActionRule(requires, minimumAge, areas);
        }

        public Action getAction() {
            return action;
        }

        public Requirement getRequires() {
            return requires;
        }

        public void setRequires(Requirement requires) {
            this.requires = requires;
        }

        public Integer getMinimumAge() {
            return minimumAge;
        }

        public void setMinimumAge(Integer minimumAge) {
            this.minimumAge = minimumAge;
        }

        public List<String> getAreas() {
            return areas;
        }

        public void setAreas(List<String> areas) {
            this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
        }
    }

    /** One editable row of the timeline. */
    public static class PhaseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String titlePl;
        private String titleEn;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private String method = InformationMethod.KEY;
        private List<RuleRow> rules = RuleRow.defaults();
        private boolean dislikes;
        private Integer supportThreshold;
        private Integer supportDays;

        PhasePlan plan() {
            Map<Action, ActionRule> planned = new EnumMap<>(Action.class);
            rules.forEach(rule -> planned.put(rule.action, rule.rule()));
            return new PhasePlan(id, new LocalizedText(titlePl, titleEn), startsOn, endsOn, method, planned, dislikes,
                    supportThreshold, supportDays);
        }

        public List<RuleRow> getRules() {
            return rules;
        }

        public boolean isDislikes() {
            return dislikes;
        }

        public void setDislikes(boolean dislikes) {
            this.dislikes = dislikes;
        }

        public Integer getSupportThreshold() {
            return supportThreshold;
        }

        public void setSupportThreshold(Integer supportThreshold) {
            this.supportThreshold = supportThreshold;
        }

        public Integer getSupportDays() {
            return supportDays;
        }

        public void setSupportDays(Integer supportDays) {
            this.supportDays = supportDays;
        }

        static PhaseRow of(PhasePlan plan) {
            PhaseRow row = new PhaseRow();
            row.id = plan.id();
            row.titlePl = plan.title().pl();
            row.titleEn = plan.title().en();
            row.startsOn = plan.startsOn();
            row.endsOn = plan.endsOn();
            row.method = plan.method();
            row.rules = new ArrayList<>(java.util.Arrays.stream(Action.values())
                    .map(action -> RuleRow.of(action, plan.rule(action))).toList());
            row.dislikes = plan.dislikes();
            row.supportThreshold = plan.supportThreshold();
            row.supportDays = plan.supportDays();
            return row;
        }

        /** The phase's id once saved (null for a phase added in the form). */
        public Long getId() {
            return id;
        }

        public String getTitlePl() {
            return titlePl;
        }

        public void setTitlePl(String titlePl) {
            this.titlePl = titlePl;
        }

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }
    }

    /** On first display: the project's current state, or an empty form for a new one. */
    public void load() {
        if (id == null) {
            return;
        }
        Project project = projects.find(id).orElse(null);
        if (project == null) {
            Faces.responseSendError(404, "No such project");
            Faces.responseComplete();
            return;
        }
        fill(project);
    }

    public void saveTexts() {
        ProjectTexts texts = new ProjectTexts(new LocalizedText(titlePl, titleEn),
                new LocalizedText(summaryPl, summaryEn), new LocalizedText(descriptionPl, descriptionEn));
        try {
            Project saved = id == null ? projects.create(texts) : projects.describe(id, version, texts);
            fill(saved);
            Texts.info("projectEditor.saved");
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("projectEditor.changedMeanwhile");
            Faces.validationFailed();
        }
    }

    public void addPhase() {
        PhaseRow row = new PhaseRow();
        PhaseRow last = phases.isEmpty() ? null : phases.get(phases.size() - 1);
        row.startsOn = last != null && last.endsOn != null ? last.endsOn.plusDays(1) : projects.today();
        row.endsOn = row.startsOn.plusDays(13);
        phases.add(row);
    }

    public void removePhase(PhaseRow row) {
        phases.remove(row);
    }

    public void savePhases() {
        savePhases(false);
    }

    /** Saves the timeline whose changes of what has already happened the clerk has read and confirmed. */
    public void confirmPhases() {
        savePhases(true);
    }

    private void savePhases(boolean confirmed) {
        pastChanges = List.of();
        for (int i = 0; i < phases.size(); i++) {
            PhaseRow row = phases.get(i);
            if (row.titlePl == null || row.titlePl.isBlank()) {
                Texts.fieldError("phases:" + i + ":titlePl", "projectEditor.phase.titleRequired");
                Faces.validationFailed();
                return;
            }
            for (int j = 0; j < row.rules.size(); j++) {
                Integer age = row.rules.get(j).minimumAge;
                if (age != null && (age < 0 || age > 120)) {
                    Texts.fieldError("phases:" + i + ":rules:" + j + ":minimumAge",
                            "projectEditor.phase.minimumAge.range");
                    Faces.validationFailed();
                    return;
                }
            }
            boolean countsSupports = methods.byKey(row.method).map(ParticipationMethod::countsSupports).orElse(false);
            if (countsSupports && (row.supportThreshold == null || row.supportThreshold < 1 || row.supportDays == null
                    || row.supportDays < 1)) {
                Texts.fieldError("phases:" + i + ":supportThreshold", "projectEditor.phase.proposalRules");
                Faces.validationFailed();
                return;
            }
            if (row.endsOn.isBefore(row.startsOn)) {
                Texts.fieldError("phases:" + i + ":endsOn", "projectEditor.phase.endsBeforeStart");
                Faces.validationFailed();
                return;
            }
        }
        try {
            fill(plan(phases.stream().map(PhaseRow::plan).toList(), confirmed));
            Texts.info("projectEditor.phasesSaved");
        } catch (TimelineNeedsConfirmation e) {
            shownChanges = e.changes();
            pastChanges = e.changes().stream().map(ProjectEditor::consequence).toList();
            Faces.validationFailed();
        } catch (TimelineRejected e) {
            Texts.error("projectEditor.phase.overlap", e.first().title().pl(), e.second().title().pl());
            Faces.validationFailed();
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("projectEditor.changedMeanwhile");
            Faces.validationFailed();
        }
    }

    /** What the timeline sent would change of what has already happened, to be confirmed; empty otherwise. */
    private List<String> pastChanges = List.of();

    /** The changes the clerk was shown: a confirmation saves only these, not others made in the form since. */
    private List<PastChange> shownChanges = List.of();

    private Project plan(List<PhasePlan> plans, boolean confirmed) throws TimelineRejected, TimelineNeedsConfirmation {
        try {
            return projects.plan(id, version, plans, false);
        } catch (TimelineNeedsConfirmation e) {
            if (confirmed && e.changes().equals(shownChanges)) {
                return projects.plan(id, version, plans, true);
            }
            throw e;
        }
    }

    public List<String> getPastChanges() {
        return pastChanges;
    }

    private static String consequence(PastChange change) {
        String title = change.title().in(Beans.getReference(Language.class).getLocale());
        return switch (change.change()) {
        case ENDS_BEFORE_TODAY -> Texts.text("projectEditor.past.ENDS_BEFORE_TODAY", title, change.endsOn().toString());
        case PAST_MOVED, STARTED_REMOVED -> Texts.text("projectEditor.past." + change.change(), title);
        };
    }

    private String moderators;
    private transient jakarta.servlet.http.Part coverFile;
    private String coverDescription;
    private boolean hasCover;
    private String coverVersion;

    private final pl.wiec.web.DocumentUpload document = new pl.wiec.web.DocumentUpload();
    private transient List<pl.wiec.projects.entity.AttachmentRef> documents;

    /** Adds the document in the form to the project. */
    public void attach() {
        pl.wiec.web.DocumentUpload.Taken taken = document.take();
        if (taken == null) {
            return;
        }
        projects.attach(id, taken.title(), taken.fileName(), taken.content());
        Texts.info("projectEditor.documents.added", taken.title());
        document.clear();
        documents = null;
    }

    public void detach(long attachmentId) {
        projects.detach(attachmentId);
        documents = null;
        Texts.info("projectEditor.documents.removed");
    }

    public List<pl.wiec.projects.entity.AttachmentRef> getDocuments() {
        if (documents == null) {
            documents = id == null ? List.of() : projects.attachments(id);
        }
        return documents;
    }

    public pl.wiec.web.DocumentUpload getDocument() {
        return document;
    }

    /** Saves a new cover picture with its description. */
    public void saveCover() {
        byte[] image = pl.wiec.web.Uploads.image(coverFile, "coverFile", pl.wiec.projects.entity.ProjectCover.MAX_BYTES,
                "projectEditor.cover");
        if (Faces.getContext().isValidationFailed()) {
            return;
        }
        if (image == null) {
            Texts.fieldError("coverFile", "projectEditor.cover.choose");
            Faces.validationFailed();
            return;
        }
        if (coverDescription == null || coverDescription.isBlank() || coverDescription.length() > 300) {
            Texts.fieldError("coverDescription", "projectEditor.cover.describe");
            Faces.validationFailed();
            return;
        }
        try {
            fill(projects.cover(id, version, image, coverDescription));
            Texts.info("projectEditor.cover.saved");
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("projectEditor.changedMeanwhile");
        }
    }

    public void removeCover() {
        try {
            fill(projects.cover(id, version, null, null));
            Texts.info("projectEditor.cover.removed");
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("projectEditor.changedMeanwhile");
        }
    }

    public jakarta.servlet.http.Part getCoverFile() {
        return coverFile;
    }

    public void setCoverFile(jakarta.servlet.http.Part coverFile) {
        this.coverFile = coverFile;
    }

    public String getCoverDescription() {
        return coverDescription;
    }

    public void setCoverDescription(String coverDescription) {
        this.coverDescription = coverDescription;
    }

    public boolean isHasCover() {
        return hasCover;
    }

    public String getCoverVersion() {
        return coverVersion;
    }

    public String getModerators() {
        return moderators;
    }

    public void setModerators(String moderators) {
        this.moderators = moderators;
    }

    /** Saves the project moderators' logins, typed separated by commas (or spaces). */
    public void saveModerators() {
        java.util.Set<String> logins = new java.util.TreeSet<>();
        for (String login : (moderators == null ? "" : moderators).split("[,;\\s]+")) {
            if (!login.isBlank()) {
                if (!login.matches("[A-Za-z0-9._-]{1,100}")) {
                    Texts.fieldError("moderators", "projectEditor.moderators.invalid", login);
                    Faces.validationFailed();
                    return;
                }
                logins.add(login);
            }
        }
        try {
            fill(projects.assignModerators(id, version, logins));
            Texts.info("projectEditor.moderators.saved");
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("projectEditor.changedMeanwhile");
        } catch (NotStaff refused) {
            StaffFields.refused("moderators", refused);
        }
    }

    private Long folderId;

    public Long getFolderId() {
        return folderId;
    }

    public void setFolderId(Long folderId) {
        this.folderId = folderId;
    }

    public List<pl.wiec.municipality.entity.Folder> getFolders() {
        return taxonomy.folders();
    }

    public void saveTags() {
        try {
            fill(projects.tag(id, version, new java.util.HashSet<>(areaIds), new java.util.HashSet<>(topicIds)));
            fill(projects.file(id, version, folderId));
            Texts.info("projectEditor.tagsSaved");
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("projectEditor.changedMeanwhile");
        }
    }

    public List<pl.wiec.municipality.entity.Area> getAreas() {
        return taxonomy.areas();
    }

    public List<pl.wiec.municipality.entity.Topic> getTopics() {
        return taxonomy.topics();
    }

    public List<Long> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(List<Long> areaIds) {
        this.areaIds = areaIds;
    }

    public List<Long> getTopicIds() {
        return topicIds;
    }

    public void setTopicIds(List<Long> topicIds) {
        this.topicIds = topicIds;
    }

    public void show(Visibility newVisibility) {
        try {
            fill(projects.show(id, version, newVisibility));
            Texts.info("projectEditor.visibility." + newVisibility);
        } catch (ProjectChangedMeanwhile e) {
            Texts.error("projectEditor.changedMeanwhile");
        }
    }

    private void fill(Project project) {
        id = project.id();
        version = project.version();
        visibility = project.visibility();
        titlePl = project.title().pl();
        titleEn = project.title().en();
        summaryPl = project.summary().pl();
        summaryEn = project.summary().en();
        descriptionPl = project.description().pl();
        descriptionEn = project.description().en();
        phases = new ArrayList<>(project.phases().stream().map(phase -> PhaseRow.of(phase.plan())).toList());
        areaIds = new ArrayList<>(project.areaIds());
        topicIds = new ArrayList<>(project.topicIds());
        moderators = String.join(", ", new java.util.TreeSet<>(project.moderators()));
        folderId = project.folderId();
        hasCover = project.hasCover();
        coverVersion = project.coverVersion();
        coverDescription = project.coverDescription();
    }

    /** The areas residents declare in their profile (the municipality's list): the choices of an area rule. */
    public List<String> getResidenceAreas() {
        if (residenceAreas == null) {
            residenceAreas = municipality.current().residentQuestions().residenceAreas();
        }
        return residenceAreas;
    }

    private transient List<String> residenceAreas;

    @Inject
    pl.wiec.municipality.boundary.MunicipalityProfile municipality;

    /** The requirements an action's rule may have (anyone, without signing in, only answers questions). */
    public List<Requirement> requirementsFor(Action action) {
        return java.util.Arrays.stream(Requirement.values()).filter(requirement -> requirement.allowedFor(action))
                .toList();
    }

    public List<ParticipationMethod> getMethods() {
        return methods.all();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public List<PhaseRow> getPhases() {
        return phases;
    }

    public String getTitlePl() {
        return titlePl;
    }

    public void setTitlePl(String titlePl) {
        this.titlePl = titlePl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSummaryPl() {
        return summaryPl;
    }

    public void setSummaryPl(String summaryPl) {
        this.summaryPl = summaryPl;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getDescriptionPl() {
        return descriptionPl;
    }

    public void setDescriptionPl(String descriptionPl) {
        this.descriptionPl = descriptionPl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }
}
