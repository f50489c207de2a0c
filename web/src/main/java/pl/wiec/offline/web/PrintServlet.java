package pl.wiec.offline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.platform.control.PdfReport;
import pl.wiec.platform.control.PolishNumbers;
import pl.wiec.platform.control.PublicAddress;

import com.lowagie.text.PageSize;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.control.BudgetVotingMethod;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.events.boundary.EventView;
import pl.wiec.events.boundary.Events;
import pl.wiec.ideas.boundary.IdeaPaperForm;
import pl.wiec.ideas.boundary.PaperIdeas;
import pl.wiec.events.entity.CivicEvent;
import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.municipality.boundary.Taxonomy;
import pl.wiec.municipality.entity.Municipality;
import pl.wiec.municipality.entity.Logo;
import pl.wiec.offline.control.Poster;
import pl.wiec.offline.control.PrintedForm;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Project;
import pl.wiec.surveys.boundary.PollDesign;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.web.Dates;
import pl.wiec.web.Texts;

/**
 * What staff print for the offline side of a consultation (administrators and clerks, web.xml), in Polish:
 * <ul>
 * <li>{@code /backoffice/poll-form.pdf?phase=N[&large=true]}: the poll's paper form, from the same questions as online,
 * options numbered as the entry screen expects, optionally in large print;</li>
 * <li>{@code /backoffice/poster.pdf?project=N} or {@code ?event=N}, {@code &size=A3} (A4 without it): a poster with a
 * QR code to the project's or the event's page;</li>
 * <li>{@code /backoffice/budget-card.pdf?project=N[&large=true]}: the budget edition's ballot card for the ballot
 * boxes: who votes and how, every pool with its rule and its admitted projects under their numbers (the numbers the
 * keyer types), the rules that make a card invalid, the voter's name, address (and PESEL where the rules ask) and the
 * signed statement; optionally in large print;</li>
 * <li>{@code /backoffice/budget-voters.pdf?project=N&place=K}: the list of people voting at the edition's K-th
 * ballot-box place (from 0), to be filled in by hand: number, name, address (PESEL where the rules ask), signature on
 * receiving the card.</li>
 * </ul>
 */
@WebServlet({ "/backoffice/poll-form.pdf", "/backoffice/poster.pdf", "/backoffice/budget-card.pdf",
        "/backoffice/budget-voters.pdf" })
public class PrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    /** Rows of a voters' list: three pages; a busy place prints it again. */
    private static final int VOTERS_PER_LIST = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.MM.yyyy");

    @Inject
    Polls polls;

    @Inject
    BudgetEditions editions;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Projects projects;

    @Inject
    Events events;

    @Inject
    MunicipalityProfile profile;

    @Inject
    PaperIdeas paperIdeas;

    @Inject
    PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> pdf;
        String name;
        try {
            if (request.getServletPath().endsWith("budget-voters.pdf")) {
                long project = Long.parseLong(request.getParameter("project"));
                int place = Integer.parseInt(request.getParameter("place"));
                pdf = editions.edition(project).filter(edition -> place >= 0 && place < edition.rules().places().size())
                        .map(edition -> votersList(edition, edition.rules().places().get(place)));
                name = "lista-glosujacych-" + project + "-punkt-" + (place + 1) + ".pdf";
            } else if (request.getServletPath().endsWith("budget-card.pdf")) {
                long project = Long.parseLong(request.getParameter("project"));
                boolean large = "true".equals(request.getParameter("large"));
                pdf = editions.edition(project).map(edition -> PrintedForm.of(ballotCard(edition), large));
                name = "karta-do-glosowania-" + project + (large ? "-duzy-druk" : "") + ".pdf";
            } else if (request.getServletPath().endsWith("poll-form.pdf")) {
                long phase = Long.parseLong(request.getParameter("phase"));
                boolean large = "true".equals(request.getParameter("large"));
                pdf = polls.design(phase).map(design -> PrintedForm.of(form(design), large))
                        .or(() -> paperIdeas.form(phase).map(ideas -> PrintedForm.of(form(ideas), large)));
                name = "formularz-sondy-" + phase + (large ? "-duzy-druk" : "") + ".pdf";
            } else {
                boolean a3 = "A3".equalsIgnoreCase(request.getParameter("size"));
                if (request.getParameter("event") != null) {
                    long event = Long.parseLong(request.getParameter("event"));
                    pdf = events.find(event).map(view -> Poster.of(poster(view), a3 ? PageSize.A3 : PageSize.A4));
                    name = "plakat-wydarzenie-" + event + (a3 ? "-A3" : "-A4") + ".pdf";
                } else {
                    long project = Long.parseLong(request.getParameter("project"));
                    pdf = projects.find(project).map(p -> Poster.of(poster(p), a3 ? PageSize.A3 : PageSize.A4));
                    name = "plakat-projekt-" + project + (a3 ? "-A3" : "-A4") + ".pdf";
                }
            }
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }

    private PrintedForm.Content form(PollDesign design) {
        List<PrintedForm.Question> questions = new ArrayList<>();
        for (PollQuestion question : design.questions()) {
            if (!question.isChoice()) {
                questions.add(new PrintedForm.Question(question.position(), question.heading().pl(),
                        // paper cannot carry a file: its question is answered online only, never required here
                        question.required() && question.kind().onPaper(), text("print.form." + question.kind().name()),
                        List.of(), switch (question.kind()) {
                        case LONG_TEXT -> 5;
                        case SHORT_TEXT, POINT -> 2;
                        case LINE, AREA -> 3;
                        case FILE -> 0;
                        default -> 1;
                        }, List.of(), description(question)));
                continue;
            }
            String rule = question.isRanking() ? text("print.form.ranking", question.options().size())
                    : !question.isMultiple() ? text("print.form.one") : question.maxChoices() == null
                            ? text("print.form.any") : text("print.form.upTo", question.maxChoices());
            List<String> options = new ArrayList<>();
            List<PrintedForm.Picture> pictures = new ArrayList<>();
            for (PollQuestion.Option option : question.options()) {
                pictures.add(!option.isIllustrated() ? null
                        : polls.optionImage(option.id())
                                .map(image -> new PrintedForm.Picture(image.image(), option.imageDescription().pl()))
                                .orElse(null));
                String skip = option.skip().toEnd() ? " " + text("print.form.skipToEnd")
                        : option.skip().toQuestion() == null ? ""
                                : design.questions().stream().filter(q -> q.id() == option.skip().toQuestion())
                                        .findFirst().map(q -> " " + text("print.form.skipTo", q.position())).orElse("");
                options.add(option.label().pl() + (option.other() ? " " + text("print.form.other") : "") + skip);
            }
            questions.add(new PrintedForm.Question(question.position(), question.heading().pl(), question.required(),
                    rule, options, 0, pictures, description(question)));
        }
        return new PrintedForm.Content(text("print.form.title", design.phaseTitle().pl(), design.projectTitle().pl()),
                List.of(text("print.form.howTo"), text("print.form.returnTo", returnAddress())), questions,
                url("/project.xhtml?id=" + design.projectId()), text("print.form.online"), text("print.form.required"));
    }

    private static String description(PollQuestion question) {
        return question.description() == null ? null : question.description().pl();
    }

    /**
     * The paper form of an ideation phase: the idea's title, what and why, and where, with the same directions as a
     * poll's form (where to return it, the page online); it asks for no personal data.
     */
    private PrintedForm.Content form(IdeaPaperForm ideas) {
        List<PrintedForm.Question> questions = List.of(
                new PrintedForm.Question(1, text("print.idea.title"), true, text("print.idea.title.rule"), List.of(),
                        2),
                new PrintedForm.Question(2, text("print.idea.body"), true, text("print.idea.body.rule"), List.of(), 9),
                new PrintedForm.Question(3, text("print.idea.place"), false, text("print.idea.place.rule"), List.of(),
                        2));
        return new PrintedForm.Content(text("print.idea.heading", ideas.phaseTitle().pl(), ideas.projectTitle().pl()),
                List.of(text("print.idea.howTo"), text("print.form.returnTo", returnAddress())), questions,
                url("/project.xhtml?id=" + ideas.projectId()), text("print.idea.online"), text("print.form.required"));
    }

    private String returnAddress() {
        Municipality municipality = profile.shown();
        return municipality.address() == null ? municipality.name()
                : municipality.name() + ", " + municipality.address().street() + ", "
                        + municipality.address().postalCode() + " " + municipality.address().city();
    }

    private Poster.Content poster(Project project) {
        LocalDate today = projects.today();
        List<String> lines = new ArrayList<>();
        for (Phase phase : project.phases()) {
            if (!phase.endsOn().isBefore(today)) {
                lines.add(text("print.poster.phase", phase.title().pl(), DAY.format(phase.startsOn()),
                        DAY.format(phase.endsOn())));
            }
        }
        return new Poster.Content(text("print.poster.project.kicker"), project.title().pl(), lines,
                project.summary().pl(), text("print.poster.project.call"), url("/project.xhtml?id=" + project.id()),
                profile.shown().name(), logo());
    }

    private Poster.Content poster(EventView view) {
        CivicEvent event = view.event();
        List<String> lines = new ArrayList<>();
        lines.add(text("print.poster.event.when", new Dates().when(event.startsAt()),
                DateTimeFormatter.ofPattern("HH:mm").format(event.endsAt().atZone(Dates.POLAND))));
        if (event.place() != null) {
            lines.add(event.place());
        }
        if (event.format().isOnline()) {
            lines.add(text("print.poster.event.online"));
        }
        return new Poster.Content(text("eventKind." + event.kind().name()), event.title().pl(), lines,
                event.description().pl(),
                text(event.registration() ? "print.poster.event.register" : "print.poster.event.call"),
                url("/event.xhtml?id=" + event.id()), profile.shown().name(), logo());
    }

    /** The ballot card of a budget edition: the same pools, projects and numbers as the online ballot and keying. */
    private PrintedForm.Content ballotCard(Edition edition) {
        long id = edition.projectId();
        Project project = projects.find(id).orElseThrow();
        EditionRules rules = edition.rules();
        Map<Long, String> areas = taxonomy.areaNames();
        Map<Long, List<BudgetProject>> onBallot = editions.projects(id, ProjectStatus.ADMITTED).stream()
                .collect(Collectors.groupingBy(BudgetProject::poolId));
        List<PrintedForm.Question> questions = new ArrayList<>();
        questions.add(new PrintedForm.Question(1, text("print.ballot.name"), true, null, List.of(), 1));
        questions.add(new PrintedForm.Question(2, text("print.ballot.address"), true, text("print.ballot.address.rule"),
                List.of(), 2));
        if (rules.requiresPesel()) {
            questions.add(new PrintedForm.Question(3, text("print.ballot.pesel"), true, null, List.of(), 1));
        }
        for (Pool pool : edition.pools()) {
            PoolPlan plan = pool.plan();
            List<BudgetProject> items = onBallot.getOrDefault(pool.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(BudgetProject::number)).toList();
            String title = text("print.ballot.pool", plan.name().pl(), PolishNumbers.amount(plan.amount()))
                    + (plan.areaId() == null ? "" : " " + text("print.ballot.pool.area", areas.get(plan.areaId())));
            questions.add(new PrintedForm.Question(questions.size() + 1, title, false, poolRule(plan),
                    items.stream().map(item -> item.title() + " — " + PolishNumbers.amount(item.cost())).toList(), 0,
                    List.of(), null, items.stream().map(BudgetProject::number).toList()));
        }
        questions.add(new PrintedForm.Question(questions.size() + 1, text("print.ballot.signature"), true,
                text("print.ballot.statement"), List.of(), 1));
        List<String> intro = new ArrayList<>();
        project.phases().stream().filter(phase -> BudgetVotingMethod.KEY.equals(phase.method())).forEach(phase -> intro
                .add(text("print.ballot.when", DAY.format(phase.startsOn()), DAY.format(phase.endsOn()))));
        intro.add(text("print.ballot.howTo"));
        if (!rules.places().isEmpty()) {
            intro.add(text("print.ballot.places", String.join("; ", rules.places())));
        }
        intro.add(text(rules.conflictRule() == ConflictRule.ALL_INVALID ? "print.ballot.once.allInvalid"
                : "print.ballot.once.firstCounts"));
        intro.add(text("print.ballot.invalid"));
        return new PrintedForm.Content(text("print.ballot.heading", project.title().pl()), intro, questions,
                url("/budget/ballot.xhtml?project=" + id), text("print.ballot.online"), text("print.form.required"));
    }

    /** The list of people voting at one ballot-box place, for the commission there: filled in and signed by hand. */
    private byte[] votersList(Edition edition, String place) {
        Project project = projects.find(edition.projectId()).orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfReport report = new PdfReport(bytes, text("print.voters.heading", project.title().pl()))) {
            report.text(text("print.voters.place", place));
            project.phases().stream().filter(phase -> BudgetVotingMethod.KEY.equals(phase.method()))
                    .forEach(phase -> report
                            .text(text("print.ballot.when", DAY.format(phase.startsOn()), DAY.format(phase.endsOn()))));
            report.text(text("print.voters.howTo"));
            boolean pesel = edition.rules().requiresPesel();
            List<String> header = new ArrayList<>(
                    List.of(text("print.voters.number"), text("print.ballot.name"), text("print.ballot.address")));
            if (pesel) {
                header.add(text("print.ballot.pesel"));
            }
            header.add(text("print.voters.signature"));
            report.writingTable(header, VOTERS_PER_LIST,
                    pesel ? new float[] { 5, 25, 32, 16, 22 } : new float[] { 5, 30, 40, 25 });
        }
        return bytes.toByteArray();
    }

    /** How a pool is voted, as the card tells it. */
    private static String poolRule(PoolPlan pool) {
        return switch (pool.method()) {
        case ONE_VOTE -> text("print.ballot.rule.ONE_VOTE");
        case APPROVAL -> text("print.ballot.rule.APPROVAL", pool.minChoices(), pool.maxChoices());
        case RANKED -> text("print.ballot.rule.RANKED", pool.points().size());
        case ALLOCATION -> text("print.ballot.rule.ALLOCATION", PolishNumbers.amount(pool.amount()));
        };
    }

    /** The municipality's coat of arms or logo, if it has one. */
    private byte[] logo() {
        return profile.logo().map(Logo::image).orElse(null);
    }

    private String url(String path) {
        return publicAddress.of(path);
    }

    private static String text(String key, Object... arguments) {
        return Texts.in(POLISH, key, arguments);
    }
}
