package pl.wiec.budget.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One project chosen on a ballot, with the points it scores there. */
@Entity
@Table(name = "budget_choice")
@IdClass(Choice.Key.class)
public class Choice {

    /** The key: the ballot's receipt and the project. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String ballot;
        private Long projectId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(ballot, that.ballot)
                    && Objects.equals(projectId, that.projectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ballot, projectId);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "receipt")
    private Ballot ballot;

    @Id
    @Column(name = "budget_project_id")
    private Long projectId;

    @Column(name = "pool_id", nullable = false)
    private long poolId;

    @Column(nullable = false)
    private int points;

    protected Choice() {
    }

    Choice(Ballot ballot, long projectId, long poolId, int points) {
        this.ballot = ballot;
        this.projectId = projectId;
        this.poolId = poolId;
        this.points = points;
    }

    public long projectId() {
        return projectId;
    }

    public long poolId() {
        return poolId;
    }

    public int points() {
        return points;
    }
}
