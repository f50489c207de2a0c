package pl.wiec.surveys.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.wiec.platform.control.CsvReader;
import pl.wiec.platform.control.XlsxReader;
import pl.wiec.platform.entity.TypedNumbers;
import pl.wiec.surveys.boundary.ImportRejected;
import pl.wiec.surveys.boundary.ImportRejected.Problem;
import pl.wiec.surveys.boundary.ImportRejected.RowProblem;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.AnswerProblem;
import pl.wiec.surveys.entity.Form;
import pl.wiec.surveys.entity.Question;
import pl.wiec.offline.entity.ResponseChannel;

/**
 * A spreadsheet of paper answers to a form (CSV, or the first sheet of an .xlsx workbook), one row per filled form:
 * {@code kanał; miejsce; P1; P2; ...}. The channel is papier, punkt konsultacyjny, wydarzenie or poczta (empty:
 * papier); the place is free text; under each question the numbers of the options marked, as printed on the form ("2",
 * "1 3"), or for a survey's question answered with a value what was written (text, a number, a date, a point's
 * coordinates), or nothing. A question column may carry the question's text after its number ("P1 Czy..."), as the
 * template does. Every row is checked before anything is kept, and every problem is named by row and column.
 */
public final class PaperAnswersFile {

    public static final int MAX_ROWS = 50_000;
    /**
     * The most lines a file may have, empty ones included (they are skipped, but each costs memory while read): the
     * header and {@link #MAX_ROWS} forms, with as many empty lines again. The reader stops at the first past it.
     */
    static final int MAX_RECORDS = 2 * MAX_ROWS + 1;
    /** The most cells a row may have: far more than any form's questions (the channel, the place, a question each). */
    static final int MAX_CELLS = 1_000;
    public static final String CHANNEL = "kanał";
    public static final String PLACE = "miejsce";
    public static final int PLACE_LENGTH = 200;

    private static final Pattern QUESTION_COLUMN = Pattern.compile("^[pq]\\s*(\\d{1,3})(\\D.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Map<String, ResponseChannel> CHANNELS = new HashMap<>();

    static {
        for (String name : List.of("", "papier", "paper", "ankieta papierowa", "formularz papierowy")) {
            CHANNELS.put(name, ResponseChannel.PAPER);
        }
        for (String name : List.of("punkt konsultacyjny", "punkt", "consultation point", "consultation_point")) {
            CHANNELS.put(name, ResponseChannel.CONSULTATION_POINT);
        }
        for (String name : List.of("wydarzenie", "spotkanie", "spacer", "event")) {
            CHANNELS.put(name, ResponseChannel.EVENT);
        }
        for (String name : List.of("poczta", "list", "post")) {
            CHANNELS.put(name, ResponseChannel.POST);
        }
    }

    /** One row's answers, checked: per question id the options chosen or the value written. */
    public record Row(int row, ResponseChannel channel, String place, Map<Long, Answer> answers) {
    }

    private PaperAnswersFile() {
    }

    /** The header of a file for the form: what the template has. */
    public static List<String> header(Form form) {
        List<String> header = new ArrayList<>(List.of(CHANNEL, PLACE));
        form.questions().stream().filter(question -> question.kind().onPaper())
                .forEach(question -> header.add("P" + question.position() + " " + question.heading().pl()));
        return header;
    }

    /**
     * The rows of the file, each checked against the form's questions.
     *
     * @throws ImportRejected
     *             naming every problem, when there is any
     */
    public static List<Row> read(byte[] file, Form form) throws ImportRejected {
        return read(file, form, Progress.NONE);
    }

    /** How far a long read or store is: rows done of all, told every {@link ImportJobs#STEP} rows and at the end. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> {
        };

        void at(int done, int total);
    }

    /**
     * The rows of the file, each checked against the form's questions, telling how many rows are checked.
     *
     * @throws ImportRejected
     *             naming every problem, when there is any
     */
    public static List<Row> read(byte[] file, Form form, Progress progress) throws ImportRejected {
        List<List<String>> records;
        try {
            records = XlsxReader.isXlsx(file) ? XlsxReader.records(file, MAX_RECORDS, MAX_CELLS)
                    : CsvReader.records(CsvReader.decode(file), MAX_RECORDS, MAX_CELLS);
        } catch (XlsxReader.Unreadable e) {
            throw ImportRejected.of(Problem.UNREADABLE);
        } catch (CsvReader.TooLarge e) {
            throw ImportRejected.of(e.isTooWide() ? Problem.TOO_MANY_COLUMNS : Problem.TOO_MANY_ROWS);
        }
        if (records.isEmpty()) {
            throw ImportRejected.of(Problem.EMPTY_FILE);
        }
        List<RowProblem> problems = new ArrayList<>();
        Map<Integer, Question> columns = columns(records.get(0), form, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        List<Row> rows = new ArrayList<>();
        int total = records.size() - 1;
        progress.at(0, total);
        for (int i = 1; i < records.size(); i++) {
            if (i % ImportJobs.STEP == 0) {
                progress.at(i, total);
            }
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() + 1 > MAX_ROWS) {
                throw ImportRejected.of(Problem.TOO_MANY_ROWS);
            }
            row(i + 1, cells, records.get(0).size(), columns, form, problems).ifPresent(rows::add);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(0, "", Problem.EMPTY_FILE));
        }
        progress.at(total, total);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return rows;
    }

    /** Which column holds which question; a header problem for each column missing, unknown or repeated. */
    private static Map<Integer, Question> columns(List<String> header, Form form, List<RowProblem> problems) {
        if (header.size() < 2 || !named(header.get(0), CHANNEL, "kanal", "channel")) {
            problems.add(new RowProblem(1, CHANNEL, Problem.HEADER));
        }
        if (header.size() < 2 || !named(header.get(1), PLACE, "place")) {
            problems.add(new RowProblem(1, PLACE, Problem.HEADER));
        }
        Map<Integer, Question> columns = new LinkedHashMap<>();
        Map<Integer, Integer> columnOfPosition = new HashMap<>();
        for (int c = 2; c < header.size(); c++) {
            String name = header.get(c).strip();
            if (name.isEmpty()) {
                continue;
            }
            Matcher matcher = QUESTION_COLUMN.matcher(name);
            int position = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
            Optional<Question> question = form.questions().stream()
                    .filter(q -> q.position() == position && q.kind().onPaper()).findFirst();
            if (question.isEmpty() || columnOfPosition.putIfAbsent(position, c) != null) {
                problems.add(new RowProblem(1, name, Problem.HEADER));
            } else {
                columns.put(c, question.get());
            }
        }
        form.questions().stream().filter(q -> q.kind().onPaper() && !columnOfPosition.containsKey(q.position()))
                .forEach(q -> problems.add(new RowProblem(1, "P" + q.position(), Problem.HEADER)));
        return columns;
    }

    private static Optional<Row> row(int row, List<String> cells, int width, Map<Integer, Question> columns, Form form,
            List<RowProblem> problems) {
        int before = problems.size();
        if (cells.size() > width && cells.subList(width, cells.size()).stream().anyMatch(cell -> !cell.isBlank())) {
            problems.add(new RowProblem(row, "", Problem.COLUMNS));
            return Optional.empty();
        }
        ResponseChannel channel = CHANNELS.get(normal(cell(cells, 0)));
        if (channel == null) {
            problems.add(new RowProblem(row, CHANNEL, Problem.CHANNEL));
        }
        String place = cell(cells, 1).strip();
        if (place.length() > PLACE_LENGTH) {
            problems.add(new RowProblem(row, PLACE, Problem.PLACE));
        }
        Map<Long, List<Integer>> marked = new LinkedHashMap<>();
        Map<Long, String> written = new LinkedHashMap<>();
        columns.forEach((column, question) -> {
            if (!question.kind().isChoice()) {
                written.put(question.id(), cell(cells, column));
                return;
            }
            try {
                List<Integer> numbers = TypedNumbers.parse(cell(cells, column));
                if (!numbers.isEmpty()) {
                    marked.put(question.id(), numbers);
                }
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(row, "P" + question.position(), Problem.NOT_NUMBERS));
            }
        });
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<Long, Answer> answers = new LinkedHashMap<>();
        Map<Long, AnswerProblem> broken = form.checkPaper(marked, written, answers);
        broken.forEach((questionId, problem) -> problems.add(new RowProblem(row,
                form.question(questionId).map(q -> "P" + q.position()).orElse(""), Problem.valueOf(problem.name()))));
        return broken.isEmpty() ? Optional.of(new Row(row, channel, place, answers)) : Optional.empty();
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    private static boolean named(String cell, String... names) {
        String normal = normal(cell);
        return List.of(names).contains(normal);
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
