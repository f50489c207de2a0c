package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.surveys.entity.Question;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;

/**
 * A question as pages show it, with its options; in a survey also whether it begins a page (and the page's title), a
 * number's bounds, where each option leads, and what explains it under its title (null: nothing).
 */
public record PollQuestion(long id, int position, QuestionKind kind, LocalizedText title, boolean required,
        Integer maxChoices, List<Option> options, boolean startsPage, LocalizedText pageTitle, BigDecimal min,
        BigDecimal max, LocalizedText grid, LocalizedText description) implements Serializable {

    /**
     * One of its options, where choosing it leads (skip logic), and the picture it shows if any: the picture's hash
     * (part of its address, so a new picture is fetched anew) and its description (the image's text alternative).
     */
    public record Option(long id, LocalizedText label, QuestionPlan.Skip skip, boolean other, String imageSha256,
            LocalizedText imageDescription) implements Serializable {

        public Option(long id, LocalizedText label, QuestionPlan.Skip skip, boolean other) {
            this(id, label, skip, other, null, null);
        }

        /** Whether it shows a picture. */
        public boolean isIllustrated() {
            return imageSha256 != null;
        }
    }

    static PollQuestion of(Question question) {
        return new PollQuestion(question.id(), question.position(), question.kind(), question.title(),
                question.required(), question.maxChoices(),
                question.options().stream()
                        .map(option -> new Option(option.id(), option.label(), option.skip(), option.other(),
                                option.imageSha256(), option.imageDescription()))
                        .toList(),
                question.startsPage(), question.pageTitle(), question.min(), question.max(), question.grid(),
                question.description());
    }

    public boolean isMultiple() {
        return kind == QuestionKind.MULTIPLE_CHOICE;
    }

    /** Whether it is answered by choosing among its options (else with a value). */
    public boolean isChoice() {
        return kind.isChoice();
    }

    /** Whether it is answered by putting its options in order. */
    public boolean isRanking() {
        return kind.isRanking();
    }

    /** The places a ranking's options may take: 1 to the number of options. */
    public List<Integer> places() {
        return java.util.stream.IntStream.rangeClosed(1, options.size()).boxed().toList();
    }

    /** The question as staff edit it. */
    public QuestionPlan plan() {
        return new QuestionPlan(title, kind, required, maxChoices, options.stream().map(Option::label).toList(),
                startsPage, pageTitle, min, max, options.stream().map(Option::skip).toList(), hasOther(), grid,
                description);
    }

    /** The title as it stands alone (a list of answers, a column, a printed form): its matrix's title first. */
    public LocalizedText heading() {
        return QuestionPlan.heading(grid, title);
    }

    /** The questions page by page: a page begins with the first question and with each that starts one. */
    public static List<List<PollQuestion>> pages(List<PollQuestion> questions) {
        List<List<PollQuestion>> pages = new java.util.ArrayList<>();
        for (PollQuestion question : questions) {
            if (pages.isEmpty() || question.startsPage()) {
                pages.add(new java.util.ArrayList<>());
            }
            pages.get(pages.size() - 1).add(question);
        }
        return pages;
    }

    /**
     * The questions as they are shown: one by one, except the rows of a matrix (consecutive scales sharing a matrix
     * title and their number of points), which come together.
     */
    public static List<List<PollQuestion>> blocks(List<PollQuestion> questions) {
        List<List<PollQuestion>> blocks = new java.util.ArrayList<>();
        PollQuestion before = null;
        for (PollQuestion question : questions) {
            if (question.continuesGrid(before)) {
                blocks.get(blocks.size() - 1).add(question);
            } else {
                blocks.add(new java.util.ArrayList<>(List.of(question)));
            }
            before = question;
        }
        return blocks;
    }

    /** Whether this row continues the matrix of the question before it (same matrix title, as many points). */
    public boolean continuesGrid(PollQuestion before) {
        return grid != null && !startsPage && before != null && before.grid() != null
                && grid.pl().equals(before.grid().pl()) && kind == before.kind()
                && options.size() == before.options().size();
    }

    /** Whether its last option is "other", with a line to say what. */
    public boolean hasOther() {
        return !options.isEmpty() && options.get(options.size() - 1).other();
    }
}
