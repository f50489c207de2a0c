package pl.wiec.discussion.control;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.residents.entity.PersonalData;

/** A resident's comments (also the ones they deleted or moderators hid, whose text Wiec still keeps) and reactions. */
@ApplicationScoped
public class DiscussionOfResident {

    private static final List<String> COMMENT = List.of("id", "ideaId", "inReplyTo", "createdAt", "editedAt",
            "deletedAt", "text", "visibility", "moderationReason");
    private static final List<String> REACTION = List.of("ideaId", "reaction", "reactedAt");

    @PersistenceContext
    EntityManager em;

    void gather(@Observes @Priority(200) PersonalData data) {
        PersonalData.Section comments = data.section("comments");
        em.createQuery(
                "select c.id, c.ideaId, c.parentId, c.createdAt, c.editedAt, c.deletedAt, c.body, c.visibility,"
                        + " c.moderationReason from Comment c where c.authorId = :resident order by c.createdAt, c.id",
                Object[].class).setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> comments.add().put(COMMENT, row));
        PersonalData.Section reactions = data.section("reactions");
        em.createQuery("select r.ideaId, r.kind, r.reactedAt from Reaction r where r.residentId = :resident"
                + " order by r.reactedAt", Object[].class).setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> reactions.add().put(REACTION, row));
    }
}
