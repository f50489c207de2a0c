package pl.wiec.ideas.control;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.residents.entity.PersonalData;

/**
 * A resident's ideas and proposals as they wrote them (with what the office answered and whether moderators hid one),
 * their photos, the paper ideas they keyed as an ambassador (which and when only), and the proposals they supported.
 * Photos are read one at a time, so a download holds at most one in memory.
 */
@ApplicationScoped
public class IdeasOfResident {

    private static final List<String> IDEA = List.of("id", "projectId", "createdAt", "title", "description", "place",
            "latitude", "longitude", "status", "officeAnswer", "officeAnswerAt", "visibility", "moderationReason",
            "mergedInto");
    private static final List<String> PHOTO = List.of("id", "ideaId", "uploadedAt", "description");
    private static final List<String> KEYED = List.of("id", "projectId", "createdAt");
    private static final List<String> SUPPORT = List.of("ideaId", "supportedAt");

    @PersistenceContext
    EntityManager em;

    void gather(@Observes @Priority(100) PersonalData data) {
        PersonalData.Section ideas = data.section("ideas");
        // the status as the office named it, in the resident's language
        List<Object[]> rows = em
                .createQuery("select i.id, i.projectId, i.createdAt, i.title, i.body, i.place,"
                        + " i.latitude, i.longitude, case when :english = true and s.labelEn is not null then s.labelEn"
                        + " else coalesce(s.labelPl, i.status) end, i.feedback, i.feedbackAt, i.visibility,"
                        + " i.moderationReason, i.mergedInto from Idea i left join IdeaStatus s on s.key = i.status"
                        + " where i.authorId = :resident order by i.createdAt, i.id", Object[].class)
                .setParameter("resident", data.residentId()).setParameter("english", data.inEnglish()).getResultList();
        rows.forEach(row -> ideas.add().put(IDEA, row));
        PersonalData.Section photos = data.section("ideaPhotos");
        em.createQuery("select m.id, m.ideaId, m.uploadedAt, m.description, m.contentType from IdeaImage m, Idea i"
                + " where m.ideaId = i.id and i.authorId = :resident order by m.ideaId, m.id", Object[].class)
                .setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> photos.add().put(PHOTO, row).file("photo",
                        "idea-" + row[1] + "-" + row[0] + extension((String) row[4]), (String) row[4],
                        () -> em.createQuery("select m.image from IdeaImage m where m.id = :id", byte[].class)
                                .setParameter("id", row[0]).getSingleResult()));
        // what they keyed from paper as an ambassador: that they did, when; the text is its writer's, not theirs
        PersonalData.Section keyed = data.section("ideasKeyed");
        em.createQuery("select i.id, i.projectId, i.createdAt from Idea i where i.keyedByResident = :resident"
                + " order by i.createdAt, i.id", Object[].class).setParameter("resident", data.residentId())
                .getResultList().forEach(row -> keyed.add().put(KEYED, row));
        PersonalData.Section supports = data.section("ideaSupports");
        em.createQuery("select s.ideaId, s.supportedAt from Support s where s.residentId = :resident"
                + " order by s.supportedAt", Object[].class).setParameter("resident", data.residentId())
                .getResultStream().forEach(row -> supports.add().put(SUPPORT, row));
    }

    private static String extension(String contentType) {
        return switch (contentType) {
        case "image/png" -> ".png";
        case "image/webp" -> ".webp";
        default -> ".jpg";
        };
    }
}
