package pl.wiec.surveys.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.residents.entity.AccountDeleted;

/**
 * The nightly forgetting of files attached to surveys that no answer holds: a file chosen and then replaced or removed,
 * one attached by someone who never sent their response. A file stays while a response holds it, and while its resident
 * keeps a draft of the survey.
 */
@Stateless
@PermitAll
public class Attachments {

    private static final Logger LOG = Logger.getLogger(Attachments.class.getName());

    /** How long a file in no answer is kept: a day covers the page that attached it, and a session not signed in. */
    public static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "3", minute = "29", persistent = false)
    public void purge() {
        int purged = purgeBefore(Instant.now(Clock.systemUTC()).minus(KEPT));
        if (purged > 0) {
            LOG.info(() -> "Forgot " + purged + " files attached to surveys and never sent");
        }
    }

    /**
     * A deleted account takes its drafts and every file its resident attached with it, sent or not (a photo or a scan
     * may show them): the answers that held a file lose it, the rest of each response stays.
     */
    public void accountDeleted(@Observes AccountDeleted deleted) {
        em.createQuery("delete from AnswerValue v where v.attachmentId in"
                + " (select a.id from Attachment a where a.residentId = :resident)")
                .setParameter("resident", deleted.residentId()).executeUpdate();
        em.createQuery("delete from Attachment a where a.residentId = :resident")
                .setParameter("resident", deleted.residentId()).executeUpdate();
        em.createQuery("delete from Draft d where d.residentId = :resident")
                .setParameter("resident", deleted.residentId()).executeUpdate();
    }

    /** Forgets the files attached before this instant that no response and no draft of their resident holds. */
    public int purgeBefore(Instant before) {
        return em.createQuery("delete from Attachment a where a.uploadedAt < :before"
                + " and not exists (select v from AnswerValue v where v.attachmentId = a.id)"
                + " and not exists (select d from Draft d where d.formId = a.formId and d.residentId = a.residentId)")
                .setParameter("before", before).executeUpdate();
    }
}
