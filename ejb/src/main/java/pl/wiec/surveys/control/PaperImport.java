package pl.wiec.surveys.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.offline.entity.Keyer;
import pl.wiec.platform.control.UniqueKeys;
import pl.wiec.platform.entity.Sha256;
import pl.wiec.surveys.boundary.ImportRejected;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.Form;
import pl.wiec.surveys.entity.Import;
import pl.wiec.surveys.entity.ImportJob;
import pl.wiec.surveys.entity.Response;

/**
 * Imports a spreadsheet of paper answers into a form, in the caller's transaction: every row is checked first, then all
 * are stored, or, when any row is wrong, none. The same file (by its contents) is imported into a form once. A
 * background import tells its job how many rows are checked, then stored. Only the boundaries call it (they check who
 * may import).
 */
@Stateless
@PermitAll
public class PaperImport {

    /** What the audit trail calls an import. */
    public static final String IMPORTED = "poll.answers.imported";

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportJobs jobs;

    @Inject
    Forms forms;

    @Inject
    Event<StaffAction> staffActions;

    /**
     * @param jobId
     *            the background job to tell how far the import is, or null
     *
     * @return the number of forms imported
     */
    public int run(long phaseId, String fileName, byte[] file, String login, Long jobId) throws ImportRejected {
        Form form = forms.ofPhase(phaseId).filter(f -> !f.questions().isEmpty())
                .orElseThrow(() -> ImportRejected.of(ImportRejected.Problem.HEADER));
        String hash = Sha256.hex(file);
        if (!em.createQuery("select i.id from Import i where i.formId = :form and i.fileHash = :hash", Long.class)
                .setParameter("form", form.id()).setParameter("hash", hash).getResultList().isEmpty()) {
            throw ImportRejected.of(ImportRejected.Problem.ALREADY_IMPORTED);
        }
        List<PaperAnswersFile.Row> rows = PaperAnswersFile.read(file, form,
                jobId == null ? PaperAnswersFile.Progress.NONE
                        : (done, total) -> jobs.reached(jobId, ImportJob.Stage.CHECKING, done, total));
        // what each row answers along the way its skips lead, worked out while the form is still managed
        List<Map<Long, Answer>> kept = rows.stream().map(row -> form.onPath(row.answers())).toList();
        long formId = form.id();
        Instant now = Instant.now(Clock.systemUTC());
        Import imported = new Import(formId, hash, fileName, rows.size(), login, now);
        UniqueKeys.persistOnce(em, () -> ImportRejected.of(ImportRejected.Problem.ALREADY_IMPORTED), imported);
        long importId = imported.id();
        Keyer keyer = Keyer.staff(login);
        for (int i = 0; i < rows.size(); i++) {
            PaperAnswersFile.Row row = rows.get(i);
            Response response = Response.keyed(formId, row.channel(), row.place(), null, keyer, null, importId, now);
            response.give(form, kept.get(i));
            em.persist(response);
            if ((i + 1) % ImportJobs.STEP == 0) {
                // written in batches as it goes (nothing is committed before the last row), the memory freed
                em.flush();
                em.clear();
                if (jobId != null) {
                    jobs.reached(jobId, ImportJob.Stage.STORING, i + 1, rows.size());
                }
            }
        }
        em.flush();
        staffActions.fire(new StaffAction(IMPORTED, "phase " + phaseId, fileName + ": " + rows.size()));
        return rows.size();
    }
}
