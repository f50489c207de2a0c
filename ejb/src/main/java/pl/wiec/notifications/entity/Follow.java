package pl.wiec.notifications.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A resident follows a project or an idea: they hear of what happens to it (see {@link FollowedHappening}). */
@Entity
@Table(name = "follow")
@IdClass(Follow.Key.class)
public class Follow {

    /** The primary key: resident, subject and its id. One follow per resident and subject, also under double clicks. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long residentId;
        private Subject subject;
        private Long subjectId;

        public Key() {
        }

        public Key(Long residentId, Subject subject, Long subjectId) {
            this.residentId = residentId;
            this.subject = subject;
            this.subjectId = subjectId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(residentId, key.residentId) && subject == key.subject
                    && Objects.equals(subjectId, key.subjectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(residentId, subject, subjectId);
        }
    }

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @Id
    @Enumerated(EnumType.STRING)
    private Subject subject;

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected Follow() {
    }

    public Follow(long residentId, Subject subject, long subjectId, Instant now) {
        this.residentId = residentId;
        this.subject = subject;
        this.subjectId = subjectId;
        this.followedAt = now;
    }
}
