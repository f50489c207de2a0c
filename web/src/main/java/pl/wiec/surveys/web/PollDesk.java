package pl.wiec.surveys.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.surveys.boundary.ImportRejected;
import pl.wiec.surveys.boundary.PollDesign;
import pl.wiec.surveys.boundary.PollLocked;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.PollResults;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.surveys.boundary.QuestionRejected;
import pl.wiec.surveys.entity.Form;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;
import pl.wiec.web.Texts;
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
    /** 5 MB: 50,000 forms of a poll with a few questions (the Faces servlet's upload limit). */
    private static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

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
    private transient jakarta.servlet.http.Part importFile;
    private List<ImportRejected.RowProblem> importProblems = List.of();
    private int importProblemsTotal;

    public void load() {
        design = phase == null ? null : polls.design(phase).orElse(null);
        if (design == null) {
            Faces.responseSendError(404, "No such poll");
            Faces.responseComplete();
            return;
        }
        resultsPublic = design.resultsPublic();
        results = polls.results(phase);
    }

    /** Adds the question, or stores the one being edited. */
    public void save() {
        List<String> pl = lines(optionsPl);
        List<String> en = lines(optionsEn);
        boolean valid = true;
        if (titlePl == null || titlePl.isBlank()) {
            Texts.fieldError("titlePl", "pollDesk.problem.TITLE");
            valid = false;
        }
        if (pl.size() < QuestionPlan.MIN_OPTIONS || pl.size() > QuestionPlan.MAX_OPTIONS) {
            Texts.fieldError("optionsPl", "pollDesk.problem.OPTION_COUNT", QuestionPlan.MIN_OPTIONS,
                    QuestionPlan.MAX_OPTIONS);
            valid = false;
        }
        if (!en.isEmpty() && en.size() != pl.size()) {
            Texts.fieldError("optionsEn", "pollDesk.problem.englishOptions", pl.size());
            valid = false;
        }
        if (!valid) {
            Faces.validationFailed();
            return;
        }
        List<LocalizedText> options = new ArrayList<>();
        for (int i = 0; i < pl.size(); i++) {
            options.add(new LocalizedText(pl.get(i), en.isEmpty() ? null : en.get(i)));
        }
        QuestionPlan plan = new QuestionPlan(new LocalizedText(titlePl, titleEn), kind, required,
                kind == QuestionKind.MULTIPLE_CHOICE ? maxChoices : null, options);
        try {
            if (editing == null) {
                polls.addQuestion(phase, plan);
                Texts.info("pollDesk.added");
            } else {
                polls.reviseQuestion(editing, plan);
                Texts.info("pollDesk.revised");
            }
            clear();
            reload();
        } catch (QuestionRejected e) {
            if (e.problem() == QuestionPlan.Problem.QUESTIONS) {
                Texts.error("pollDesk.problem.QUESTIONS", Form.MAX_QUESTIONS);
                Faces.validationFailed();
                return;
            }
            String field = switch (e.problem()) {
            case TITLE -> "titlePl";
            case MAX_CHOICES -> "maxChoices";
            default -> "optionsPl";
            };
            Texts.fieldError(field, "pollDesk.problem." + e.problem().name(), QuestionPlan.MIN_OPTIONS,
                    QuestionPlan.MAX_OPTIONS, QuestionPlan.TITLE_LENGTH, QuestionPlan.OPTION_LENGTH);
            Faces.validationFailed();
        } catch (PollLocked e) {
            Texts.error("pollDesk.locked", e.responses());
            Faces.validationFailed();
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
        optionsPl = String.join("\n", plan.options().stream().map(LocalizedText::pl).toList());
        boolean english = plan.options().stream().anyMatch(option -> option.en() != null);
        optionsEn = english
                ? String.join("\n",
                        plan.options().stream().map(option -> option.en() == null ? option.pl() : option.en()).toList())
                : null;
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
            Texts.error("pollDesk.locked", e.responses());
        }
    }

    public void move(PollQuestion question, int by) {
        polls.moveQuestion(question.id(), by);
        reload();
    }

    public void saveSettings() {
        polls.showResultsToResidents(phase, resultsPublic);
        Texts.info("pollDesk.settingsSaved");
        reload();
    }

    /** Imports a spreadsheet of paper answers: all its rows or, with every problem listed by row, none. */
    public void importAnswers() {
        importProblems = List.of();
        byte[] bytes = Uploads.file(importFile, "importFile", MAX_IMPORT_BYTES, "pollDesk.import");
        if (bytes == null) {
            if (!Faces.isValidationFailed()) {
                Texts.fieldError("importFile", "pollDesk.import.choose");
                Faces.validationFailed();
            }
            return;
        }
        String name = importFile.getSubmittedFileName() == null ? "plik.csv" : importFile.getSubmittedFileName();
        try {
            int imported = polls.importAnswers(phase, name.length() > 255 ? name.substring(0, 255) : name, bytes);
            Texts.info("pollDesk.import.done", imported, name);
            reload();
        } catch (ImportRejected e) {
            importProblems = e.problems();
            importProblemsTotal = e.total();
            Texts.error(e.total() == 1 ? "pollDesk.import.rejectedOne" : "pollDesk.import.rejected", e.total(), name);
            Faces.validationFailed();
        }
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
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public PollDesign getDesign() {
        return design;
    }

    public List<ImportRejected.RowProblem> getImportProblems() {
        return importProblems;
    }

    public int getImportProblemsTotal() {
        return importProblemsTotal;
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

    public boolean isResultsPublic() {
        return resultsPublic;
    }

    public void setResultsPublic(boolean resultsPublic) {
        this.resultsPublic = resultsPublic;
    }
}
