package pl.wiec.surveys.control;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import pl.wiec.offline.entity.ResponseChannel;
import pl.wiec.residents.entity.ConsentKind;
import pl.wiec.surveys.boundary.PollResults;
import pl.wiec.surveys.boundary.SurveyFilter;
import pl.wiec.surveys.entity.QuestionKind;

/**
 * Counts a form's responses: per channel, per option and channel (a ranking's also per place), and the respondents of
 * each question (of a choice, from its selections; of a question answered with a value, from its values). Two scans of
 * the form's answers (and one of its rankings' selections, where it has rankings), no joins; with a
 * {@link SurveyFilter}, only the responses it lets through ({@link #restriction}).
 */
@ApplicationScoped
public class Tally {

    @PersistenceContext
    EntityManager em;

    public PollResults count(long formId) {
        return count(formId, SurveyFilter.NONE, null);
    }

    /** The counts of the responses the filter lets through ({@code today} places the age groups). */
    public PollResults count(long formId, SurveyFilter filter, LocalDate today) {
        Restriction only = restriction(filter, today);
        Map<ResponseChannel, Long> responses = new EnumMap<>(ResponseChannel.class);
        only.bound(em.createQuery("select r.channel, count(r) from Response r where r.formId = :form" + only.on("r.id")
                + " group by r.channel", Object[].class).setParameter("form", formId)).getResultList()
                .forEach(row -> responses.put((ResponseChannel) ((Object[]) row)[0], (Long) ((Object[]) row)[1]));
        Map<Long, Map<ResponseChannel, Long>> perOption = new HashMap<>();
        Map<Long, Long> perQuestion = new HashMap<>();
        Set<Long> choices = new HashSet<>();
        // one scan of the form's selections: per option and channel, how many chose it and for how many of them it was
        // their first option in the question (which, summed per question, counts the question's respondents); the
        // index on the form's selections covers it
        only.bound(em.createQuery("select s.questionId, s.optionId, s.channel, count(s), sum(s.respondentCount)"
                + " from Selection s where s.formId = :form" + only.on("s.responseId")
                + " group by s.questionId, s.optionId, s.channel", Object[].class).setParameter("form", formId))
                .getResultList().forEach(result -> {
                    Object[] row = (Object[]) result;
                    perOption.computeIfAbsent((Long) row[1], id -> new EnumMap<>(ResponseChannel.class))
                            .put((ResponseChannel) row[2], (Long) row[3]);
                    perQuestion.merge((Long) row[0], ((Number) row[4]).longValue(), Long::sum);
                    choices.add((Long) row[0]);
                });
        // a ranking's places, from its own selections only (reading the place in the scan above would leave its
        // covering index for the table: a quarter slower for every form, measured, with rankings or without)
        Map<Long, Map<Integer, Long>> perPlace = new HashMap<>();
        Map<Long, Map<ResponseChannel, Long>> placeSums = new HashMap<>();
        List<Long> rankings = em
                .createQuery("select q.id from Question q where q.form.id = :form and q.kind = :ranking", Long.class)
                .setParameter("form", formId).setParameter("ranking", QuestionKind.RANKING).getResultList();
        if (!rankings.isEmpty()) {
            only.bound(em
                    .createQuery("select s.optionId, s.channel, s.rank, count(s) from Selection s"
                            + " where s.formId = :form and s.questionId in :rankings" + only.on("s.responseId")
                            + " group by s.optionId, s.channel, s.rank", Object[].class)
                    .setParameter("form", formId).setParameter("rankings", rankings)).getResultList()
                    .forEach(result -> {
                        Object[] row = (Object[]) result;
                        long option = (Long) row[0];
                        int place = ((Number) row[2]).intValue();
                        long count = (Long) row[3];
                        perPlace.computeIfAbsent(option, id -> new HashMap<>()).merge(place, count, Long::sum);
                        placeSums.computeIfAbsent(option, id -> new EnumMap<>(ResponseChannel.class))
                                .merge((ResponseChannel) row[1], place * count, Long::sum);
                    });
        }
        only.bound(em
                .createQuery("select v.questionId, count(v) from AnswerValue v where v.formId = :form"
                        + only.on("v.responseId") + " group by v.questionId", Object[].class)
                .setParameter("form", formId)).getResultList().forEach(result -> {
                    // a choice's "other" text is a value too; its respondents were counted with its options
                    Object[] row = (Object[]) result;
                    if (!choices.contains((Long) row[0])) {
                        perQuestion.merge((Long) row[0], (Long) row[1], Long::sum);
                    }
                });
        return new PollResults(responses, perQuestion, perOption, perPlace, placeSums);
    }

    /**
     * The filter as a condition on a response id ({@code and <id> in (...)}, empty for no filter) and its parameters.
     * The accounts' part reads the residents' stated gender, birth year (or date of birth from login.gov.pl) and area.
     */
    public static Restriction restriction(SurveyFilter filter, LocalDate today) {
        if (filter == null || filter.isNone()) {
            return new Restriction("", Map.of());
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.optionId() != null) {
            where.append(" and %1$s in (select f.responseId from Selection f where f.optionId = :filterOption)");
            parameters.put("filterOption", filter.optionId());
        }
        if (filter.byAccount()) {
            StringBuilder person = new StringBuilder("p.deletedAt is null");
            if (filter.gender() != null) {
                person.append(" and p.gender = :filterGender");
                parameters.put("filterGender", filter.gender());
            }
            if (filter.age() != null) {
                person.append(" and (p.dateOfBirth between :filterBornFrom and :filterBornTo or p.dateOfBirth is null"
                        + " and p.birthYear between :filterYearFrom and :filterYearTo)");
                parameters.put("filterBornFrom", filter.age().bornFrom(today));
                parameters.put("filterBornTo", filter.age().bornTo(today));
                parameters.put("filterYearFrom", today.getYear() - filter.age().oldest());
                parameters.put("filterYearTo", today.getYear() - filter.age().youngest());
            }
            if (filter.area() != null && !filter.area().isBlank()) {
                // the area a resident declared decides their pools; it counts in statistics only with their consent
                person.append(" and p.residenceArea = :filterArea and exists (select c from Consent c"
                        + " where c.resident = p and c.kind = :statistics and c.withdrawnAt is null)");
                parameters.put("statistics", ConsentKind.DEMOGRAPHICS);
                parameters.put("filterArea", filter.area());
            }
            where.append(" and %1$s in (select a.id from Response a, Resident p where a.respondentId = p.id and ")
                    .append(person).append(')');
        }
        return new Restriction(where.toString(), parameters);
    }

    /** A condition on a response id, with its parameters. */
    public record Restriction(String condition, Map<String, Object> parameters) {

        /** The condition on this response id (empty without a filter). */
        public String on(String responseId) {
            return condition.isEmpty() ? "" : String.format(condition, responseId);
        }

        public <Q extends Query> Q bound(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
