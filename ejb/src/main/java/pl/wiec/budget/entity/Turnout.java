package pl.wiec.budget.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * How many people voted, by channel, by area or by age group, and how many cards were invalid by reason
 * ({@link Dimension#INVALID}), as a version of the result published them.
 */
@Entity
@Table(name = "budget_result_turnout")
@IdClass(Turnout.Key.class)
public class Turnout {

    /** By what the voters (or, for {@link #INVALID}, the invalid cards) are counted. */
    public enum Dimension {
        CHANNEL, AREA, AGE_GROUP, INVALID, POOL_VOID
    }

    /** The key: the edition, the version, the dimension and the bucket. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long editionId;
        private Integer version;
        private String dimension;
        private String bucket;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(editionId, that.editionId)
                    && Objects.equals(version, that.version) && Objects.equals(dimension, that.dimension)
                    && Objects.equals(bucket, that.bucket);
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, version, dimension, bucket);
        }
    }

    @Id
    @Column(name = "project_id")
    private Long editionId;

    @Id
    @Column(name = "number")
    private Integer version;

    @Id
    private String dimension;

    @Id
    private String bucket;

    @Column(nullable = false)
    private long voters;

    protected Turnout() {
    }

    public Turnout(long editionId, int version, Dimension dimension, String bucket, long voters) {
        this.editionId = editionId;
        this.version = version;
        this.dimension = dimension.name();
        this.bucket = bucket;
        this.voters = voters;
    }

    public Dimension dimension() {
        return Dimension.valueOf(dimension);
    }

    public String bucket() {
        return bucket;
    }

    public long voters() {
        return voters;
    }
}
