package pl.wiec.ideas.boundary;

import java.io.Serializable;
import java.util.Set;

import pl.wiec.projects.entity.LocalizedText;

/**
 * An ideation phase as its keyers see it on the entry screen, and how many ideas the caller has keyed in there; the
 * project's areas and topics (none: any of the municipality's) are those a keyed idea may be sorted into.
 */
public record IdeaPaperForm(long projectId, LocalizedText projectTitle, long phaseId, LocalizedText phaseTitle,
        long keyedByMe, Set<Long> areaIds, Set<Long> topicIds) implements Serializable {

    public IdeaPaperForm {
        areaIds = Set.copyOf(areaIds);
        topicIds = Set.copyOf(topicIds);
    }
}
