package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.List;

import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.ActionRule;

/**
 * A phase's poll for whoever looks: its questions, why the person may not answer (null if they may), whether they
 * answered, and the results when they may see them (after answering, where staff chose to show them; else null).
 */
public record Poll(long projectId, long phaseId, List<PollQuestion> questions, ActionRule rule, Refusal refusal,
        boolean answered, PollResults results) implements Serializable {

    public boolean isReady() {
        return !questions.isEmpty();
    }
}
