package pl.wiec.surveys.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;

import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.web.Refusals;
import pl.wiec.surveys.boundary.AlreadyAnswered;
import pl.wiec.surveys.boundary.AnswersRejected;
import pl.wiec.surveys.boundary.AttachedFile;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.Survey;
import pl.wiec.surveys.boundary.Surveys;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.AnswerProblem;
import pl.wiec.surveys.entity.Attachment;
import pl.wiec.surveys.entity.Coordinate;
import pl.wiec.surveys.entity.Form;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.TypedValue;
import pl.wiec.web.LocalPath;
import pl.wiec.web.Texts;

/**
 * {@code survey.xhtml?phase=N[&page=P|&review=true]}: a resident answers a survey page by page. Each question is plain
 * inputs named {@code q-ID} (a point: {@code q-ID-lat} and {@code q-ID-lng}, which the map fills or the person types),
 * so every control is labelled in its question's fieldset. "Next" checks the page and keeps it in the draft; "Back" and
 * "Save and finish later" keep it unchecked; after the last page the resident reviews every answer and sends. A broken
 * rule is named beside its question and everything typed stays in the fields. A file question is a file input
 * ({@code q-ID-file}): a file chosen is stored when the page is sent, whatever else the page breaks, and then kept by
 * its id in {@code q-ID} (ticking {@code q-ID-remove} takes it out of the answer).
 */
@Named
@ViewScoped
public class SurveyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    AnonymousAnswers anonymous;

    private Long phase;
    private Integer page;
    private boolean review;
    private Survey survey;
    /** What was typed, per input name, when a page is shown again after a broken rule. */
    private Map<String, List<String>> typed;
    private Map<Long, AnswerProblem> problems = new HashMap<>();
    /** The files the person has attached to this survey, per id (read when first needed). */
    private Map<Long, AttachedFile> attached;

    public void load() {
        survey = phase == null ? null : surveys.survey(phase).orElse(null);
        if (survey == null) {
            Faces.responseSendError(404, "No such survey");
            Faces.responseComplete();
            return;
        }
        if (survey.anonymous()) {
            Map<Long, Answer> kept = anonymous.of(phase);
            survey = survey.as(kept, anonymous.page(phase), surveys.path(phase, kept), anonymous.isSent(phase));
        }
        if (page == null || page < 0 || page >= survey.pages().size()) {
            page = survey.currentPage();
        }
    }

    /** The anonymous answerer's answers with the page's typed ones. */
    private Map<Long, Answer> withPage(Map<Long, Answer> ofPage) {
        Map<Long, Answer> all = anonymous.of(phase);
        all.putAll(ofPage);
        return all;
    }

    /** Checks the page, keeps it, and shows the page the answers lead to (or the review). */
    public void next() {
        try {
            Map<Long, Answer> answers = read();
            if (!problems.isEmpty()) {
                // what could not be read is named, and with it whatever else breaks the page's rules
                surveys.problems(phase, page, answers).forEach(problems::putIfAbsent);
                Texts.error("survey.rejected");
                return;
            }
            int to;
            if (survey.anonymous()) {
                Map<Long, Answer> all = withPage(answers);
                to = surveys.forwardAnonymously(phase, page, all);
                anonymous.keep(phase, all, to == Form.END ? page : to);
            } else {
                to = surveys.forward(phase, page, answers);
            }
            go(to == Form.END ? "&review=true" : "&page=" + to);
        } catch (AnswersRejected e) {
            problems = new HashMap<>(e.problems());
            Texts.error("survey.rejected");
        } catch (NotAllowed e) {
            Texts.errorText(refusalText(e.refusal()));
        }
    }

    /** Keeps the page as it is and shows the one before it. */
    public void back() {
        keep(true);
    }

    /** Keeps the page as it is, to come back to later. */
    public void later() {
        if (keep(false)) {
            Faces.getFlash().setKeepMessages(true);
            Texts.info("survey.kept");
            Faces.redirect(Faces.getRequestContextPath() + "/project.xhtml?id=" + survey.projectId());
        }
    }

    private boolean keep(boolean back) {
        try {
            Map<Long, Answer> answers = read();
            // a file that could not be stored is named on the page, which stays; the file attached before is kept
            Map<Long, AnswerProblem> files = new HashMap<>(problems);
            files.values().removeIf(problem -> !problem.isFile());
            // what cannot be read (a number that is not one) is left as it was in the draft
            problems.keySet().stream().filter(id -> !files.containsKey(id)).forEach(answers::remove);
            problems = new HashMap<>();
            int to;
            if (survey.anonymous()) {
                Map<Long, Answer> all = withPage(answers);
                List<Integer> path = surveys.path(phase, all);
                int at = path.indexOf(page);
                to = back && at > 0 ? path.get(at - 1) : page;
                anonymous.keep(phase, all, to);
            } else {
                to = surveys.keep(phase, page, answers, back);
            }
            if (!files.isEmpty()) {
                problems = files;
                Texts.error("survey.fileNotKept");
                return false;
            }
            if (back) {
                go("&page=" + to);
            }
            return true;
        } catch (NotAllowed e) {
            Texts.errorText(refusalText(e.refusal()));
            return false;
        }
    }

    /** Sends the answers reviewed; a rule broken on the way shows the page of the first question concerned. */
    public void send() {
        try {
            if (survey.anonymous()) {
                surveys.sendAnonymously(phase, anonymous.of(phase), anonymous.key(phase));
                anonymous.sent(phase);
            } else {
                surveys.send(phase);
            }
            Faces.getFlash().setKeepMessages(true);
            Texts.info("survey.sent");
            go("");
        } catch (AnswersRejected e) {
            int first = e.problems().keySet().stream().mapToInt(this::pageOf).filter(p -> p >= 0).min().orElse(0);
            Faces.getFlash().setKeepMessages(true);
            Texts.error(e.problems().containsKey(AnswersRejected.WHOLE) ? "survey.empty" : "survey.rejectedOnSend");
            go("&page=" + first);
        } catch (AlreadyAnswered e) {
            if (survey.anonymous()) {
                anonymous.sent(phase);
                go("");
                return;
            }
            Texts.error("survey.alreadySent");
        } catch (NotAllowed e) {
            Texts.errorText(refusalText(e.refusal()));
        }
    }

    /** Opens what the resident sent to change it. */
    public void change() {
        try {
            surveys.change(phase);
            go("&page=0");
        } catch (AlreadyAnswered e) {
            Texts.error("survey.alreadySent");
        } catch (NotAllowed e) {
            Texts.errorText(refusalText(e.refusal()));
        }
    }

    /** Forgets the draft. */
    public void discard() {
        if (survey.anonymous()) {
            anonymous.forget(phase);
        } else {
            surveys.discard(phase);
        }
        Faces.getFlash().setKeepMessages(true);
        Texts.info("survey.discarded");
        go("");
    }

    private void go(String query) {
        Faces.redirect(Faces.getRequestContextPath() + "/survey.xhtml?phase=" + phase + query);
    }

    /**
     * The answers of the page's questions as typed, a file chosen stored; what cannot be read (or stored) is named in
     * {@link #problems}.
     */
    private Map<Long, Answer> read() throws NotAllowed {
        Map<String, String[]> parameters = Faces.getRequestParameterValuesMap();
        Map<Long, Answer> answers = new LinkedHashMap<>();
        typed = new HashMap<>();
        problems = new HashMap<>();
        for (PollQuestion question : getQuestions()) {
            String name = "q-" + question.id();
            List<String> values = values(parameters, name);
            typed.put(name, values);
            String value = values.isEmpty() ? "" : values.get(0).strip();
            if (question.kind() == QuestionKind.FILE) {
                Long file = readFile(question, value);
                typed.put(name, file == null ? List.of() : List.of(String.valueOf(file)));
                answers.put(question.id(), file == null ? Answer.NONE : Answer.attached(file));
                continue;
            }
            if (question.isRanking()) {
                readRanking(question, parameters).ifPresentOrElse(ranked -> answers.put(question.id(), ranked),
                        () -> problems.put(question.id(), AnswerProblem.RANKING));
                continue;
            }
            if (question.isChoice()) {
                Set<Long> ids = new LinkedHashSet<>();
                for (String one : values) {
                    try {
                        ids.add(Long.valueOf(one.strip()));
                    } catch (NumberFormatException e) {
                        problems.put(question.id(), AnswerProblem.UNKNOWN);
                    }
                }
                String other = question.hasOther() ? first(parameters, name + "-other").strip() : "";
                typed.put(name + "-other", values(parameters, name + "-other"));
                long otherId = question.hasOther() ? question.options().get(question.options().size() - 1).id() : -1;
                if (!other.isEmpty() && !ids.contains(otherId) && (question.isMultiple() || ids.isEmpty())) {
                    ids.add(otherId); // what was written says "other" was meant
                }
                answers.put(question.id(),
                        new Answer(ids, ids.contains(otherId) ? other : null, null, null, null, null));
                continue;
            }
            TypedValue read = question.kind() == QuestionKind.POINT
                    ? TypedValue.point(first(parameters, name + "-lat"), first(parameters, name + "-lng"))
                    : TypedValue.read(question.kind(), value);
            if (question.kind() == QuestionKind.POINT) {
                typed.put(name + "-lat", values(parameters, name + "-lat"));
                typed.put(name + "-lng", values(parameters, name + "-lng"));
            }
            if (read.readable()) {
                answers.put(question.id(), read.answer());
            } else {
                problems.put(question.id(), read.problem());
            }
        }
        return answers;
    }

    /**
     * A ranking as chosen: a place per option ({@code q-ID-place-OPTION}, blank for none yet), the options in the order
     * of their places; empty when a place is not one or two options share it. (Places left out are the rule's to name.)
     */
    private Optional<Answer> readRanking(PollQuestion question, Map<String, String[]> parameters) {
        Map<Integer, Long> byPlace = new TreeMap<>();
        boolean broken = false;
        for (PollQuestion.Option option : question.options()) {
            String name = placeField(question, option);
            typed.put(name, values(parameters, name));
            String place = first(parameters, name).strip();
            if (place.isEmpty()) {
                continue;
            }
            try {
                int at = Integer.parseInt(place);
                broken |= at < 1 || at > question.options().size() || byPlace.put(at, option.id()) != null;
            } catch (NumberFormatException e) {
                broken = true;
            }
        }
        return broken ? Optional.empty() : Optional.of(Answer.ranked(List.copyOf(byPlace.values())));
    }

    /**
     * A file question's answer: the file chosen now, stored (when it cannot be, its problem is named and the file
     * attached before stays), else none when "remove" is ticked, else the file attached before.
     */
    private Long readFile(PollQuestion question, String kept) throws NotAllowed {
        String name = "q-" + question.id();
        Long before = kept.matches("\\d{1,18}") ? Long.valueOf(kept) : null;
        Part part = part(name + "-file");
        boolean chosen = part != null && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isEmpty();
        if (chosen && part.getSize() == 0) {
            problems.put(question.id(), AnswerProblem.FILE_SIZE); // an empty file
            return before;
        }
        if (!chosen || part.getSize() == 0) {
            return Faces.getRequestParameter(name + "-remove") != null ? null : before;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] content = in.readNBytes(Attachment.MAX_BYTES + 1);
            AttachedFile file = surveys.attach(phase, question.id(), part.getSubmittedFileName(), content,
                    survey.anonymous() ? anonymous.key(phase) : null);
            getAttached().put(file.id(), file);
            return file.id();
        } catch (AnswersRejected e) {
            problems.put(question.id(), e.problems().getOrDefault(question.id(), AnswerProblem.FILE_TYPE));
            return before;
        } catch (IOException e) {
            problems.put(question.id(), AnswerProblem.FILE_SIZE); // the upload broke off
            return before;
        }
    }

    /** The uploaded part of this name; null when the request carries none. */
    private static Part part(String name) {
        try {
            return ((HttpServletRequest) Faces.getRequest()).getPart(name);
        } catch (IOException | ServletException | IllegalStateException e) {
            return null;
        }
    }

    /** The largest file a file question takes, for the page to say so before sending one. */
    public int getMaxFileBytes() {
        return Attachment.MAX_BYTES;
    }

    /** What the page says of a file too large, as the server would. */
    public String getTooLargeText() {
        return Texts.text("survey.problem.FILE_SIZE", Attachment.MAX_BYTES / (1024 * 1024));
    }

    /** The files the person has attached to this survey, per id. */
    public Map<Long, AttachedFile> getAttached() {
        if (attached == null) {
            attached = new HashMap<>(surveys.attachments(phase, survey.anonymous() ? anonymous.key(phase) : null));
        }
        return attached;
    }

    /** The file a file question's answer holds: as sent with the page, else as kept; null when none. */
    public AttachedFile attachedFile(PollQuestion question) {
        String name = "q-" + question.id();
        Long id;
        if (typed != null && typed.containsKey(name)) {
            List<String> values = typed.get(name);
            id = values.isEmpty() ? null : Long.valueOf(values.get(0));
        } else {
            Answer answer = survey.answers().get(question.id());
            id = answer == null ? null : answer.attachment();
        }
        return id == null ? null : getAttached().get(id);
    }

    /** The name of the field giving a ranking's option its place. */
    public String placeField(PollQuestion question, PollQuestion.Option option) {
        return "q-" + question.id() + "-place-" + option.id();
    }

    /** The place given to a ranking's option: as chosen, else as kept; empty when none. */
    public String placeOf(PollQuestion question, PollQuestion.Option option) {
        String name = placeField(question, option);
        if (typed != null && typed.containsKey(name)) {
            List<String> values = typed.get(name);
            return values.isEmpty() ? "" : values.get(0).strip();
        }
        Answer answer = survey.answers().get(question.id());
        int at = answer == null ? -1 : List.copyOf(answer.options()).indexOf(option.id());
        return at < 0 ? "" : String.valueOf(at + 1);
    }

    private static List<String> values(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? List.of() : List.of(values);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        List<String> values = values(parameters, name);
        return values.isEmpty() ? "" : values.get(0);
    }

    private int pageOf(long questionId) {
        for (int p = 0; p < survey.pages().size(); p++) {
            if (survey.pages().get(p).questions().stream().anyMatch(q -> q.id() == questionId)) {
                return p;
            }
        }
        return -1;
    }

    /** The questions of the page shown. */
    public List<PollQuestion> getQuestions() {
        return survey == null || survey.pages().isEmpty() ? List.of() : survey.pages().get(page).questions();
    }

    /**
     * The page's questions as they are shown: one by one, except the rows of a matrix (consecutive scales sharing a
     * matrix title and their number of points), which come together as one table.
     */
    public List<List<PollQuestion>> getBlocks() {
        return PollQuestion.blocks(getQuestions());
    }

    /** Whether every row of the matrix must be answered. */
    public boolean gridRequired(List<PollQuestion> rows) {
        return rows.stream().allMatch(PollQuestion::required);
    }

    public Survey.SurveyPage getCurrent() {
        return survey.pages().get(page);
    }

    /** The value of a text, number or date field: as typed, else as kept. */
    public String value(PollQuestion question) {
        return value(question, "");
    }

    /** The value of the point's latitude ({@code -lat}) or longitude ({@code -lng}) field. */
    public String value(PollQuestion question, String part) {
        String name = "q-" + question.id() + part;
        if (typed != null && typed.containsKey(name)) {
            List<String> values = typed.get(name);
            return values.isEmpty() ? "" : values.get(0);
        }
        Answer answer = survey.answers().get(question.id());
        if (answer == null) {
            return "";
        }
        return switch (part) {
        case "-other" -> answer.text() == null ? "" : answer.text();
        case "-lat" -> answer.latitude() == null ? "" : String.format(Locale.ROOT, "%.6f", answer.latitude());
        case "-lng" -> answer.longitude() == null ? "" : String.format(Locale.ROOT, "%.6f", answer.longitude());
        default -> !answer.shape().isEmpty() ? Coordinate.text(answer.shape())
                : answer.text() != null ? answer.text() : answer.number() != null ? PlainNumbers.of(answer.number())
                        : answer.date() != null ? answer.date().toString() : "";
        };
    }

    public boolean isChecked(PollQuestion question, PollQuestion.Option option) {
        String name = "q-" + question.id();
        if (typed != null && typed.containsKey(name)) {
            return typed.get(name).contains(String.valueOf(option.id()));
        }
        Answer answer = survey.answers().get(question.id());
        return answer != null && answer.options().contains(option.id());
    }

    public String problemText(PollQuestion question) {
        AnswerProblem problem = problems.get(question.id());
        if (problem == null) {
            return null;
        }
        String key = problem == AnswerProblem.ABOVE_MAX && question.max() == null ? "TOO_LARGE" : problem.name();
        if (problem == AnswerProblem.FILE_SIZE) {
            return Texts.text("survey.problem.FILE_SIZE", Attachment.MAX_BYTES / (1024 * 1024));
        }
        return Texts.text("survey.problem." + key, question.maxChoices(), PlainNumbers.of(question.min()),
                PlainNumbers.of(question.max()), question.kind() == QuestionKind.SHORT_TEXT ? 300 : 4000,
                question.options().size());
    }

    /** The question's rule in plain words. */
    public String ruleText(PollQuestion question) {
        String required = Texts.text(question.required() ? "survey.rule.required" : "survey.rule.optional");
        String rule = switch (question.kind()) {
        case SINGLE_CHOICE, SCALE -> Texts.text("poll.rule.one");
        case RANKING -> Texts.text("survey.rule.ranking", question.options().size());
        case MULTIPLE_CHOICE -> question.maxChoices() == null ? Texts.text("poll.rule.any")
                : Texts.text("poll.rule.upTo", question.maxChoices());
        case NUMBER -> question.min() != null && question.max() != null
                ? Texts.text("survey.rule.between", PlainNumbers.of(question.min()), PlainNumbers.of(question.max()))
                : question.min() != null ? Texts.text("survey.rule.atLeast", PlainNumbers.of(question.min()))
                        : question.max() != null ? Texts.text("survey.rule.atMost", PlainNumbers.of(question.max()))
                                : Texts.text("survey.rule.number");
        case DATE -> Texts.text("survey.rule.date");
        case POINT -> Texts.text("survey.rule.point");
        case LINE -> Texts.text("survey.rule.line");
        case AREA -> Texts.text("survey.rule.area");
        case FILE -> Texts.text("survey.rule.file", Attachment.MAX_BYTES / (1024 * 1024));
        case SHORT_TEXT -> Texts.text("survey.rule.text", 300);
        case LONG_TEXT -> Texts.text("survey.rule.text", 4000);
        };
        return required + " " + rule;
    }

    /** The answer to the question as the review lists it. */
    public String shown(PollQuestion question) {
        Answer answer = survey.answers().get(question.id());
        if (answer == null || answer.isEmpty()) {
            return Texts.text("survey.review.none");
        }
        if (question.isRanking()) {
            List<String> places = new ArrayList<>();
            for (long id : answer.options()) {
                question.options().stream().filter(option -> option.id() == id).findFirst().ifPresent(
                        option -> places.add((places.size() + 1) + ". " + option.label().in(Faces.getLocale())));
            }
            return String.join("; ", places);
        }
        if (question.isChoice()) {
            List<String> labels = new ArrayList<>();
            question.options().stream().filter(option -> answer.options().contains(option.id()))
                    .forEach(option -> labels.add(option.label().in(Faces.getLocale())));
            if (answer.text() != null) {
                labels.set(labels.size() - 1, labels.get(labels.size() - 1) + ": " + answer.text());
            }
            return String.join("; ", labels);
        }
        if (answer.attachment() != null) {
            AttachedFile file = getAttached().get(answer.attachment());
            return file == null ? Texts.text("survey.review.none") : file.fileName();
        }
        if (answer.latitude() != null) {
            return Texts.text("survey.review.point", String.format(Locale.ROOT, "%.5f", answer.latitude()),
                    String.format(Locale.ROOT, "%.5f", answer.longitude()));
        }
        if (!answer.shape().isEmpty()) {
            return Texts.text(question.kind() == QuestionKind.LINE ? "survey.review.line" : "survey.review.area",
                    answer.shape().size());
        }
        if (answer.date() != null) {
            return answer.date().format(DateTimeFormatter.ofPattern("d.MM.uuuu", Locale.ROOT));
        }
        return value(question);
    }

    /** The pages of the review: those the answers lead through. */
    public List<Integer> getPath() {
        return survey.path();
    }

    public String refusalText(Refusal refusal) {
        return refusal == Refusal.PHASE_CLOSED ? Texts.text("survey.closed")
                : Refusals.of(Action.ANSWER, refusal, survey.rule());
    }

    /** The sign-in page, returning here. */
    public String getSignInUrl() {
        return LocalPath.signInReturningTo(Faces.getRequestContextPath(),
                Faces.getRequestContextPath() + "/survey.xhtml?phase=" + phase);
    }

    /** Whether the page shown is the last of the way the answers lead so far. */
    public boolean isLast() {
        List<Integer> path = survey.path();
        return path.isEmpty() || path.get(path.size() - 1) == page.intValue() && page == survey.pages().size() - 1;
    }

    public int getStep() {
        int at = survey.path().indexOf(page);
        return at < 0 ? page + 1 : at + 1;
    }

    public Survey getSurvey() {
        return survey;
    }

    public Long getPhase() {
        return phase;
    }

    public void setPhase(Long phase) {
        this.phase = phase;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public boolean isReview() {
        return review;
    }

    public void setReview(boolean review) {
        this.review = review;
    }
}
