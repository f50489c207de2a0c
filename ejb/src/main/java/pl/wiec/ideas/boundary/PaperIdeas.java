package pl.wiec.ideas.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import pl.wiec.events.boundary.Events;
import pl.wiec.ideas.control.IdeationMethod;
import pl.wiec.ideas.control.ProposalsMethod;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.moderation.boundary.Moderation;
import pl.wiec.moderation.entity.ContentType;
import pl.wiec.moderation.entity.ModerationState;
import pl.wiec.offline.boundary.AlreadyEntered;
import pl.wiec.offline.control.Keyers;
import pl.wiec.offline.entity.Keyer;
import pl.wiec.platform.control.UniqueKeys;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.entity.Resident;
import pl.wiec.staff.entity.Roles;

/**
 * Ideas collected offline: written on the paper form of an ideation phase (printed from the same phase), told at a
 * consultation point or an event, sent by post, and keyed in by staff who manage the project's input or by one of its
 * ambassadors. Such an idea has no author's account; it records its channel, where it was collected (and the event),
 * and who keyed it, and it is listed, supported and answered with the ideas submitted online.
 */
@Stateless
public class PaperIdeas {

    private static final Logger LOG = Logger.getLogger(PaperIdeas.class.getName());

    /** At most this many ideas collected at an event are listed on its page. */
    public static final int MAX_SHOWN = 100;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Keyers keyers;

    @Inject
    Events events;

    @Inject
    Moderation moderation;

    /** The phase as its keyers see it; empty when it does not collect ideas (refused to anyone but its keyers). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR, Resident.ROLE })
    public Optional<IdeaPaperForm> form(long phaseId) {
        Optional<Phase> found = ideationPhase(phaseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Phase phase = found.get();
        Keyer keyer = keyers.require(context, phase.project().id());
        long mine = (keyer.isAmbassador()
                ? em.createQuery("select count(i) from Idea i where i.phaseId = :phase and i.keyedByResident = :me",
                        Long.class).setParameter("me", keyer.residentId())
                : em.createQuery("select count(i) from Idea i where i.phaseId = :phase and i.keyedByStaff = :me",
                        Long.class).setParameter("me", keyer.staffLogin())).setParameter("phase", phaseId)
                                .getSingleResult();
        return Optional.of(new IdeaPaperForm(phase.project().id(), phase.project().title(), phaseId, phase.title(),
                mine, phase.project().areaIds(), phase.project().topicIds()));
    }

    /**
     * Stores an idea collected offline, keyed in by staff who manage the project or one of its ambassadors, in the
     * phase it was collected for (keying stays open after the phase ends: forms come back late). A blocked word holds
     * it for review as it would online. The keyer may sort it into an area and topics of the municipality's and mark
     * where it is on the map, as its author would online.
     *
     * @return the idea's id
     *
     * @throws AlreadyEntered
     *             when a form with the same entry key was stored before (it counts once)
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR, Resident.ROLE })
    public long enter(long phaseId, @NotNull @Valid PaperIdea paper) throws AlreadyEntered {
        Phase phase = ideationPhase(phaseId)
                .orElseThrow(() -> new IllegalArgumentException("No ideation phase " + phaseId));
        long projectId = phase.project().id();
        Keyer keyer = keyers.require(context, projectId);
        if (paper.entryKey() != null && !em.createQuery("select i.id from Idea i where i.entryKey = :key", Long.class)
                .setParameter("key", paper.entryKey()).setMaxResults(1).getResultList().isEmpty()) {
            throw new AlreadyEntered();
        }
        if (paper.eventId() != null && !events.projectOf(paper.eventId()).equals(Optional.of(projectId))) {
            throw new IllegalArgumentException("Event " + paper.eventId() + " is not of this project");
        }
        Instant now = Instant.now(Clock.systemUTC());
        Ideas.known(em, paper.idea());
        Idea idea = Idea.keyed(projectId, phaseId, paper.idea(), paper.channel(), paper.place(), paper.eventId(), keyer,
                paper.entryKey(), now);
        if (ProposalsMethod.KEY.equals(phase.method()) && phase.supportDays() != null) {
            idea.collectSupportsUntil(now.plus(Duration.ofDays(phase.supportDays())));
        }
        UniqueKeys.persistOnce(em, AlreadyEntered::new, idea);
        if (moderation.holdIfBlocked(ContentType.IDEA, idea.id(), projectId,
                String.join("\n", idea.title(), idea.body(), String.valueOf(idea.place())))) {
            idea.moderate(ModerationState.HELD, null);
        }
        LOG.info(() -> "Idea " + idea.id() + " collected offline (" + paper.channel() + ") keyed in for project "
                + projectId);
        return idea.id();
    }

    /**
     * The ideas keyed in as collected at the event, newest first, that anyone may see (visible, in a project residents
     * see): what the event gave the project, linked from its page.
     */
    @PermitAll
    public List<Idea> collectedAt(long eventId) {
        return em
                .createQuery("select i from Idea i, Project p where i.eventId = :event and p.id = i.projectId"
                        + " and p.visibility = :published and i.visibility = :visible and i.mergedInto is null"
                        + " order by i.createdAt desc, i.id desc", Idea.class)
                .setParameter("event", eventId).setParameter("published", Visibility.PUBLISHED)
                .setParameter("visible", ModerationState.VISIBLE).setMaxResults(MAX_SHOWN).getResultList();
    }

    private Optional<Phase> ideationPhase(long phaseId) {
        return Optional.ofNullable(em.find(Phase.class, phaseId)).filter(
                phase -> IdeationMethod.KEY.equals(phase.method()) || ProposalsMethod.KEY.equals(phase.method()));
    }
}
