package pl.wiec.surveys.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.platform.control.UniqueKeys;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.control.ProjectAccess;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.Phase;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;
import pl.wiec.staff.entity.Roles;
import pl.wiec.surveys.control.Forms;
import pl.wiec.surveys.control.SurveyMethod;
import pl.wiec.surveys.control.Tally;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.Attachment;
import pl.wiec.surveys.entity.Coordinate;
import pl.wiec.surveys.entity.AnswerProblem;
import pl.wiec.surveys.entity.Draft;
import pl.wiec.surveys.entity.Form;
import pl.wiec.surveys.entity.Question;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.Response;
import pl.wiec.offline.entity.ResponseChannel;
import pl.wiec.surveys.entity.Selection;

/**
 * Surveys: a phase's form of many pages (built with {@link Polls}' question methods), answered by residents whom the
 * phase's answer rule admits, page by page, in as many visits as they need: each page they leave is kept as their draft
 * (checked when they go forward, not when they go back or stop), the answers lead through the pages by the form's skip
 * logic, and what they send is checked along that way once more. A resident sends once (the database's unique key);
 * where staff allow it, they change what they sent until the phase ends. Staff of the project read the results, the
 * text answers, the points marked on the map, and export every response.
 */
@Stateless
public class Surveys {

    /** At most this many points are drawn on the results' map. */
    public static final int MAX_POINTS = 10_000;

    /** At most this many lines or areas are drawn on the results' map. */
    public static final int MAX_SHAPES = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Forms forms;

    @Resource
    SessionContext context;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Inject
    ProjectAccess access;

    @Inject
    Tally tally;

    /** The survey for whoever looks (anonymous people see its pages and why to sign in). */
    @PermitAll
    public Optional<Survey> survey(long phaseId) {
        Optional<Phase> found = visibleSurvey(phaseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Phase phase = found.get();
        Optional<Form> form = forms.ofPhase(phaseId);
        List<Survey.SurveyPage> pages = form.map(Surveys::pages).orElse(List.of());
        boolean resident = context.isCallerInRole(Resident.ROLE);
        ResidentAccount me = resident ? residents.me() : null;
        // staff answer as residents, with a resident's account, even where anyone may answer
        Refusal refusal = !resident && isStaff() ? Refusal.SIGN_IN
                : Polls.refusalToAnswer(phase, me, projects.today()).orElse(null);
        Optional<Response> sent = resident ? form.flatMap(f -> response(f, me.id())) : Optional.empty();
        Optional<Draft> draft = resident ? form.map(f -> em.find(Draft.class, draftKey(f, me.id()))) : Optional.empty();
        boolean changeable = sent.isPresent() && refusal == null && form.get().editable();
        Map<Long, Answer> answers = draft.map(Draft::answers)
                .orElseGet(() -> sent.map(Response::answers).orElse(Map.of()));
        return Optional.of(new Survey(phase.project().id(), phase.project().title(), phaseId, phase.title(), pages,
                phase.rule(Action.ANSWER), refusal, sent.isPresent(), changeable, draft.isPresent(), answers,
                draft.map(Draft::page).orElse(0), form.map(f -> f.path(answers)).orElse(List.of()),
                draft.map(Draft::savedAt).orElse(null), !resident && refusal == null));
    }

    /** The pages the answers lead through (an anonymous answerer's, kept in their session). */
    @PermitAll
    public List<Integer> path(long phaseId, @NotNull Map<Long, Answer> answers) {
        return visibleSurvey(phaseId).flatMap(phase -> forms.ofPhase(phaseId)).map(form -> form.path(answers))
                .orElse(List.of());
    }

    /**
     * Checks an anonymous answerer's page (nothing is kept here: their answers stay in their session).
     *
     * @return the page the answers lead to, or {@link Form#END}
     */
    @PermitAll
    public int forwardAnonymously(long phaseId, int page, @NotNull Map<Long, Answer> answers)
            throws NotAllowed, AnswersRejected {
        Form form = formToAnswerAnonymously(phaseId);
        checkPage(form, page);
        Map<Long, AnswerProblem> problems = form.checkPage(page, ofPage(form, page, answers));
        if (!problems.isEmpty()) {
            throw new AnswersRejected(problems);
        }
        return form.next(page, answers);
    }

    /**
     * Stores an anonymous answerer's response: their answers along the way they lead, checked once more. The key their
     * session gave this survey makes a response sent twice (a lost answer, a double click) count once; nothing stops a
     * new session from answering again, which is why staff choose anonymous answering knowingly.
     *
     * @throws AlreadyAnswered
     *             when a response with the same key was stored before
     */
    @PermitAll
    public void sendAnonymously(long phaseId, @NotNull Map<Long, Answer> answers, @NotNull @Size(max = 64) String once)
            throws NotAllowed, AnswersRejected, AlreadyAnswered {
        Form form = formToAnswerAnonymously(phaseId);
        Map<Long, Answer> asked = form.onPath(held(form, answers, null, once));
        Map<Long, AnswerProblem> problems = form.checkAnswers(asked);
        if (!problems.isEmpty()) {
            throw new AnswersRejected(problems);
        }
        Response response = Response.anonymous(form.id(), once, now());
        response.give(form, asked);
        UniqueKeys.persistOnce(em, AlreadyAnswered::new, response);
    }

    /** The survey's form, if the phase lets anyone answer now and the caller is not signed in as a resident. */
    private Form formToAnswerAnonymously(long phaseId) throws NotAllowed {
        Phase phase = visibleSurvey(phaseId).orElseThrow(() -> new IllegalArgumentException("No survey " + phaseId));
        if (context.isCallerInRole(Resident.ROLE)) {
            throw new IllegalStateException("A signed-in resident answers with a draft");
        }
        if (isStaff()) {
            throw new NotAllowed(Refusal.SIGN_IN);
        }
        Optional<Refusal> refusal = Polls.refusalToAnswer(phase, null, projects.today());
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
        return forms.ofPhase(phaseId).filter(form -> !form.questions().isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("Survey " + phaseId + " asks nothing"));
    }

    /**
     * Keeps the answers of the page and goes forward: the page's answers are checked first, and the draft then holds
     * them with the page they lead to.
     *
     * @return the page the answers lead to, or {@link Form#END} when the survey is done (then {@link #send})
     *
     * @throws AnswersRejected
     *             naming, per question of the page, what breaks its rules (nothing is kept)
     */
    @RolesAllowed(Resident.ROLE)
    public int forward(long phaseId, int page, @NotNull Map<Long, Answer> answers) throws NotAllowed, AnswersRejected {
        Form form = formToAnswer(phaseId);
        checkPage(form, page);
        Map<Long, Answer> ofPage = held(form, ofPage(form, page, answers), residents.myId(), null);
        Map<Long, AnswerProblem> problems = form.checkPage(page, ofPage);
        if (!problems.isEmpty()) {
            throw new AnswersRejected(problems);
        }
        Draft draft = draft(form);
        Map<Long, Answer> all = draft.answers();
        all.putAll(ofPage);
        int next = form.next(page, all);
        draft.keep(ofPage, next == Form.END ? page : next, now());
        return next;
    }

    /**
     * What breaks the rules of the page's questions in these answers, nothing kept: a page on which a field could not
     * be read (a number that is not one) names every other problem with it. Empty when all is well, or when the survey
     * cannot be seen.
     */
    @PermitAll
    public Map<Long, AnswerProblem> problems(long phaseId, int page, @NotNull Map<Long, Answer> answers) {
        Optional<Form> form = visibleSurvey(phaseId).flatMap(phase -> forms.ofPhase(phaseId))
                .filter(found -> page >= 0 && page < found.pages().size());
        return form.map(found -> found.checkPage(page, ofPage(found, page, answers))).orElse(Map.of());
    }

    /**
     * Keeps the answers of the page as they are (going back, or stopping to come back later): nothing is checked.
     *
     * @return the page before it on the way the answers lead, or the page itself when it is the first
     */
    @RolesAllowed(Resident.ROLE)
    public int keep(long phaseId, int page, @NotNull Map<Long, Answer> answers, boolean back) throws NotAllowed {
        Form form = formToAnswer(phaseId);
        checkPage(form, page);
        Map<Long, Answer> ofPage = held(form, ofPage(form, page, answers), residents.myId(), null);
        Draft draft = draft(form);
        Map<Long, Answer> all = draft.answers();
        all.putAll(ofPage);
        List<Integer> path = form.path(all);
        int at = path.indexOf(page);
        int to = back && at > 0 ? path.get(at - 1) : page;
        draft.keep(ofPage, to, now());
        return to;
    }

    /**
     * Sends the draft: its answers along the pages they lead through (what a skip passed by is dropped), checked once
     * more. A resident who sent before and may change their answers replaces them.
     *
     * @throws AnswersRejected
     *             naming, per question, what breaks its rules (the draft stays as it was)
     * @throws AlreadyAnswered
     *             when the resident sent before and may not change their answers
     */
    @RolesAllowed(Resident.ROLE)
    public void send(long phaseId) throws NotAllowed, AnswersRejected, AlreadyAnswered {
        Form form = formToAnswer(phaseId);
        long me = residents.myId();
        Draft draft = em.find(Draft.class, draftKey(form, me), LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw new AnswersRejected(Map.of(AnswersRejected.WHOLE, AnswerProblem.EMPTY));
        }
        Map<Long, Answer> answers = form.onPath(draft.answers());
        Map<Long, AnswerProblem> problems = form.checkAnswers(answers);
        if (!problems.isEmpty()) {
            throw new AnswersRejected(problems);
        }
        Instant now = now();
        Optional<Response> sent = response(form, me);
        if (sent.isPresent()) {
            if (!form.editable()) {
                throw new AlreadyAnswered();
            }
            Response response = sent.get();
            response.forgetAnswers(now);
            em.flush();
            response.give(form, answers);
        } else {
            Response response = new Response(form.id(), me, ResponseChannel.ONLINE, now);
            response.give(form, answers);
            UniqueKeys.persistOnce(em, AlreadyAnswered::new, response);
        }
        em.remove(draft);
    }

    /** Opens what the resident sent as a draft to change, where staff allow changes and the phase runs. */
    @RolesAllowed(Resident.ROLE)
    public void change(long phaseId) throws NotAllowed, AlreadyAnswered {
        Form form = formToAnswer(phaseId);
        Response sent = response(form, residents.myId()).orElseThrow(() -> new IllegalStateException("Not sent"));
        if (!form.editable()) {
            throw new AlreadyAnswered();
        }
        draft(form).keep(sent.answers(), 0, now());
    }

    /** Forgets the resident's draft (what they sent, if anything, stays). */
    @RolesAllowed(Resident.ROLE)
    public void discard(long phaseId) {
        forms.ofPhase(phaseId).map(form -> em.find(Draft.class, draftKey(form, residents.myId())))
                .ifPresent(em::remove);
    }

    /**
     * Stores a file the caller attaches in answer to a file question, before its page is kept (a draft, or an anonymous
     * session, holds answers first): a resident holds it as themselves, someone not signed in by their session's key
     * for the survey ({@code once}, as {@link #sendAnonymously} takes it). Their answer then names it
     * ({@link Answer#attached}); an answer naming a file its caller does not hold is taken as no answer.
     *
     * @throws AnswersRejected
     *             naming the question: {@link AnswerProblem#FILE_SIZE} or {@link AnswerProblem#FILE_TYPE} (nothing is
     *             stored)
     */
    @PermitAll
    public AttachedFile attach(long phaseId, long questionId, @Size(max = 1000) String fileName,
            @NotNull byte[] content, @Size(max = 64) String once) throws NotAllowed, AnswersRejected {
        boolean resident = context.isCallerInRole(Resident.ROLE);
        Form form = resident ? formToAnswer(phaseId) : formToAnswerAnonymously(phaseId);
        if (!resident && (once == null || once.isBlank())) {
            throw new IllegalArgumentException("Someone not signed in attaches with their session's key");
        }
        Question question = form.question(questionId).filter(q -> q.kind() == QuestionKind.FILE)
                .orElseThrow(() -> new IllegalArgumentException("No file question " + questionId));
        AnswerProblem problem = Attachment.problem(fileName, content);
        if (problem == null) {
            try {
                Attachment attachment = new Attachment(question, resident ? residents.myId() : null,
                        resident ? null : once, fileName, content, now());
                em.persist(attachment);
                return AttachedFile.of(attachment);
            } catch (IllegalArgumentException e) {
                problem = AnswerProblem.FILE_TYPE; // a picture that cannot be read
            }
        }
        throw new AnswersRejected(Map.of(questionId, problem));
    }

    /**
     * The files the caller has attached to the survey (a resident's, or those of the anonymous session's key), per id:
     * their names, to show beside the questions and in the review.
     */
    @PermitAll
    public Map<Long, AttachedFile> attachments(long phaseId, @Size(max = 64) String once) {
        boolean resident = context.isCallerInRole(Resident.ROLE);
        Optional<Form> form = visibleSurvey(phaseId).flatMap(phase -> forms.ofPhase(phaseId));
        if (form.isEmpty() || !resident && once == null) {
            return Map.of();
        }
        Map<Long, AttachedFile> files = new LinkedHashMap<>();
        em.createQuery("select " + AttachedFile.COLUMNS + " from Attachment a" + " where a.formId = :form and "
                + (resident ? "a.residentId" : "a.holderKey") + " = :holder" + " order by a.id", Object[].class)
                .setParameter("form", form.get().id()).setParameter("holder", resident ? residents.myId() : once)
                .getResultList().forEach(row -> files.put((Long) row[0], AttachedFile.read(row)));
        return files;
    }

    /**
     * The answers with every file the holder does not hold (another's, another question's, none) taken as no answer: an
     * id typed into a form never reaches someone else's file.
     */
    private Map<Long, Answer> held(Form form, Map<Long, Answer> answers, Long resident, String once) {
        List<Long> ids = answers.values().stream().map(Answer::attachment).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return answers;
        }
        Map<Long, Long> heldFor = new HashMap<>();
        em.createQuery("select a.id, a.questionId from Attachment a where a.id in :ids and a.formId = :form and "
                + (resident != null ? "a.residentId" : "a.holderKey") + " = :holder", Object[].class)
                .setParameter("ids", ids).setParameter("form", form.id())
                .setParameter("holder", resident != null ? resident : once).getResultList()
                .forEach(row -> heldFor.put((Long) row[0], (Long) row[1]));
        Map<Long, Answer> held = new LinkedHashMap<>(answers);
        held.replaceAll((questionId,
                answer) -> answer.attachment() == null || questionId.equals(heldFor.get(answer.attachment())) ? answer
                        : Answer.NONE);
        return held;
    }

    /**
     * A page of the files sent in answer to a file question, newest first, of the responses the filter lets through
     * (none where it leaves too few).
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public FileAnswers files(long phaseId, long questionId, int first, int max, @NotNull SurveyFilter filter) {
        Form form = staffForm(phaseId);
        if (form == null || tooFew(form, filter)) {
            return new FileAnswers(0, List.of());
        }
        Tally.Restriction only = Tally.restriction(filter, projects.today());
        String where = " from AnswerValue v, Attachment a where a.id = v.attachmentId and v.formId = :form"
                + " and v.questionId = :question" + only.on("v.responseId");
        var count = em.createQuery("select count(v)" + where, Long.class);
        var page = em.createQuery(
                "select " + AttachedFile.COLUMNS + ", v.channel" + where + " order by v.responseId desc",
                Object[].class);
        for (var query : List.of(count, page)) {
            only.bound(query).setParameter("form", form.id()).setParameter("question", questionId);
        }
        List<FileAnswers.Sent> files = page.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(max, 200))
                .getResultList().stream()
                .map(row -> new FileAnswers.Sent(AttachedFile.read(row), (ResponseChannel) row[4])).toList();
        return new FileAnswers(count.getSingleResult(), files);
    }

    /**
     * A file sent in a response, for staff who manage its project (empty for anyone else, and for a file no response
     * holds yet: a draft's files are its holder's alone).
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public Optional<Attachment> attachment(long attachmentId) {
        boolean sent = !em.createQuery("select v.responseId from AnswerValue v where v.attachmentId = :id", Long.class)
                .setParameter("id", attachmentId).setMaxResults(1).getResultList().isEmpty();
        if (!sent) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Attachment.class, attachmentId))
                .filter(attachment -> Optional.ofNullable(em.find(Form.class, attachment.formId()))
                        .filter(form -> access.manages(context, form.projectId())).isPresent());
    }

    /**
     * The results for the project's staff (administrators, clerks, the project's moderators); empty when the phase is
     * not a survey.
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public Optional<SurveyResults> results(long phaseId) {
        return results(phaseId, SurveyFilter.NONE);
    }

    /**
     * The results of the responses the filter lets through. When a filter leaves fewer than
     * {@link SurveyFilter#SMALLEST_GROUP} responses, only their number is given (the answers are withheld).
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public Optional<SurveyResults> results(long phaseId, @NotNull SurveyFilter filter) {
        Optional<Phase> found = surveyPhase(phaseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Phase phase = found.get();
        access.requireManages(context, phase.project().id());
        Optional<Form> form = forms.ofPhase(phaseId);
        LocalDate today = projects.today();
        Tally.Restriction only = Tally.restriction(filter, today);
        PollResults counts = form.map(f -> tally.count(f.id(), filter, today)).orElse(PollResults.NONE);
        boolean withheld = !filter.isNone() && counts.responses() < SurveyFilter.SMALLEST_GROUP;
        Map<Long, SurveyResults.Range> ranges = new HashMap<>();
        if (!withheld) {
            form.ifPresent(f -> only
                    .bound(em.createQuery("select v.questionId, min(v.number), avg(v.number),"
                            + " max(v.number), min(v.date), max(v.date) from AnswerValue v where v.formId = :form"
                            + " and (v.number is not null or v.date is not null)" + only.on("v.responseId")
                            + " group by v.questionId", Object[].class).setParameter("form", f.id()))
                    .getResultList()
                    .forEach(row -> ranges.put((Long) row[0],
                            new SurveyResults.Range((BigDecimal) row[1],
                                    row[2] == null ? null
                                            : new BigDecimal(row[2].toString()).setScale(2, RoundingMode.HALF_UP)
                                                    .stripTrailingZeros(),
                                    (BigDecimal) row[3], (LocalDate) row[4], (LocalDate) row[5]))));
        }
        return Optional.of(new SurveyResults(phase.project().id(), phase.project().title(), phase.title(),
                form.map(f -> f.questions().stream().map(PollQuestion::of).toList()).orElse(List.of()),
                withheld ? PollResults.NONE : counts, ranges, filter, counts.responses(), withheld));
    }

    /**
     * A page of a text question's answers, newest first; with words to search for, only the answers containing each of
     * them (any case).
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public TextAnswers texts(long phaseId, long questionId, @Size(max = 200) String search, int first, int max) {
        return texts(phaseId, questionId, search, first, max, SurveyFilter.NONE);
    }

    /** The text answers of the responses the filter lets through (none where it leaves too few). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public TextAnswers texts(long phaseId, long questionId, @Size(max = 200) String search, int first, int max,
            @NotNull SurveyFilter filter) {
        Form form = staffForm(phaseId);
        if (form == null || tooFew(form, filter)) {
            return new TextAnswers(0, List.of());
        }
        Tally.Restriction only = Tally.restriction(filter, projects.today());
        StringBuilder where = new StringBuilder(" from AnswerValue v where v.formId = :form"
                + " and v.questionId = :question and v.text is not null" + only.on("v.responseId"));
        List<String> words = search == null ? List.of() : List.of(search.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                .stream().filter(w -> !w.isEmpty()).limit(10).toList();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and lower(v.text) like :w").append(i).append(" escape '\\'");
        }
        var count = em.createQuery("select count(v)" + where, Long.class);
        var page = em.createQuery("select v.text, v.channel" + where + " order by v.responseId desc", Object[].class);
        for (var query : List.of(count, page)) {
            only.bound(query).setParameter("form", form.id()).setParameter("question", questionId);
            for (int i = 0; i < words.size(); i++) {
                query.setParameter("w" + i,
                        "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        List<TextAnswers.Written> texts = page.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(max, 200))
                .getResultList().stream().map(row -> new TextAnswers.Written((String) row[0], (ResponseChannel) row[1]))
                .toList();
        return new TextAnswers(count.getSingleResult(), texts);
    }

    /** The points marked in answer to a map question (the first {@link #MAX_POINTS}). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public List<GeoAnswer> points(long phaseId, long questionId) {
        return points(phaseId, questionId, SurveyFilter.NONE);
    }

    /** The points of the responses the filter lets through (none where it leaves too few). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public List<GeoAnswer> points(long phaseId, long questionId, @NotNull SurveyFilter filter) {
        Form form = staffForm(phaseId);
        if (form == null || tooFew(form, filter)) {
            return List.of();
        }
        Tally.Restriction only = Tally.restriction(filter, projects.today());
        return only
                .bound(em.createQuery("select v.latitude, v.longitude, v.channel from AnswerValue v"
                        + " where v.formId = :form and v.questionId = :question and v.latitude is not null"
                        + only.on("v.responseId") + " order by v.responseId", Object[].class))
                .setParameter("form", form.id()).setParameter("question", questionId).setMaxResults(MAX_POINTS)
                .getResultList().stream()
                .map(row -> new GeoAnswer((Double) row[0], (Double) row[1], (ResponseChannel) row[2])).toList();
    }

    /** The lines or areas drawn in answer to a map question (the first {@link #MAX_SHAPES}). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public List<List<Coordinate>> shapes(long phaseId, long questionId, @NotNull SurveyFilter filter) {
        Form form = staffForm(phaseId);
        if (form == null || tooFew(form, filter)) {
            return List.of();
        }
        Tally.Restriction only = Tally.restriction(filter, projects.today());
        return only
                .bound(em.createQuery("select v.shape from AnswerValue v where v.formId = :form"
                        + " and v.questionId = :question and v.shape is not null" + only.on("v.responseId")
                        + " order by v.responseId", String.class))
                .setParameter("form", form.id()).setParameter("question", questionId).setMaxResults(MAX_SHAPES)
                .getResultList().stream().map(Coordinate::parse).toList();
    }

    /** Whether the filter leaves fewer responses than may be shown. */
    private boolean tooFew(Form form, SurveyFilter filter) {
        if (filter.isNone()) {
            return false;
        }
        Tally.Restriction only = Tally.restriction(filter, projects.today());
        return only.bound(
                em.createQuery("select count(r) from Response r where r.formId = :form" + only.on("r.id"), Long.class))
                .setParameter("form", form.id()).getSingleResult() < SurveyFilter.SMALLEST_GROUP;
    }

    /**
     * Hands every response of the survey to {@code each}, oldest first, reading a thousand at a time and forgetting
     * them once handed on, so that an export of any size streams in bounded memory.
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public void eachResponse(long phaseId, Consumer<ExportedResponse> each) {
        Form form = staffForm(phaseId);
        if (form == null) {
            return;
        }
        boolean asksFiles = form.questions().stream().anyMatch(question -> question.kind() == QuestionKind.FILE);
        long after = 0;
        while (true) {
            List<Object[]> rows = em
                    .createQuery("select r.id, r.channel, r.place, r.submittedAt from Response r"
                            + " where r.formId = :form and r.id > :after order by r.id", Object[].class)
                    .setParameter("form", form.id()).setParameter("after", after).setMaxResults(1000).getResultList();
            if (rows.isEmpty()) {
                return;
            }
            long last = (Long) rows.get(rows.size() - 1)[0];
            // per response and question, the options in their answer's order (a ranking's by place)
            Map<Long, Map<Long, java.util.SortedMap<Long, Long>>> chosen = new HashMap<>();
            em.createQuery(
                    "select s.responseId, s.questionId, s.optionId, s.rank from Selection s"
                            + " where s.formId = :form and s.responseId > :after and s.responseId <= :last",
                    Object[].class).setParameter("form", form.id()).setParameter("after", after)
                    .setParameter("last", last).getResultList()
                    .forEach(row -> chosen.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                            .computeIfAbsent((Long) row[1], id -> new java.util.TreeMap<>())
                            .put(Selection.orderKey((Integer) row[3], (Long) row[2]), (Long) row[2]));
            Map<Long, Map<Long, Answer>> values = new HashMap<>();
            em.createQuery("select v.responseId, v.questionId, v.text, v.number, v.date, v.latitude, v.longitude,"
                    + " v.shape, v.attachmentId from AnswerValue v where v.formId = :form and v.responseId > :after"
                    + " and v.responseId <= :last", Object[].class).setParameter("form", form.id())
                    .setParameter("after", after).setParameter("last", last).getResultList()
                    .forEach(row -> values.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1],
                            new Answer(null, (String) row[2],
                                    row[3] == null ? null : ((BigDecimal) row[3]).stripTrailingZeros(),
                                    (LocalDate) row[4], (Double) row[5], (Double) row[6],
                                    row[7] == null ? List.of() : Coordinate.parse((String) row[7]), (Long) row[8])));
            Map<Long, String> fileNames = new HashMap<>();
            if (asksFiles) {
                em.createQuery("select a.id, a.file.fileName from AnswerValue v, Attachment a"
                        + " where a.id = v.attachmentId and v.formId = :form and v.responseId > :after"
                        + " and v.responseId <= :last", Object[].class).setParameter("form", form.id())
                        .setParameter("after", after).setParameter("last", last).getResultList()
                        .forEach(row -> fileNames.put((Long) row[0], (String) row[1]));
            }
            for (Object[] row : rows) {
                long id = (Long) row[0];
                Map<Long, Answer> answers = new LinkedHashMap<>();
                chosen.getOrDefault(id, Map.of()).forEach(
                        (question, options) -> answers.put(question, Answer.ranked(List.copyOf(options.values()))));
                answers.putAll(values.getOrDefault(id, Map.of()));
                each.accept(new ExportedResponse(id, (ResponseChannel) row[1], (String) row[2], (Instant) row[3],
                        answers, fileNames));
            }
            em.clear();
            after = last;
        }
    }

    /** The questions, for the export's header (staff of the project); empty when the phase is not a survey. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public Optional<List<PollQuestion>> questions(long phaseId) {
        if (surveyPhase(phaseId).isEmpty()) {
            return Optional.empty();
        }
        Form form = staffForm(phaseId);
        return Optional.of(form == null ? List.of() : form.questions().stream().map(PollQuestion::of).toList());
    }

    private static List<Survey.SurveyPage> pages(Form form) {
        return form.pages().stream().map(
                page -> new Survey.SurveyPage(page.get(0).pageTitle(), page.stream().map(PollQuestion::of).toList()))
                .toList();
    }

    /** The answers given to the questions of the page (what else came along is ignored). */
    private static Map<Long, Answer> ofPage(Form form, int page, Map<Long, Answer> answers) {
        Map<Long, Answer> ofPage = new LinkedHashMap<>();
        for (Question question : form.pages().get(page)) {
            ofPage.put(question.id(), answers.getOrDefault(question.id(), Answer.NONE));
        }
        return ofPage;
    }

    private static void checkPage(Form form, int page) {
        if (page < 0 || page >= form.pages().size()) {
            throw new IllegalArgumentException("No page " + page);
        }
    }

    /** The survey's form, if the caller may answer it now (or change what they sent). */
    private Form formToAnswer(long phaseId) throws NotAllowed {
        Phase phase = visibleSurvey(phaseId).orElseThrow(() -> new IllegalArgumentException("No survey " + phaseId));
        Optional<Refusal> refusal = Polls.refusalToAnswer(phase, residents.me(), projects.today());
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
        return forms.ofPhase(phaseId).filter(form -> !form.questions().isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("Survey " + phaseId + " asks nothing"));
    }

    private Draft draft(Form form) {
        long me = residents.myId();
        Draft draft = em.find(Draft.class, draftKey(form, me), LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            // the same resident in two tabs at once: one of them fails on the primary key, the other keeps the draft
            draft = new Draft(form.id(), me);
            em.persist(draft);
        }
        return draft;
    }

    private static Draft.Key draftKey(Form form, long residentId) {
        return Draft.key(form.id(), residentId);
    }

    private Optional<Response> response(Form form, long residentId) {
        return em
                .createQuery("select r from Response r where r.formId = :form and r.respondentId = :me", Response.class)
                .setParameter("form", form.id()).setParameter("me", residentId).getResultStream().findFirst();
    }

    /** The survey's form for staff who manage the project (null while it has no questions yet). */
    private Form staffForm(long phaseId) {
        Phase phase = surveyPhase(phaseId).orElseThrow(() -> new IllegalArgumentException("No survey " + phaseId));
        access.requireManages(context, phase.project().id());
        return forms.ofPhase(phaseId).orElse(null);
    }

    private Optional<Phase> surveyPhase(long phaseId) {
        return Optional.ofNullable(em.find(Phase.class, phaseId))
                .filter(phase -> SurveyMethod.KEY.equals(phase.method()));
    }

    /** The survey phase, if the caller may see its project (a draft project's survey only staff see). */
    private Optional<Phase> visibleSurvey(long phaseId) {
        return surveyPhase(phaseId).filter(phase -> projects.find(phase.project().id()).isPresent());
    }

    private boolean isStaff() {
        return context.isCallerInRole(Roles.ADMINISTRATOR) || context.isCallerInRole(Roles.CLERK)
                || context.isCallerInRole(Roles.MODERATOR);
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
