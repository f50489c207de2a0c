package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A project's line of a published version of the result, as it was published: with the project's number, title and cost
 * of that day, so that nothing changed later (a title corrected, a cost re-estimated) changes what was published.
 */
@Entity
@Table(name = "budget_result_line")
@IdClass(Result.Key.class)
public class Result {

    /** The key: the edition, the version's number and the project. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long editionId;
        private Integer version;
        private Long projectId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(editionId, that.editionId)
                    && Objects.equals(version, that.version) && Objects.equals(projectId, that.projectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, version, projectId);
        }
    }

    @Id
    @Column(name = "project_id")
    private Long editionId;

    @Id
    @Column(name = "number")
    private Integer version;

    @Id
    @Column(name = "budget_project_id")
    private Long projectId;

    @Column(name = "pool_id", nullable = false)
    private long poolId;

    @Column(name = "project_number", nullable = false)
    private int projectNumber;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private BigDecimal cost;

    @Column(nullable = false)
    private long score;

    @Column(nullable = false)
    private long voters;

    @Column(name = "rank_in_pool", nullable = false)
    private int rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    protected Result() {
    }

    public Result(long editionId, int version, long poolId, String title, PoolResult line) {
        this.editionId = editionId;
        this.poolId = poolId;
        this.version = version;
        this.projectId = line.candidate().id();
        this.projectNumber = line.candidate().number();
        this.title = title;
        this.cost = line.candidate().cost();
        this.score = line.tally().score();
        this.voters = line.tally().voters();
        this.rank = line.rank();
        this.outcome = line.outcome();
    }

    public long projectId() {
        return projectId;
    }

    public long poolId() {
        return poolId;
    }

    public Candidate candidate() {
        return new Candidate(projectId, projectNumber, cost);
    }

    public String title() {
        return title;
    }

    public long score() {
        return score;
    }

    public long voters() {
        return voters;
    }

    public int rank() {
        return rank;
    }

    public Outcome outcome() {
        return outcome;
    }
}
