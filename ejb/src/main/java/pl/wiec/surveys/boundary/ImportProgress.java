package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import pl.wiec.surveys.entity.ImportJob;
import pl.wiec.surveys.entity.ImportJob.Stage;

/**
 * How far a background import of paper answers is: checking the rows, then storing them (rows done of all), or how it
 * ended: the forms imported, or the problems that kept the file out (at most {@link ImportRejected#LISTED}, of
 * {@code problemsTotal}), or a failure of the server. A job silent for long was cut off and reads as failed.
 */
public record ImportProgress(long id, long phaseId, String fileName, Stage stage, int done, int total, int imported,
        List<ImportRejected.RowProblem> problems, int problemsTotal) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImportProgress {
        problems = List.copyOf(problems);
    }

    static ImportProgress of(ImportJob job) {
        return new ImportProgress(job.id(), job.phaseId(), job.fileName(), job.stageAt(Instant.now(Clock.systemUTC())),
                job.rowsDone(), job.rowsTotal(), job.imported(),
                job.problems().stream().map(p -> new ImportRejected.RowProblem(p.row(), p.column(),
                        ImportRejected.Problem.valueOf(p.problem()))).toList(),
                job.problemsTotal());
    }

    public boolean finished() {
        return stage.finished();
    }

    /** What the job is doing, in a word: its stage, or READING while the file is read (its rows not yet counted). */
    public String step() {
        return stage == Stage.CHECKING && total == 0 ? "READING" : stage.name();
    }

    /** The stage's share done, 0 to 100. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, 100L * done / total);
    }
}
