package pl.wiec.surveys.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.platform.control.UniqueKeys;
import pl.wiec.events.boundary.Events;
import pl.wiec.offline.boundary.AlreadyEntered;
import pl.wiec.offline.control.Keyers;
import pl.wiec.offline.entity.Keyer;
import pl.wiec.surveys.control.ImportJobs;
import pl.wiec.surveys.control.PaperAnswersFile;
import pl.wiec.surveys.control.PaperImport;
import pl.wiec.surveys.entity.ImportJob;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.control.ProjectAccess;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.Phase;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;
import pl.wiec.staff.entity.Roles;
import pl.wiec.surveys.control.Forms;
import pl.wiec.surveys.control.PollMethod;
import pl.wiec.surveys.control.SurveyMethod;
import pl.wiec.surveys.control.Tally;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.AnswerOption;
import pl.wiec.surveys.entity.OptionImage;
import pl.wiec.surveys.entity.AnswerProblem;
import pl.wiec.surveys.entity.Form;
import pl.wiec.surveys.entity.Question;
import pl.wiec.surveys.entity.QuestionPlan;
import pl.wiec.surveys.entity.Response;
import pl.wiec.offline.entity.ResponseChannel;

/**
 * Polls: a phase's few choice questions. Administrators and clerks write the questions (and whether residents see the
 * results after answering); residents whom the phase's answer rule admits answer once while the phase runs (the
 * database's unique key keeps it once, however requests race); staff of the project read the results.
 */
@Stateless
public class Polls {

    public static final String QUESTION_ADDED = "poll.question.added";
    public static final String QUESTION_REVISED = "poll.question.revised";
    public static final String QUESTION_REMOVED = "poll.question.removed";
    public static final String OPTION_ILLUSTRATED = "poll.option.illustrated";
    public static final String RESULTS_SHOWN = "poll.results.shown";
    public static final String IMPORTED = PaperImport.IMPORTED;
    public static final String CHANGES_ALLOWED = "survey.changes.allowed";
    private static final Logger LOG = Logger.getLogger(Polls.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Inject
    ProjectAccess access;

    @Inject
    Keyers keyers;

    @Inject
    Events events;

    @Inject
    Tally tally;

    @Inject
    Forms forms;

    @Inject
    PaperImport paperImport;

    @Inject
    ImportJobs importJobs;

    @Inject
    Event<StaffAction> staffActions;

    /** The poll or survey of a phase as staff build it; empty when the phase does not exist or asks no questions. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Optional<PollDesign> design(long phaseId) {
        return formPhase(phaseId).map(phase -> {
            Optional<Form> form = forms.ofPhase(phaseId);
            return new PollDesign(phase.project().id(), phase.project().title(), phaseId, phase.title(),
                    SurveyMethod.KEY.equals(phase.method()), form.map(Form::resultsPublic).orElse(false),
                    form.map(Form::editable).orElse(false), form.map(this::responses).orElse(0L),
                    form.map(Polls::questions).orElse(List.of()));
        });
    }

    /** Adds a question at the end of the phase's poll or survey. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public long addQuestion(long phaseId, @NotNull @Valid QuestionPlan plan) throws QuestionRejected, PollLocked {
        return addQuestions(phaseId, List.of(plan)).get(0);
    }

    /**
     * Adds questions at the end of the phase's survey or poll, all or (when one is wrong or they would be too many)
     * none: the rows of a matrix written at once.
     *
     * @return their ids, in order
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public List<Long> addQuestions(long phaseId,
            @NotNull @Size(min = 1, max = Form.MAX_SURVEY_QUESTIONS) List<@NotNull @Valid QuestionPlan> plans)
            throws QuestionRejected, PollLocked {
        Form form = formToChange(phaseId);
        boolean survey = isSurvey(phaseId);
        for (QuestionPlan plan : plans) {
            check(plan, survey, form, null);
        }
        long responses = responses(form);
        if (responses > 0) {
            throw new PollLocked(responses);
        }
        if (form.questions().size() + plans.size() > (survey ? Form.MAX_SURVEY_QUESTIONS : Form.MAX_QUESTIONS)) {
            throw new QuestionRejected(QuestionPlan.Problem.QUESTIONS);
        }
        List<Question> added = plans.stream().map(form::add).toList();
        em.flush();
        plans.forEach(
                plan -> staffActions.fire(new StaffAction(QUESTION_ADDED, "phase " + phaseId, plan.title().pl())));
        return added.stream().map(Question::id).toList();
    }

    /**
     * Rewrites a question. Once the form has responses only its texts may change (titles, labels): its kind, options'
     * number, rules, page breaks and skips stay, or the answers given would change meaning.
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void reviseQuestion(long questionId, @NotNull @Valid QuestionPlan plan) throws QuestionRejected, PollLocked {
        Question question = question(questionId);
        Form form = question.form();
        check(plan, isSurvey(form.phaseId()), form, question);
        long responses = responses(form);
        QuestionPlan now = question.plan();
        if (responses > 0 && (now.kind() != plan.kind() || now.required() != plan.required()
                || !Objects.equals(now.maxChoices(), plan.maxChoices()) || now.options().size() != plan.options().size()
                || now.startsPage() != plan.startsPage() || !sameNumber(now.min(), plan.min())
                || !sameNumber(now.max(), plan.max()) || !skips(now).equals(skips(plan))
                || now.otherLast() != plan.otherLast())) {
            throw new PollLocked(responses);
        }
        question.revise(plan);
        staffActions.fire(new StaffAction(QUESTION_REVISED, "phase " + form.phaseId(), plan.title().pl()));
    }

    /**
     * Shows a picture beside an option (a design variant, a place), replacing any before: a PNG, JPEG or WebP of at
     * most {@link OptionImage#MAX_BYTES}, stored without its metadata, with its description (required in Polish: what a
     * screen reader reads instead). Like a label, it may change after the form has responses.
     *
     * @throws IllegalArgumentException
     *             no such option, or not such a picture
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void illustrateOption(long optionId, @NotNull byte[] image,
            @NotNull @Size(min = 1, max = QuestionPlan.OPTION_LENGTH) String descriptionPl,
            @Size(max = QuestionPlan.OPTION_LENGTH) String descriptionEn) {
        AnswerOption option = option(optionId);
        if (descriptionPl.isBlank()) {
            throw new IllegalArgumentException("A picture is described in Polish");
        }
        OptionImage stored = new OptionImage(optionId, image, Instant.now(Clock.systemUTC()));
        OptionImage before = em.find(OptionImage.class, optionId);
        if (before != null) {
            em.remove(before);
            em.flush();
        }
        em.persist(stored);
        option.illustrate(stored.sha256(), new LocalizedText(descriptionPl.strip(),
                descriptionEn == null || descriptionEn.isBlank() ? null : descriptionEn.strip()));
        staffActions.fire(new StaffAction(OPTION_ILLUSTRATED, "phase " + option.question().form().phaseId(),
                option.label().pl()));
    }

    /** Shows no picture beside the option any more. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void removeOptionImage(long optionId) {
        AnswerOption option = option(optionId);
        OptionImage before = em.find(OptionImage.class, optionId);
        if (before != null) {
            em.remove(before);
        }
        option.unillustrate();
        staffActions.fire(new StaffAction(OPTION_ILLUSTRATED, "phase " + option.question().form().phaseId(),
                option.label().pl() + ": -"));
    }

    /** The picture an option shows, to whoever may see the option's project (404 for anyone else). */
    @PermitAll
    public Optional<OptionPicture> optionImage(long optionId) {
        AnswerOption option = em.find(AnswerOption.class, optionId);
        if (option == null || option.imageSha256() == null
                || projects.find(option.question().form().projectId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(OptionImage.class, optionId))
                .map(image -> new OptionPicture(image.contentType(), option.imageSha256(), image.image()));
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void removeQuestion(long questionId) throws PollLocked {
        Question question = question(questionId);
        Form form = question.form();
        long responses = responses(form);
        if (responses > 0) {
            throw new PollLocked(responses);
        }
        form.remove(question);
        staffActions.fire(new StaffAction(QUESTION_REMOVED, "phase " + form.phaseId(), question.title().pl()));
    }

    /** Moves a question one place up (-1) or down (+1). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void moveQuestion(long questionId, int by) {
        Question question = question(questionId);
        question.form().move(question, by);
    }

    /** Whether residents may change their answers to the survey until the phase ends. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void allowChanges(long phaseId, boolean editable) {
        Form form = formToChange(phaseId);
        if (form.editable() != editable) {
            form.allowChanges(editable);
            staffActions.fire(new StaffAction(CHANGES_ALLOWED, "phase " + phaseId, String.valueOf(editable)));
        }
    }

    /** Whether residents see the results once they have answered. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void showResultsToResidents(long phaseId, boolean shown) {
        Form form = formToChange(phaseId);
        if (form.resultsPublic() != shown) {
            form.showResultsToResidents(shown);
            staffActions.fire(new StaffAction(RESULTS_SHOWN, "phase " + phaseId, String.valueOf(shown)));
        }
    }

    /** The counts of a poll or survey, for the project's staff (administrators, clerks, the project's moderators). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public PollResults results(long phaseId) {
        Phase phase = formPhase(phaseId).orElseThrow(() -> new IllegalArgumentException("No poll " + phaseId));
        access.requireManages(context, phase.project().id());
        return forms.ofPhase(phaseId).map(this::count).orElse(PollResults.NONE);
    }

    /** The poll for whoever looks (anonymous people see its questions and why to sign in). */
    @PermitAll
    public Optional<Poll> poll(long phaseId) {
        Optional<Phase> found = visiblePoll(phaseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Phase phase = found.get();
        Optional<Form> form = forms.ofPhase(phaseId);
        boolean resident = context.isCallerInRole(Resident.ROLE);
        Refusal refusal = refusal(phase, resident ? residents.me() : null).orElse(null);
        boolean answered = resident && form.isPresent() && answered(form.get(), residents.myId());
        PollResults results = answered && form.get().resultsPublic() ? count(form.get()) : null;
        return Optional.of(new Poll(phase.project().id(), phaseId, form.map(Polls::questions).orElse(List.of()),
                phase.rule(Action.ANSWER), refusal, answered, results));
    }

    /**
     * Stores the caller's answers: per question id, the chosen option ids (a question left out is not answered).
     *
     * @throws NotAllowed
     *             when the caller may not answer now
     * @throws AnswersRejected
     *             naming, per question, what breaks its rules
     * @throws AlreadyAnswered
     *             when the caller answered before (the first response stays)
     */
    @RolesAllowed(Resident.ROLE)
    public void answer(long phaseId, @NotNull Map<Long, List<Long>> chosen)
            throws NotAllowed, AnswersRejected, AlreadyAnswered {
        Phase phase = visiblePoll(phaseId).orElseThrow(() -> new IllegalArgumentException("No poll " + phaseId));
        ResidentAccount me = residents.me();
        Optional<Refusal> refusal = refusal(phase, me);
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
        Form form = forms.ofPhase(phaseId).filter(f -> !f.questions().isEmpty())
                .orElseThrow(() -> new AnswersRejected(Map.of(AnswersRejected.WHOLE, AnswerProblem.EMPTY)));
        Map<Long, Set<Long>> answers = new LinkedHashMap<>();
        chosen.forEach((question, options) -> answers.put(question,
                options == null ? Set.of() : new LinkedHashSet<>(options.stream().filter(Objects::nonNull).toList())));
        Map<Long, AnswerProblem> problems = form.check(answers);
        if (!problems.isEmpty()) {
            throw new AnswersRejected(problems);
        }
        Response response = new Response(form.id(), me.id(), ResponseChannel.ONLINE, Instant.now(Clock.systemUTC()));
        answers.forEach((question, options) -> options.forEach(option -> response.select(question, option)));
        UniqueKeys.persistOnce(em, AlreadyAnswered::new, response);
    }

    /**
     * The poll as its keyers see it on the entry screen: staff who manage the project's input, and its ambassadors.
     * Empty when the phase is not a poll.
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR, Resident.ROLE })
    public Optional<PaperForm> paperForm(long phaseId) {
        Optional<Phase> found = formPhase(phaseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Phase phase = found.get();
        Keyer keyer = keyers.require(context, phase.project().id());
        Optional<Form> form = forms.ofPhase(phaseId);
        long mine = form.map(f -> keyer.isAmbassador()
                ? em.createQuery("select count(r) from Response r where r.formId = :form and r.keyedByResident = :me",
                        Long.class).setParameter("me", keyer.residentId())
                : em.createQuery("select count(r) from Response r where r.formId = :form and r.keyedByStaff = :me",
                        Long.class).setParameter("me", keyer.staffLogin()))
                .map(query -> query.setParameter("form", form.get().id()).getSingleResult()).orElse(0L);
        return Optional.of(new PaperForm(phase.project().id(), phase.project().title(), phaseId, phase.title(),
                form.map(Polls::questions).orElse(List.<PollQuestion> of()).stream()
                        .filter(question -> question.kind().onPaper()).toList(),
                mine));
    }

    /**
     * Stores one form filled offline, keyed in by staff who manage the project's input or by one of its ambassadors. It
     * counts with the online answers, with its channel. Keying is open whenever the poll has questions: paper forms
     * collected while the phase ran often arrive after it ends.
     *
     * @throws AnswersRejected
     *             naming, per question, what breaks its rules (a number the question does not have is UNKNOWN)
     * @throws AlreadyEntered
     *             when a form with the same entry key was stored before (it counts once)
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR, Resident.ROLE })
    public void enter(long phaseId, @NotNull @Valid PaperAnswers paper) throws AnswersRejected, AlreadyEntered {
        Phase phase = formPhase(phaseId).orElseThrow(() -> new IllegalArgumentException("No poll " + phaseId));
        Keyer keyer = keyers.require(context, phase.project().id());
        Form form = forms.ofPhase(phaseId).filter(f -> !f.questions().isEmpty())
                .orElseThrow(() -> new AnswersRejected(Map.of(AnswersRejected.WHOLE, AnswerProblem.EMPTY)));
        Map<Long, Answer> answers = new LinkedHashMap<>();
        Map<Long, AnswerProblem> problems = form.checkPaper(paper.marked(), paper.written(), answers);
        if (!problems.isEmpty()) {
            throw new AnswersRejected(problems);
        }
        if (paper.entryKey() != null
                && !em.createQuery("select r.id from Response r where r.entryKey = :key", Long.class)
                        .setParameter("key", paper.entryKey()).setMaxResults(1).getResultList().isEmpty()) {
            throw new AlreadyEntered();
        }
        if (paper.eventId() != null && !events.projectOf(paper.eventId()).equals(Optional.of(phase.project().id()))) {
            throw new IllegalArgumentException("Event " + paper.eventId() + " is not of this project");
        }
        Response response = Response.keyed(form.id(), paper.channel(), paper.place(), paper.eventId(), keyer,
                paper.entryKey(), null, Instant.now(Clock.systemUTC()));
        response.give(form, form.onPath(answers));
        UniqueKeys.persistOnce(em, AlreadyEntered::new, response);
    }

    /**
     * Imports a spreadsheet of paper answers (see {@link PaperAnswersFile}): all its rows, or, when any row is wrong,
     * none, with every problem named by row and column. The same file (by its contents) is imported into a poll once.
     *
     * @return the number of forms imported
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public int importAnswers(long phaseId, @NotNull @Size(max = 255) String fileName, @NotNull byte[] file)
            throws ImportRejected {
        requireManagesForm(phaseId);
        return paperImport.run(phaseId, fileName, file, context.getCallerPrincipal().getName(), null);
    }

    /**
     * Starts importing a spreadsheet of paper answers in the background, as {@link #importAnswers} does; the job's
     * progress and outcome: {@link #importProgress}.
     *
     * @return the job's number
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public long startImport(long phaseId, @NotNull @Size(max = 255) String fileName, @NotNull byte[] file) {
        requireManagesForm(phaseId);
        long job = importJobs.open(phaseId, fileName, context.getCallerPrincipal().getName());
        context.getBusinessObject(Polls.class).runImport(job, phaseId, fileName, file);
        return job;
    }

    /**
     * Runs a job {@link #startImport} opened, as the one who opened it: the import in a transaction of its own, then,
     * once that has committed or rolled back, the job's outcome.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public void runImport(long jobId, long phaseId, @NotNull @Size(max = 255) String fileName, @NotNull byte[] file) {
        requireManagesForm(phaseId);
        String login = context.getCallerPrincipal().getName();
        Instant now = Instant.now(Clock.systemUTC());
        importJobs.find(jobId)
                .filter(job -> job.phaseId() == phaseId && job.startedBy().equals(login)
                        && job.stageAt(now) == ImportJob.Stage.CHECKING && job.rowsDone() == 0)
                .orElseThrow(() -> new IllegalArgumentException("No import job " + jobId + " to run"));
        try {
            importJobs.done(jobId, paperImport.run(phaseId, fileName, file, login, jobId));
        } catch (ImportRejected e) {
            importJobs.rejected(jobId, e);
        } catch (RuntimeException e) {
            // the answers may hold personal data, and a database's message may quote them: the type only
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            LOG.log(Level.WARNING, "The import job {0} into phase {1} failed: {2}",
                    new Object[] { jobId, phaseId, cause.getClass().getName() });
            importJobs.failed(jobId);
        }
    }

    /** How far a background import is, or how it ended; for the staff who may import into its phase. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public Optional<ImportProgress> importProgress(long jobId) {
        return importJobs
                .find(jobId).filter(job -> formPhase(job.phaseId())
                        .filter(phase -> access.manages(context, phase.project().id())).isPresent())
                .map(ImportProgress::of);
    }

    /**
     * How many poll and survey forms were keyed in as collected at the event (a number, told to whoever may see the
     * event: the event's page shows what it gave the project); 0 for an event the caller may not see.
     */
    @PermitAll
    public long collectedAt(long eventId) {
        if (events.find(eventId).isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(r) from Response r where r.eventId = :event", Long.class)
                .setParameter("event", eventId).getSingleResult();
    }

    /** The phase asks questions and the caller manages its project. */
    private void requireManagesForm(long phaseId) {
        Phase phase = formPhase(phaseId).orElseThrow(() -> new IllegalArgumentException("No poll " + phaseId));
        access.requireManages(context, phase.project().id());
    }

    /** The header of a spreadsheet of paper answers for the poll (the template staff fill in). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public List<String> importHeader(long phaseId) {
        Phase phase = formPhase(phaseId).orElseThrow(() -> new IllegalArgumentException("No poll " + phaseId));
        access.requireManages(context, phase.project().id());
        return forms.ofPhase(phaseId).map(PaperAnswersFile::header).orElse(List.of());
    }

    private Optional<Refusal> refusal(Phase phase, ResidentAccount me) {
        return refusalToAnswer(phase, me, projects.today());
    }

    /** Why the person (null: nobody signed in) may not answer the phase's questions today, if they may not. */
    static Optional<Refusal> refusalToAnswer(Phase phase, ResidentAccount me, java.time.LocalDate today) {
        return Eligibility.to(Action.ANSWER, phase, today, me == null ? null : me.verification(),
                me == null ? null : me.dateOfBirth(), me == null ? null : me.residenceArea());
    }

    private PollResults count(Form form) {
        return tally.count(form.id());
    }

    private boolean answered(Form form, long residentId) {
        return !em
                .createQuery("select r.id from Response r where r.formId = :form and r.respondentId = :me", Long.class)
                .setParameter("form", form.id()).setParameter("me", residentId).setMaxResults(1).getResultList()
                .isEmpty();
    }

    private long responses(Form form) {
        return em.createQuery("select count(r) from Response r where r.formId = :form", Long.class)
                .setParameter("form", form.id()).getSingleResult();
    }

    private static List<PollQuestion> questions(Form form) {
        return form.questions().stream().map(PollQuestion::of).toList();
    }

    /**
     * Refuses a plan that breaks its rules; in a survey also skips that lead to no later page of the form (a new
     * question is placed last, so it may only skip to the end).
     */
    private static void check(QuestionPlan plan, boolean survey, Form form, Question question) throws QuestionRejected {
        QuestionPlan.Problem problem = plan.problem(survey);
        if (problem != null) {
            throw new QuestionRejected(problem);
        }
        int page = question == null ? form.pages().size() : form.pageOf(question.id());
        for (QuestionPlan.Skip skip : plan.skips()) {
            if (skip != null && skip.toQuestion() != null && form.pageOf(skip.toQuestion()) <= page) {
                throw new QuestionRejected(QuestionPlan.Problem.SKIP);
            }
        }
    }

    private static boolean sameNumber(java.math.BigDecimal one, java.math.BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    private static List<QuestionPlan.Skip> skips(QuestionPlan plan) {
        return java.util.stream.IntStream.range(0, plan.options().size()).mapToObj(plan::skip).toList();
    }

    private boolean isSurvey(long phaseId) {
        return formPhase(phaseId).map(phase -> SurveyMethod.KEY.equals(phase.method())).orElse(false);
    }

    /** The phase, if it exists and asks questions (a poll or a survey). */
    private Optional<Phase> formPhase(long phaseId) {
        return Optional.ofNullable(em.find(Phase.class, phaseId))
                .filter(phase -> PollMethod.KEY.equals(phase.method()) || SurveyMethod.KEY.equals(phase.method()));
    }

    /** The phase, if it exists and its method is a poll. */
    private Optional<Phase> pollPhase(long phaseId) {
        return Optional.ofNullable(em.find(Phase.class, phaseId))
                .filter(phase -> PollMethod.KEY.equals(phase.method()));
    }

    /** The poll phase, if the caller may see its project (a draft project's poll only staff see). */
    private Optional<Phase> visiblePoll(long phaseId) {
        return pollPhase(phaseId).filter(phase -> projects.find(phase.project().id()).isPresent());
    }

    /** The phase's form, created with its first change. */
    private Form formToChange(long phaseId) {
        Phase phase = formPhase(phaseId).orElseThrow(() -> new IllegalArgumentException("No form " + phaseId));
        return forms.ofPhase(phaseId).orElseGet(() -> {
            Form form = new Form(phase.project().id(), phaseId);
            em.persist(form);
            return form;
        });
    }

    private AnswerOption option(long optionId) {
        AnswerOption option = em.find(AnswerOption.class, optionId);
        if (option == null) {
            throw new IllegalArgumentException("No option " + optionId);
        }
        return option;
    }

    private Question question(long questionId) {
        Question question = em.find(Question.class, questionId);
        if (question == null) {
            throw new IllegalArgumentException("No question " + questionId);
        }
        return question;
    }
}
