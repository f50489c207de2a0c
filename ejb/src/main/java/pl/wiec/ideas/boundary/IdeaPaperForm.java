package pl.wiec.ideas.boundary;

import java.io.Serializable;

import pl.wiec.projects.entity.LocalizedText;

/** An ideation phase as its keyers see it on the entry screen, and how many ideas the caller has keyed in there. */
public record IdeaPaperForm(long projectId, LocalizedText projectTitle, long phaseId, LocalizedText phaseTitle,
        long keyedByMe) implements Serializable {
}
