package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.List;

import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.surveys.entity.Question;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;

/** A question as pages show it, with its options. */
public record PollQuestion(long id, int position, QuestionKind kind, LocalizedText title, boolean required,
        Integer maxChoices, List<Option> options) implements Serializable {

    /** One of its options. */
    public record Option(long id, LocalizedText label) implements Serializable {
    }

    static PollQuestion of(Question question) {
        return new PollQuestion(question.id(), question.position(), question.kind(), question.title(),
                question.required(), question.maxChoices(),
                question.options().stream().map(option -> new Option(option.id(), option.label())).toList());
    }

    public boolean isMultiple() {
        return kind == QuestionKind.MULTIPLE_CHOICE;
    }

    /** The question as staff edit it. */
    public QuestionPlan plan() {
        return new QuestionPlan(title, kind, required, maxChoices, options.stream().map(Option::label).toList());
    }
}
