package pl.wiec.offline.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A resident who keys in the paper forms of one project, and who invited them. */
@Entity
@Table(name = "project_ambassador")
@IdClass(Ambassador.Key.class)
public class Ambassador {

    @Id
    @Column(name = "project_id")
    private long projectId;

    @Id
    @Column(name = "resident_id")
    private long residentId;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "invited_by", nullable = false, length = 100)
    private String invitedBy;

    protected Ambassador() {
    }

    public Ambassador(long projectId, long residentId, Instant since, String invitedBy) {
        this.projectId = projectId;
        this.residentId = residentId;
        this.since = since;
        this.invitedBy = invitedBy;
    }

    public long projectId() {
        return projectId;
    }

    public long residentId() {
        return residentId;
    }

    public Instant since() {
        return since;
    }

    public String invitedBy() {
        return invitedBy;
    }

    /** The primary key: project and resident. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private long projectId;
        private long residentId;

        public Key() {
        }

        public Key(long projectId, long residentId) {
            this.projectId = projectId;
            this.residentId = residentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.projectId == projectId && key.residentId == residentId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, residentId);
        }
    }
}
