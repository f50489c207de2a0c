package pl.wiec.surveys.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.surveys.boundary.ImportProgress;
import pl.wiec.surveys.boundary.ImportRejected;
import pl.wiec.surveys.boundary.PollDesign;
import pl.wiec.surveys.boundary.PollLocked;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.PollResults;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.surveys.boundary.QuestionRejected;
import pl.wiec.surveys.entity.Form;
import pl.wiec.surveys.entity.ImportJob;
import pl.wiec.surveys.entity.OptionImage;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;
import pl.wiec.web.Texts;
import pl.wiec.web.UploadLimits;
import pl.wiec.web.Uploads;

/**
 * {@code backoffice/poll.xhtml?phase=N}: staff write a poll's questions (title in Polish and English, single or
 * multiple choice, options one per line), put them in order, choose whether residents see the results after answering,
 * and read the results. What is wrong is named beside its field, and nothing typed is lost.
 */
@Named
@ViewScoped
public class PollDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Polls polls;

    private Long phase;
    private PollDesign design;
    private PollResults results;
    private Long editing;
    private String titlePl;
    private String titleEn;
    private QuestionKind kind = QuestionKind.SINGLE_CHOICE;
    private boolean required = true;
    private Integer maxChoices;
    private String optionsPl;
    private String optionsEn;
    private boolean resultsPublic;
    private boolean editable;
    private boolean startsPage;
    private boolean otherLast;
    private String pageTitlePl;
    private String pageTitleEn;
    private String descriptionPl;
    private String descriptionEn;
    private String min;
    private String max;
    private Integer scalePoints = 5;
    /** A scale's matrix: its title (rows with the same title form one table) and, when adding, more rows at once. */
    private String gridPl;
    private String gridEn;
    private String gridRows;
    private String scaleLow;
    private String scaleHigh;
    /**
     * Per option (by place), where choosing it leads: "" the next page, "end", or the id of a later page's question.
     */
    private List<String> skips = new ArrayList<>();
    private transient jakarta.servlet.http.Part importFile;
    /** A picture for an option of the question edited: which option, the file, what it shows. */
    private Long imageOption;
    private transient jakarta.servlet.http.Part imageFile;
    private String imageDescriptionPl;
    private String imageDescriptionEn;
    /** The background import this page follows (the {@code import} parameter), and how far it is. */
    private Long importJob;
    private ImportProgress importProgress;

    public void load() {
        design = phase == null ? null : polls.design(phase).orElse(null);
        if (design == null) {
            Faces.responseSendError(404, "No such poll");
            Faces.responseComplete();
            return;
        }
        resultsPublic = design.resultsPublic();
        editable = design.editable();
        results = polls.results(phase);
        importProgress = readImport();
    }

    /** Adds the question, or stores the one being edited. */
    /**
     * A problem of the question's plan beside its field; every such message takes the same limits in the same places
     * (the title's "najwyżej {2} znaków" was shown raw when it was said without them).
     */
    private void planProblem(String field, String problem) {
        Texts.fieldError(field, "pollDesk.problem." + problem, QuestionPlan.MIN_OPTIONS, mostOptions(),
                QuestionPlan.TITLE_LENGTH, QuestionPlan.OPTION_LENGTH, QuestionPlan.PAGE_TITLE_LENGTH,
                QuestionPlan.MAX_SCALE, QuestionPlan.DESCRIPTION_LENGTH);
    }

    public void save() {
        skips = new ArrayList<>();
        for (int i = 0; Faces.getRequestParameter("skip-" + i) != null; i++) {
            skips.add(Faces.getRequestParameter("skip-" + i));
        }
        List<String> pl = kind == QuestionKind.SCALE ? scaleLabels() : kind.isChoice() ? lines(optionsPl) : List.of();
        List<String> en = kind.isChoice() && kind != QuestionKind.SCALE ? lines(optionsEn) : List.of();
        boolean valid = true;
        if (titlePl == null || titlePl.isBlank()) {
            planProblem("titlePl", "TITLE");
            valid = false;
        }
        if (kind == QuestionKind.SCALE && pl.isEmpty()) {
            Texts.fieldError("scalePoints", "pollDesk.problem.SCALE", QuestionPlan.MAX_SCALE);
            valid = false;
        } else if (kind.isChoice() && (pl.size() < QuestionPlan.MIN_OPTIONS || pl.size() > mostOptions())) {
            Texts.fieldError("optionsPl", "pollDesk.problem.OPTION_COUNT", QuestionPlan.MIN_OPTIONS, mostOptions());
            valid = false;
        }
        if (!en.isEmpty() && en.size() != pl.size()) {
            Texts.fieldError("optionsEn", "pollDesk.problem.englishOptions", pl.size());
            valid = false;
        }
        BigDecimal lower = kind == QuestionKind.NUMBER ? number(min, "min") : null;
        BigDecimal upper = kind == QuestionKind.NUMBER ? number(max, "max") : null;
        if (!valid || Faces.isValidationFailed()) {
            Faces.validationFailed();
            return;
        }
        List<LocalizedText> options = new ArrayList<>();
        for (int i = 0; i < pl.size(); i++) {
            options.add(new LocalizedText(pl.get(i), en.isEmpty() ? null : en.get(i)));
        }
        List<QuestionPlan.Skip> leads = new ArrayList<>();
        for (int i = 0; i < options.size() && kind == QuestionKind.SINGLE_CHOICE; i++) {
            String skip = i < skips.size() ? skips.get(i) : "";
            if (skip != null && !skip.isEmpty() && !"end".equals(skip) && !skip.chars().allMatch(Character::isDigit)) {
                skip = "";
            }
            leads.add(skip == null || skip.isBlank() ? QuestionPlan.Skip.NEXT
                    : "end".equals(skip) ? QuestionPlan.Skip.END : new QuestionPlan.Skip(Long.valueOf(skip), false));
        }
        QuestionPlan plan = new QuestionPlan(new LocalizedText(titlePl, titleEn), kind, required,
                kind == QuestionKind.MULTIPLE_CHOICE ? maxChoices : null, options, startsPage,
                startsPage ? new LocalizedText(pageTitlePl, pageTitleEn) : null, lower, upper, leads,
                otherLast && (kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE))
                        .inGrid(kind == QuestionKind.SCALE ? new LocalizedText(gridPl, gridEn) : null)
                        .describedAs(new LocalizedText(descriptionPl, descriptionEn));
        try {
            if (editing == null && plan.grid() != null && !lines(gridRows).isEmpty()) {
                List<QuestionPlan> rows = new ArrayList<>(List.of(plan));
                for (String row : lines(gridRows)) {
                    rows.add(new QuestionPlan(LocalizedText.polish(row), kind, required, null, options, false, null,
                            null, null, List.of(), false, plan.grid()));
                }
                polls.addQuestions(phase, rows);
                Texts.info("surveyDesk.gridAdded", rows.size());
            } else if (editing == null) {
                polls.addQuestion(phase, plan);
                Texts.info("pollDesk.added");
            } else {
                polls.reviseQuestion(editing, plan);
                Texts.info("pollDesk.revised");
            }
            clear();
            reload();
        } catch (QuestionRejected e) {
            if (e.problem() == QuestionPlan.Problem.SKIP) {
                Texts.error("pollDesk.problem.SKIP");
                Faces.validationFailed();
                return;
            }
            if (e.problem() == QuestionPlan.Problem.QUESTIONS) {
                Texts.error(desk("problem.QUESTIONS"),
                        design.survey() ? Form.MAX_SURVEY_QUESTIONS : Form.MAX_QUESTIONS);
                Faces.validationFailed();
                return;
            }
            String field = switch (e.problem()) {
            case TITLE -> "titlePl";
            case MAX_CHOICES -> "maxChoices";
            case PAGE_TITLE -> "pageTitlePl";
            case BOUNDS -> "min";
            case KIND -> "kind";
            case OTHER -> "otherLast";
            case GRID -> "gridPl";
            case DESCRIPTION -> "descriptionPl";
            default -> kind == QuestionKind.SCALE ? "scalePoints" : "optionsPl";
            };
            planProblem(field, e.problem().name());
            Faces.validationFailed();
        } catch (PollLocked e) {
            Texts.error(desk("locked"), e.responses());
            Faces.validationFailed();
        }
    }

    /** The most options the kind chosen may have (a ranking fewer than a choice). */
    private int mostOptions() {
        return kind != null && kind.isRanking() ? QuestionPlan.MAX_RANKED : QuestionPlan.MAX_OPTIONS;
    }

    /** The key of a text that names the form: a poll's, or a survey's where they differ. */
    public String desk(String key) {
        return (design != null && design.survey() ? "surveyDesk." : "pollDesk.") + key;
    }

    /** A scale's points as options: 1 to N, the first and last with their descriptions. */
    private List<String> scaleLabels() {
        if (scalePoints == null || scalePoints < 2 || scalePoints > QuestionPlan.MAX_SCALE) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        for (int point = 1; point <= scalePoints; point++) {
            String end = point == 1 ? scaleLow : point == scalePoints ? scaleHigh : null;
            labels.add(end == null || end.isBlank() ? String.valueOf(point) : point + " – " + end.strip());
        }
        return labels;
    }

    private static BigDecimal number(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            Texts.fieldError(field, "pollDesk.problem.notNumber");
            Faces.validationFailed();
            return null;
        }
    }

    /** Puts the question into the form to be changed. */
    public void edit(PollQuestion question) {
        QuestionPlan plan = question.plan();
        editing = question.id();
        titlePl = plan.title().pl();
        titleEn = plan.title().en();
        kind = plan.kind();
        required = plan.required();
        maxChoices = plan.maxChoices();
        startsPage = plan.startsPage();
        otherLast = plan.otherLast();
        pageTitlePl = plan.pageTitle() == null ? null : plan.pageTitle().pl();
        pageTitleEn = plan.pageTitle() == null ? null : plan.pageTitle().en();
        descriptionPl = plan.description() == null ? null : plan.description().pl();
        descriptionEn = plan.description() == null ? null : plan.description().en();
        min = PlainNumbers.of(plan.min());
        max = PlainNumbers.of(plan.max());
        skips = new ArrayList<>();
        for (int i = 0; i < plan.options().size(); i++) {
            QuestionPlan.Skip skip = plan.skip(i);
            skips.add(skip.toEnd() ? "end" : skip.toQuestion() == null ? "" : String.valueOf(skip.toQuestion()));
        }
        gridPl = plan.grid() == null ? null : plan.grid().pl();
        gridEn = plan.grid() == null ? null : plan.grid().en();
        gridRows = null;
        if (plan.kind() == QuestionKind.SCALE) {
            scalePoints = plan.options().size();
            scaleLow = scaleEnd(plan.options().get(0).pl());
            scaleHigh = scaleEnd(plan.options().get(plan.options().size() - 1).pl());
        }
        optionsPl = String.join("\n", plan.options().stream().map(LocalizedText::pl).toList());
        boolean english = plan.options().stream().anyMatch(option -> option.en() != null);
        optionsEn = english
                ? String.join("\n",
                        plan.options().stream().map(option -> option.en() == null ? option.pl() : option.en()).toList())
                : null;
    }

    private static String scaleEnd(String label) {
        int dash = label.indexOf(" – ");
        return dash < 0 ? null : label.substring(dash + 3);
    }

    /**
     * Where an option of the question being edited may lead: the pages after the question's own (named by their first
     * question), as values for the select beside each option.
     */
    public List<PollQuestion> getSkipTargets() {
        if (editing == null || design == null) {
            return List.of();
        }
        // the first question of each page after the one holding the question edited
        List<PollQuestion> starts = new ArrayList<>();
        boolean after = false;
        for (List<PollQuestion> page : PollQuestion.pages(design.questions())) {
            if (after) {
                starts.add(page.get(0));
            }
            after |= page.stream().anyMatch(question -> question.id() == editing);
        }
        return starts;
    }

    /** The option labels of the question being edited, for its skip logic. */
    public List<String> getSkipOptions() {
        return editing == null ? List.of() : lines(optionsPl);
    }

    public void remove(PollQuestion question) {
        try {
            polls.removeQuestion(question.id());
            Texts.info("pollDesk.removed");
            if (question.id() == (editing == null ? -1 : editing)) {
                clear();
            }
            reload();
        } catch (PollLocked e) {
            Texts.error(desk("locked"), e.responses());
        }
    }

    public void move(PollQuestion question, int by) {
        polls.moveQuestion(question.id(), by);
        reload();
    }

    public void saveSettings() {
        polls.showResultsToResidents(phase, resultsPublic);
        if (design.survey()) {
            polls.allowChanges(phase, editable);
        }
        Texts.info("pollDesk.settingsSaved");
        reload();
    }

    /**
     * Starts importing a spreadsheet of paper answers in the background (all its rows or, with every problem listed by
     * row, none) and shows its progress: the page comes back with the job's number in its address, so a reload, or
     * another tab, follows the same import.
     */
    public void importAnswers() {
        byte[] bytes = Uploads.file(importFile, "importFile", UploadLimits.IMPORT, "pollDesk.import");
        if (bytes == null) {
            if (!Faces.isValidationFailed()) {
                Texts.fieldError("importFile", "pollDesk.import.choose");
                Faces.validationFailed();
            }
            return;
        }
        String name = importFile.getSubmittedFileName() == null ? "plik.csv" : importFile.getSubmittedFileName();
        long job = polls.startImport(phase, name.length() > 255 ? name.substring(0, 255) : name, bytes);
        Faces.redirect(Faces.getRequestContextPath() + "/backoffice/poll.xhtml?phase=" + phase + "&import=" + job
                + "#import-status");
    }

    /** Reads how far the import is; once it has stored the answers, the counts on the page too. */
    public void followImport() {
        importProgress = readImport();
        if (importProgress != null && importProgress.stage() == ImportJob.Stage.DONE) {
            reload();
        }
    }

    /** The import this page follows, if it is one of this phase's. */
    private ImportProgress readImport() {
        return importJob == null ? null
                : polls.importProgress(importJob).filter(progress -> progress.phaseId() == phase).orElse(null);
    }

    /** What a rejected import's problem says, in words. */
    public String describe(ImportRejected.RowProblem problem) {
        return Texts.text("pollDesk.import.problem." + problem.problem().name(), problem.column());
    }

    private void reload() {
        design = polls.design(phase).orElseThrow();
        results = polls.results(phase);
    }

    private void clear() {
        editing = null;
        titlePl = null;
        titleEn = null;
        kind = QuestionKind.SINGLE_CHOICE;
        required = true;
        maxChoices = null;
        optionsPl = null;
        optionsEn = null;
        startsPage = false;
        otherLast = false;
        pageTitlePl = null;
        pageTitleEn = null;
        descriptionPl = null;
        descriptionEn = null;
        min = null;
        max = null;
        scalePoints = 5;
        scaleLow = null;
        scaleHigh = null;
        skips = new ArrayList<>();
        gridPl = null;
        gridEn = null;
        gridRows = null;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The kinds of question the form asks: a poll only choices, a survey any. */
    public List<QuestionKind> getKinds() {
        return Arrays.stream(QuestionKind.values()).filter(k -> design != null && design.survey() || k.inPolls())
                .toList();
    }

    public String getGridPl() {
        return gridPl;
    }

    public void setGridPl(String gridPl) {
        this.gridPl = gridPl;
    }

    public String getGridEn() {
        return gridEn;
    }

    public void setGridEn(String gridEn) {
        this.gridEn = gridEn;
    }

    public String getGridRows() {
        return gridRows;
    }

    public void setGridRows(String gridRows) {
        this.gridRows = gridRows;
    }

    public PollDesign getDesign() {
        return design;
    }

    public Long getImportJob() {
        return importJob;
    }

    public void setImportJob(Long importJob) {
        this.importJob = importJob;
    }

    public ImportProgress getImportProgress() {
        return importProgress;
    }

    public jakarta.servlet.http.Part getImportFile() {
        return importFile;
    }

    public void setImportFile(jakarta.servlet.http.Part importFile) {
        this.importFile = importFile;
    }

    public PollResults getResults() {
        return results;
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The question being edited as it is stored (its options and their pictures); null when none is. */
    public PollQuestion getEdited() {
        return editing == null || design == null ? null
                : design.questions().stream().filter(question -> question.id() == editing).findFirst().orElse(null);
    }

    /** Whether the options of the question edited may show pictures: a choice's or a ranking's, not a scale's. */
    public boolean isIllustratable() {
        PollQuestion edited = getEdited();
        return edited != null && edited.isChoice() && edited.kind() != QuestionKind.SCALE;
    }

    /** Shows the picture uploaded beside the option chosen; a wrong file or a missing description is named. */
    public void illustrate() {
        PollQuestion edited = getEdited();
        PollQuestion.Option option = edited == null || imageOption == null ? null
                : edited.options().stream().filter(o -> o.id() == imageOption).findFirst().orElse(null);
        if (option == null) {
            Texts.fieldError("imageOption", "surveyDesk.image.chooseOption");
            Faces.validationFailed();
        }
        if (imageDescriptionPl == null || imageDescriptionPl.isBlank()
                || imageDescriptionPl.strip().length() > QuestionPlan.OPTION_LENGTH) {
            Texts.fieldError("imageDescriptionPl", "surveyDesk.image.describe", QuestionPlan.OPTION_LENGTH);
            Faces.validationFailed();
        }
        if (imageDescriptionEn != null && imageDescriptionEn.strip().length() > QuestionPlan.OPTION_LENGTH) {
            Texts.fieldError("imageDescriptionEn", "surveyDesk.image.describe", QuestionPlan.OPTION_LENGTH);
            Faces.validationFailed();
        }
        byte[] image = Uploads.image(imageFile, "imageFile", OptionImage.MAX_BYTES, "surveyDesk.image");
        if (image == null && !Faces.isValidationFailed()) {
            Texts.fieldError("imageFile", "surveyDesk.image.choose");
            Faces.validationFailed();
        }
        if (Faces.isValidationFailed()) {
            return;
        }
        try {
            polls.illustrateOption(option.id(), image, imageDescriptionPl, imageDescriptionEn);
        } catch (EJBException unreadable) {
            // the bytes look like a picture but cannot be decoded (or are too many pixels): nothing was stored
            Texts.fieldError("imageFile", "surveyDesk.image.unreadable");
            Faces.validationFailed();
            return;
        }
        Texts.info("surveyDesk.image.added", option.label().pl());
        imageOption = null;
        imageDescriptionPl = null;
        imageDescriptionEn = null;
        reload();
    }

    /** Takes the picture away from the option. */
    public void removeImage(PollQuestion.Option option) {
        polls.removeOptionImage(option.id());
        Texts.info("surveyDesk.image.removed", option.label().pl());
        reload();
    }

    public Long getImageOption() {
        return imageOption;
    }

    public void setImageOption(Long imageOption) {
        this.imageOption = imageOption;
    }

    public jakarta.servlet.http.Part getImageFile() {
        return imageFile;
    }

    public void setImageFile(jakarta.servlet.http.Part imageFile) {
        this.imageFile = imageFile;
    }

    public String getImageDescriptionPl() {
        return imageDescriptionPl;
    }

    public void setImageDescriptionPl(String imageDescriptionPl) {
        this.imageDescriptionPl = imageDescriptionPl;
    }

    public String getImageDescriptionEn() {
        return imageDescriptionEn;
    }

    public void setImageDescriptionEn(String imageDescriptionEn) {
        this.imageDescriptionEn = imageDescriptionEn;
    }

    public Long getPhase() {
        return phase;
    }

    public void setPhase(Long phase) {
        this.phase = phase;
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

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind == null ? QuestionKind.SINGLE_CHOICE : kind;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(Integer maxChoices) {
        this.maxChoices = maxChoices;
    }

    public String getOptionsPl() {
        return optionsPl;
    }

    public void setOptionsPl(String optionsPl) {
        this.optionsPl = optionsPl;
    }

    public String getOptionsEn() {
        return optionsEn;
    }

    public void setOptionsEn(String optionsEn) {
        this.optionsEn = optionsEn;
    }

    public boolean isEditable() {
        return editable;
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
    }

    public boolean isOtherLast() {
        return otherLast;
    }

    public void setOtherLast(boolean otherLast) {
        this.otherLast = otherLast;
    }

    public boolean isStartsPage() {
        return startsPage;
    }

    public void setStartsPage(boolean startsPage) {
        this.startsPage = startsPage;
    }

    public String getPageTitlePl() {
        return pageTitlePl;
    }

    public void setPageTitlePl(String pageTitlePl) {
        this.pageTitlePl = pageTitlePl;
    }

    public String getPageTitleEn() {
        return pageTitleEn;
    }

    public void setPageTitleEn(String pageTitleEn) {
        this.pageTitleEn = pageTitleEn;
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

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max;
    }

    public Integer getScalePoints() {
        return scalePoints;
    }

    public void setScalePoints(Integer scalePoints) {
        this.scalePoints = scalePoints;
    }

    public String getScaleLow() {
        return scaleLow;
    }

    public void setScaleLow(String scaleLow) {
        this.scaleLow = scaleLow;
    }

    public String getScaleHigh() {
        return scaleHigh;
    }

    public void setScaleHigh(String scaleHigh) {
        this.scaleHigh = scaleHigh;
    }

    public List<String> getSkips() {
        while (skips.size() < getSkipOptions().size()) {
            skips.add("");
        }
        return skips;
    }

    public void setSkips(List<String> skips) {
        this.skips = skips;
    }

    public boolean isResultsPublic() {
        return resultsPublic;
    }

    public void setResultsPublic(boolean resultsPublic) {
        this.resultsPublic = resultsPublic;
    }
}
