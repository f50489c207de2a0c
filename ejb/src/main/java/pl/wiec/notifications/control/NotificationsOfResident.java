package pl.wiec.notifications.control;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.residents.entity.PersonalData;

/**
 * What a resident follows, how often they want to hear of each kind of news (only the kinds they changed; the others
 * follow the defaults) and the notifications Wiec wrote them, read or not, mailed or not.
 */
@ApplicationScoped
public class NotificationsOfResident {

    private static final List<String> FOLLOW = List.of("subject", "subjectId", "followedAt");
    private static final List<String> SETTING = List.of("kind", "frequency");
    private static final List<String> NOTIFICATION = List.of("kind", "createdAt", "subjectLine", "link", "readAt",
            "mailedAt");

    @PersistenceContext
    EntityManager em;

    void gather(@Observes @Priority(800) PersonalData data) {
        PersonalData.Section follows = data.section("follows");
        em.createQuery("select f.subject, f.subjectId, f.followedAt from Follow f where f.residentId = :resident"
                + " order by f.followedAt", Object[].class).setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> follows.add().put(FOLLOW, row));
        PersonalData.Section settings = data.section("notificationSettings");
        em.createQuery("select p.kind, p.frequency from Preference p where p.residentId = :resident order by p.kind",
                Object[].class).setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> settings.add().put(SETTING, row));
        PersonalData.Section notifications = data.section("notifications");
        em.createQuery("select n.kind, n.createdAt, n.subject, n.link, n.readAt, n.mailedAt from Notification n"
                + " where n.residentId = :resident order by n.createdAt, n.id", Object[].class)
                .setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> notifications.add().put(NOTIFICATION, row));
    }
}
