package pl.wiec.surveys.boundary;

import java.time.Instant;
import java.util.Map;

import pl.wiec.surveys.entity.Answer;
import pl.wiec.offline.entity.ResponseChannel;

/**
 * One response as the export writes it: no respondent, only how and where it came, its answers per question, and the
 * names of the files its answers attach (per attachment id).
 */
public record ExportedResponse(long id, ResponseChannel channel, String place, Instant submittedAt,
        Map<Long, Answer> answers, Map<Long, String> fileNames) {
}
