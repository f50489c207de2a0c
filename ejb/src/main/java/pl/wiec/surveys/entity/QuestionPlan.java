package pl.wiec.surveys.entity;

import java.io.Serializable;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.projects.entity.LocalizedText;

/**
 * A question as staff write it: its title (Polish required, English optional), kind, whether it must be answered, for a
 * multiple choice the most options a person may pick (null: any number), and its options in order.
 */
public record QuestionPlan(@NotNull LocalizedText title, @NotNull QuestionKind kind, boolean required,
        @Min(1) @Max(MAX_OPTIONS) Integer maxChoices,
        @NotNull @Size(min = MIN_OPTIONS, max = MAX_OPTIONS) List<@Valid @NotNull LocalizedText> options)
        implements Serializable {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 20;
    public static final int TITLE_LENGTH = 500;
    public static final int OPTION_LENGTH = 300;

    /** What is wrong with the plan beyond its annotations, or null when it is sound. */
    public Problem problem() {
        if (!title.hasPolish() || title.pl().length() > TITLE_LENGTH
                || title.en() != null && title.en().length() > TITLE_LENGTH) {
            return Problem.TITLE;
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            return Problem.OPTION_COUNT;
        }
        for (LocalizedText option : options) {
            if (!option.hasPolish() || option.pl().length() > OPTION_LENGTH
                    || option.en() != null && option.en().length() > OPTION_LENGTH) {
                return Problem.OPTION;
            }
        }
        if (options.stream().map(option -> option.pl().toLowerCase(java.util.Locale.ROOT)).distinct().count() < options
                .size()) {
            return Problem.DUPLICATE_OPTION;
        }
        if (maxChoices != null && (kind == QuestionKind.SINGLE_CHOICE || maxChoices > options.size())) {
            return Problem.MAX_CHOICES;
        }
        return null;
    }

    /** What can be wrong with a question as written. */
    public enum Problem {
        /** No Polish title, or a title too long. */
        TITLE,
        /** Fewer than {@link #MIN_OPTIONS} options or more than {@link #MAX_OPTIONS}. */
        OPTION_COUNT,
        /** An option without a Polish label, or a label too long. */
        OPTION,
        /** Two options with the same label. */
        DUPLICATE_OPTION,
        /** A maximum for a single choice, or more than there are options. */
        MAX_CHOICES,
        /** The form has its most questions already ({@link Form#MAX_QUESTIONS}). */
        QUESTIONS
    }
}
