package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.List;

import pl.wiec.projects.entity.LocalizedText;

/**
 * A poll or survey as staff build it: the project and phase it belongs to, its questions, whether residents see the
 * results after answering, whether they may change their answers (surveys), and how many responses it has (once it has
 * any, questions keep their kind and options).
 */
public record PollDesign(long projectId, LocalizedText projectTitle, long phaseId, LocalizedText phaseTitle,
        boolean survey, boolean resultsPublic, boolean editable, long responses, List<PollQuestion> questions)
        implements Serializable {

    public boolean isAnswered() {
        return responses > 0;
    }
}
