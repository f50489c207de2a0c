package pl.wiec.projects.control;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.notifications.entity.FollowedHappening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.notifications.entity.Words;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Visibility;

/**
 * Tells the followers of a published project when one of its phases starts. Every ten minutes on every node, and so
 * also right after a restart: each phase is claimed with one conditional update, so it is announced once however many
 * nodes look.
 */
@Stateless
@PermitAll
public class PhaseStarts {

    private static final Logger LOG = Logger.getLogger(PhaseStarts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Event<FollowedHappening> happenings;

    /** @return how many phase starts this call announced */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public int announce() {
        LocalDate today = projects.today();
        List<Phase> started = em
                .createQuery("select f from Phase f where f.announcedOn is null"
                        + " and f.startsOn <= :today and f.endsOn >= :today and f.project.visibility = :published",
                        Phase.class)
                .setParameter("today", today).setParameter("published", Visibility.PUBLISHED).getResultList();
        int announced = 0;
        for (Phase phase : started) {
            int claimed = em
                    .createQuery(
                            "update Phase f set f.announcedOn = :today where f.id = :id" + " and f.announcedOn is null")
                    .setParameter("today", today).setParameter("id", phase.id()).executeUpdate();
            if (claimed == 1) {
                happenings.fire(new FollowedHappening(Subject.PROJECT, phase.project().id(), null, Kind.NEW_PHASE,
                        words(phase.project().title()), words(phase.title()),
                        "/project.xhtml?id=" + phase.project().id()));
                announced++;
            }
        }
        if (announced > 0) {
            int count = announced;
            LOG.info(() -> count + " phase starts announced to followers");
        }
        return announced;
    }

    private static Words words(pl.wiec.projects.entity.LocalizedText text) {
        return new Words(text.pl(), text.en());
    }
}
