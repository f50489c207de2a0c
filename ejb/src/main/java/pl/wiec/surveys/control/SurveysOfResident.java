package pl.wiec.surveys.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.residents.entity.PersonalData;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.AnswerOption;
import pl.wiec.surveys.entity.Draft;
import pl.wiec.surveys.entity.Form;
import pl.wiec.surveys.entity.Question;
import pl.wiec.surveys.entity.Response;

/**
 * A resident's answers to polls and surveys, each as "question: answer" in their language (the options' labels, not
 * their ids), the files they attached to answers, the paper forms they keyed as an ambassador (which and when only: the
 * answers are their writers'), and the answers they saved to finish later.
 */
@ApplicationScoped
public class SurveysOfResident {

    private static final List<String> KEYED = List.of("id", "projectId", "submittedAt");
    private static final List<String> FILE = List.of("id", "formId", "questionId", "uploadedAt");

    @PersistenceContext
    EntityManager em;

    void gather(@Observes @Priority(300) PersonalData data) {
        PersonalData.Section responses = data.section("answers");
        em.createQuery("select r from Response r where r.respondentId = :resident order by r.submittedAt, r.id",
                Response.class).setParameter("resident", data.residentId()).getResultList().forEach(response -> {
                    Form form = em.find(Form.class, response.formId());
                    responses.add().put("id", response.id()).put("projectId", form.projectId())
                            .put("submittedAt", response.submittedAt()).put("changedAt", response.changedAt())
                            .put("channel", response.channel()).put("place", response.place())
                            .put("answers", lines(form, response.answers(), data.language()));
                });
        PersonalData.Section files = data.section("answerFiles");
        em.createQuery(
                "select a.id, a.formId, a.questionId, a.uploadedAt, a.file.fileName, a.file.contentType"
                        + " from Attachment a where a.residentId = :resident order by a.uploadedAt, a.id",
                Object[].class).setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> files.add().put(FILE, row)
                        .file("file", (String) row[4], (String) row[5], () -> em
                                .createQuery("select a.file.content from Attachment a where a.id = :id", byte[].class)
                                .setParameter("id", row[0]).getSingleResult()));
        PersonalData.Section keyed = data.section("answersKeyed");
        em.createQuery("select r.id, f.projectId, r.submittedAt from Response r, Form f where r.formId = f.id"
                + " and r.keyedByResident = :resident order by r.submittedAt, r.id", Object[].class)
                .setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> keyed.add().put(KEYED, row));
        PersonalData.Section drafts = data.section("answerDrafts");
        em.createQuery("select d.formId, d from Draft d where d.residentId = :resident order by d.savedAt",
                Object[].class).setParameter("resident", data.residentId()).getResultList().forEach(row -> {
                    Form form = em.find(Form.class, row[0]);
                    Draft draft = (Draft) row[1];
                    drafts.add().put("projectId", form.projectId()).put("savedAt", draft.savedAt()).put("answers",
                            lines(form, draft.answers(), data.language()));
                });
    }

    /** "Question: answer" for every question answered, in the form's order. */
    private List<String> lines(Form form, Map<Long, Answer> answers, Locale language) {
        List<String> lines = new ArrayList<>();
        for (Question question : form.questions()) {
            Answer answer = answers.get(question.id());
            if (answer != null && !answer.isEmpty()) {
                lines.add(question.title().in(language) + ": " + text(question, answer, language));
            }
        }
        return lines;
    }

    private String text(Question question, Answer answer, Locale language) {
        List<String> parts = new ArrayList<>();
        if (!answer.options().isEmpty()) {
            Map<Long, String> labels = question.options().stream()
                    .collect(Collectors.toMap(AnswerOption::id, option -> option.label().in(language)));
            answer.options().forEach(option -> parts.add(labels.getOrDefault(option, "#" + option)));
        }
        if (answer.text() != null) {
            parts.add(answer.text());
        }
        if (answer.number() != null) {
            parts.add(answer.number().toPlainString());
        }
        if (answer.date() != null) {
            parts.add(answer.date().toString());
        }
        if (answer.latitude() != null) {
            parts.add(answer.latitude() + ", " + answer.longitude());
        }
        if (!answer.shape().isEmpty()) {
            parts.add(answer.shape().stream().map(point -> point.latitude() + " " + point.longitude())
                    .collect(Collectors.joining(", ")));
        }
        if (answer.attachment() != null) {
            parts.add(em.createQuery("select a.file.fileName from Attachment a where a.id = :id", String.class)
                    .setParameter("id", answer.attachment()).getResultStream().findFirst()
                    .orElse("#" + answer.attachment()));
        }
        return String.join("; ", parts);
    }
}
