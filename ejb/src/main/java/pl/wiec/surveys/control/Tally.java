package pl.wiec.surveys.control;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.surveys.boundary.PollResults;
import pl.wiec.surveys.entity.ResponseChannel;

/**
 * Counts a form's responses: per channel, per option and channel, and the respondents of each question (of a choice,
 * from its selections; of a question answered with a value, from its values). Two scans of the form's answers, no
 * joins.
 */
@ApplicationScoped
public class Tally {

    @PersistenceContext
    EntityManager em;

    public PollResults count(long formId) {
        Map<ResponseChannel, Long> responses = new EnumMap<>(ResponseChannel.class);
        em.createQuery("select r.channel, count(r) from Response r where r.formId = :form group by r.channel",
                Object[].class).setParameter("form", formId).getResultList()
                .forEach(row -> responses.put((ResponseChannel) row[0], (Long) row[1]));
        Map<Long, Map<ResponseChannel, Long>> perOption = new HashMap<>();
        Map<Long, Long> perQuestion = new HashMap<>();
        // one scan of the form's selections: per option and channel, how many chose it and for how many of them it was
        // their first option in the question (which, summed per question, counts the question's respondents)
        em.createQuery("select s.questionId, s.optionId, s.channel, count(s), sum(s.respondentCount) from Selection s"
                + " where s.formId = :form group by s.questionId, s.optionId, s.channel", Object[].class)
                .setParameter("form", formId).getResultList().forEach(row -> {
                    perOption.computeIfAbsent((Long) row[1], id -> new EnumMap<>(ResponseChannel.class))
                            .put((ResponseChannel) row[2], (Long) row[3]);
                    perQuestion.merge((Long) row[0], ((Number) row[4]).longValue(), Long::sum);
                });
        em.createQuery("select v.questionId, count(v) from AnswerValue v where v.formId = :form group by v.questionId",
                Object[].class).setParameter("form", formId).getResultList()
                .forEach(row -> perQuestion.merge((Long) row[0], (Long) row[1], Long::sum));
        return new PollResults(responses, perQuestion, perOption);
    }
}
