package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.List;

import pl.wiec.projects.entity.LocalizedText;

/**
 * A poll as its keyers see it on the entry screen: its questions with their options numbered as on paper (a file
 * question, which paper cannot answer, left out), and how many forms the caller has keyed in (no results: ambassadors
 * do not see them).
 */
public record PaperForm(long projectId, LocalizedText projectTitle, long phaseId, LocalizedText phaseTitle,
        List<PollQuestion> questions, long keyedByMe) implements Serializable {
}
