package pl.wiec.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A project's line of the published result, as stored when staff published the count. */
@Entity
@Table(name = "budget_result")
public class Result {

    @Id
    @Column(name = "budget_project_id")
    private Long projectId;

    @Column(name = "project_id", nullable = false)
    private long editionId;

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

    public Result(long editionId, PoolResult line) {
        this.projectId = line.candidate().id();
        this.editionId = editionId;
        this.score = line.tally().score();
        this.voters = line.tally().voters();
        this.rank = line.rank();
        this.outcome = line.outcome();
    }

    public long projectId() {
        return projectId;
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
