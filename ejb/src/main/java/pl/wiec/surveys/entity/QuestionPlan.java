package pl.wiec.surveys.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.projects.entity.LocalizedText;

/**
 * A question as staff write it: its title (Polish required, English optional), kind, whether it must be answered, for a
 * multiple choice the most options a person may pick (null: any number), and its options in order (none for a question
 * answered with a value; for a scale, its points). In a survey also: whether it begins a new page and the page's title,
 * a number's bounds, per option where choosing it leads (skip logic; an empty list: nowhere special), and whether the
 * last option is "other", with a line for the person to say what, the matrix it is a row of, and what explains it under
 * its title (plain text; null: nothing).
 */
public record QuestionPlan(@NotNull LocalizedText title, @NotNull QuestionKind kind, boolean required,
        @Min(1) @Max(MAX_OPTIONS) Integer maxChoices,
        @NotNull @Size(max = MAX_OPTIONS) List<@Valid @NotNull LocalizedText> options, boolean startsPage,
        LocalizedText pageTitle, BigDecimal min, BigDecimal max, @NotNull List<Skip> skips, boolean otherLast,
        LocalizedText grid, LocalizedText description) implements Serializable {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_SCALE = 10;
    /** A ranking puts at most this many options in order (more cannot be ordered with care, on screen or paper). */
    public static final int MAX_RANKED = 10;
    public static final int TITLE_LENGTH = 500;
    public static final int OPTION_LENGTH = 300;
    public static final int PAGE_TITLE_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int SHORT_TEXT_LENGTH = 300;
    public static final int LONG_TEXT_LENGTH = 4000;
    /** A line or an area has at most this many points. */
    public static final int MAX_SHAPE_POINTS = 500;
    /** Numbers are stored with four decimals and at most fourteen digits before them. */
    public static final BigDecimal LARGEST_NUMBER = new BigDecimal("99999999999999");

    /** A question without a description. */
    public QuestionPlan(LocalizedText title, QuestionKind kind, boolean required, Integer maxChoices,
            List<LocalizedText> options, boolean startsPage, LocalizedText pageTitle, BigDecimal min, BigDecimal max,
            List<Skip> skips, boolean otherLast, LocalizedText grid) {
        this(title, kind, required, maxChoices, options, startsPage, pageTitle, min, max, skips, otherLast, grid, null);
    }

    /** A question outside any matrix. */
    public QuestionPlan(LocalizedText title, QuestionKind kind, boolean required, Integer maxChoices,
            List<LocalizedText> options, boolean startsPage, LocalizedText pageTitle, BigDecimal min, BigDecimal max,
            List<Skip> skips, boolean otherLast) {
        this(title, kind, required, maxChoices, options, startsPage, pageTitle, min, max, skips, otherLast, null);
    }

    /** A question whose last option is not "other". */
    public QuestionPlan(LocalizedText title, QuestionKind kind, boolean required, Integer maxChoices,
            List<LocalizedText> options, boolean startsPage, LocalizedText pageTitle, BigDecimal min, BigDecimal max,
            List<Skip> skips) {
        this(title, kind, required, maxChoices, options, startsPage, pageTitle, min, max, skips, false);
    }

    /** A poll's question: one page, no skips. */
    public QuestionPlan(LocalizedText title, QuestionKind kind, boolean required, Integer maxChoices,
            List<LocalizedText> options) {
        this(title, kind, required, maxChoices, options, false, null, null, null, List.of());
    }

    /**
     * Where choosing an option leads once its page is done: to the page holding question {@code toQuestion}, or to the
     * end of the form; {@link #NEXT} (neither) is simply the next page.
     */
    public record Skip(Long toQuestion, boolean toEnd) implements Serializable {
        public static final Skip NEXT = new Skip(null, false);
        public static final Skip END = new Skip(null, true);

        public boolean isNext() {
            return toQuestion == null && !toEnd;
        }
    }

    /**
     * The same question as a row of a matrix: consecutive scale questions with the same matrix title (its Polish text)
     * and as many points are shown as one table, a row each, the points as columns. Null: no matrix.
     */
    public QuestionPlan inGrid(LocalizedText grid) {
        return new QuestionPlan(title, kind, required, maxChoices, options, startsPage, pageTitle, min, max, skips,
                otherLast, grid == null || !grid.hasPolish() ? null : grid, description);
    }

    /** The same question explained under its title (null or empty: not explained; English alone is a problem). */
    public QuestionPlan describedAs(LocalizedText description) {
        return new QuestionPlan(title, kind, required, maxChoices, options, startsPage, pageTitle, min, max, skips,
                otherLast, grid,
                description == null || description.pl() == null && description.en() == null ? null : description);
    }

    /**
     * A question's title as it stands alone (a list of answers, a column, a printed form): its matrix's title first.
     */
    public static LocalizedText heading(LocalizedText grid, LocalizedText title) {
        return grid == null ? title
                : new LocalizedText(grid.pl() + ": " + title.pl(),
                        grid.en() == null && title.en() == null ? null : (grid.en() == null ? grid.pl() : grid.en())
                                + ": " + (title.en() == null ? title.pl() : title.en()));
    }

    /** The skip of the option at this place (0 for the first). */
    public Skip skip(int option) {
        return option < skips.size() && skips.get(option) != null ? skips.get(option) : Skip.NEXT;
    }

    /** What is wrong with the plan beyond its annotations for a poll's form, or null when it is sound. */
    public Problem problem() {
        return problem(false);
    }

    /** What is wrong with the plan beyond its annotations, or null when it is sound; polls ask only choices. */
    public Problem problem(boolean survey) {
        if (!title.hasPolish() || title.pl().length() > TITLE_LENGTH
                || title.en() != null && title.en().length() > TITLE_LENGTH) {
            return Problem.TITLE;
        }
        if (!survey && !kind.inPolls()) {
            return Problem.KIND;
        }
        if (pageTitle != null && (pageTitle.pl() != null && pageTitle.pl().length() > PAGE_TITLE_LENGTH
                || pageTitle.en() != null && pageTitle.en().length() > PAGE_TITLE_LENGTH)) {
            return Problem.PAGE_TITLE;
        }
        int most = kind == QuestionKind.SCALE ? MAX_SCALE : kind.isRanking() ? MAX_RANKED : MAX_OPTIONS;
        if (kind.isChoice() ? options.size() < MIN_OPTIONS || options.size() > most : !options.isEmpty()) {
            return Problem.OPTION_COUNT;
        }
        for (LocalizedText option : options) {
            if (!option.hasPolish() || option.pl().length() > OPTION_LENGTH
                    || option.en() != null && option.en().length() > OPTION_LENGTH) {
                return Problem.OPTION;
            }
        }
        if (options.stream().map(option -> option.pl().toLowerCase(Locale.ROOT)).distinct().count() < options.size()) {
            return Problem.DUPLICATE_OPTION;
        }
        if (maxChoices != null && (kind != QuestionKind.MULTIPLE_CHOICE || maxChoices > options.size())) {
            return Problem.MAX_CHOICES;
        }
        if (otherLast && (kind != QuestionKind.SINGLE_CHOICE && kind != QuestionKind.MULTIPLE_CHOICE || !survey)) {
            return Problem.OTHER;
        }
        if ((min != null || max != null) && kind != QuestionKind.NUMBER
                || min != null && min.abs().compareTo(LARGEST_NUMBER) > 0
                || max != null && max.abs().compareTo(LARGEST_NUMBER) > 0
                || min != null && max != null && min.compareTo(max) > 0) {
            return Problem.BOUNDS;
        }
        if (grid != null && (kind != QuestionKind.SCALE || !survey || !grid.hasPolish()
                || grid.pl().length() > TITLE_LENGTH || grid.en() != null && grid.en().length() > TITLE_LENGTH)) {
            return Problem.GRID;
        }
        if (description != null
                && (!survey || !description.hasPolish() || description.pl().length() > DESCRIPTION_LENGTH
                        || description.en() != null && description.en().length() > DESCRIPTION_LENGTH)) {
            return Problem.DESCRIPTION;
        }
        if (skips.stream().anyMatch(skip -> skip != null && !skip.isNext())
                && (kind != QuestionKind.SINGLE_CHOICE || !survey || skips.size() > options.size())) {
            return Problem.SKIP;
        }
        return null;
    }

    /** What can be wrong with a question as written. */
    public enum Problem {
        /** No Polish title, or a title too long. */
        TITLE,
        /** A kind the form's method does not ask (polls ask only choices). */
        KIND,
        /** A page title too long. */
        PAGE_TITLE,
        /**
         * A choice with fewer than {@link #MIN_OPTIONS} options or more than {@link #MAX_OPTIONS} (a scale more than
         * {@link #MAX_SCALE} points, a ranking more than {@link #MAX_RANKED}), or options for a question answered with
         * a value.
         */
        OPTION_COUNT,
        /** An option without a Polish label, or a label too long. */
        OPTION,
        /** Two options with the same label. */
        DUPLICATE_OPTION,
        /** A maximum for a single choice, or more than there are options. */
        MAX_CHOICES,
        /** Bounds for a question that is not a number, bounds too large, or a lower bound above the upper. */
        BOUNDS,
        /** Skip logic on a question that is not a survey's single choice, or leading to a page that is not later. */
        SKIP,
        /** An "other" option on a question that is not a survey's single or multiple choice. */
        OTHER,
        /** A matrix title on a question that is not a survey's scale, or a matrix title too long. */
        GRID,
        /** A description on a poll's question, one without its Polish text, or one too long. */
        DESCRIPTION,
        /** The form has its most questions already ({@link Form#MAX_QUESTIONS}). */
        QUESTIONS
    }
}
