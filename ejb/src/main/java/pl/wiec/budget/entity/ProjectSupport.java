package pl.wiec.budget.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A resident's online support of a budget project: one per resident and project (the primary key). */
@Entity
@Table(name = "budget_support")
@IdClass(ProjectSupport.Key.class)
public class ProjectSupport {

    /** The key: the project and the resident. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long projectId;
        private Long residentId;

        public Key() {
        }

        public Key(long projectId, long residentId) {
            this.projectId = projectId;
            this.residentId = residentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(projectId, that.projectId)
                    && Objects.equals(residentId, that.residentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, residentId);
        }
    }

    @Id
    @Column(name = "budget_project_id")
    private Long projectId;

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "supported_at", nullable = false)
    private Instant supportedAt;

    protected ProjectSupport() {
    }

    public ProjectSupport(long projectId, long residentId, Instant supportedAt) {
        this.projectId = projectId;
        this.residentId = residentId;
        this.supportedAt = supportedAt;
    }
}
