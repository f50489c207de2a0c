package pl.wiec.surveys.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.surveys.boundary.ImportRejected;
import pl.wiec.surveys.entity.ImportJob;

/**
 * The steps of background imports, each in a transaction of its own: a step is seen at once by the page following the
 * job, whatever the import's own (all-or-nothing) transaction does. Only the boundaries call it (and the nightly purge
 * of old jobs).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    /** Rows between two steps reported while checking or storing. */
    public static final int STEP = 500;
    /**
     * How long a job is kept after its last step: the page that followed it is long closed by then, and what stays is
     * elsewhere (the audit log names each import, {@code survey_import} keeps each file's fingerprint).
     */
    public static final Duration KEPT = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    public long open(long phaseId, String fileName, String login) {
        ImportJob job = new ImportJob(phaseId, fileName, login, now());
        em.persist(job);
        em.flush();
        return job.id();
    }

    public void reached(long jobId, ImportJob.Stage stage, int done, int total) {
        em.find(ImportJob.class, jobId).reached(stage, done, total, now());
    }

    public void done(long jobId, int imported) {
        em.find(ImportJob.class, jobId).done(imported, now());
    }

    public void rejected(long jobId, ImportRejected rejected) {
        em.find(ImportJob.class, jobId)
                .rejected(
                        rejected.problems().stream()
                                .map(p -> new ImportJob.Problem(p.row(), p.column(), p.problem().name())).toList(),
                        rejected.total(), now());
    }

    public void failed(long jobId) {
        em.find(ImportJob.class, jobId).failed(now());
    }

    /** Every night, forgets the jobs older than {@link #KEPT} (with their problems: the database cascades). */
    @Schedule(hour = "3", minute = "17", persistent = false)
    public void purge() {
        int purged = purgeBefore(now().minus(KEPT));
        if (purged > 0) {
            LOG.info(() -> "Forgot " + purged + " finished import jobs");
        }
    }

    /** Forgets the jobs whose last step came before this instant; how many. */
    public int purgeBefore(Instant before) {
        return em.createQuery("delete from ImportJob j where j.updatedAt < :before").setParameter("before", before)
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ImportJob> find(long jobId) {
        return Optional.ofNullable(em.find(ImportJob.class, jobId));
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
