package pl.wiec.platform.entity;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of a row that exists once per idea and resident (a like, a support): its {@code @IdClass}. */
public class IdeaResidentKey implements Serializable {

    private static final long serialVersionUID = 1L;
    private Long ideaId;
    private Long residentId;

    public IdeaResidentKey() {
    }

    public IdeaResidentKey(Long ideaId, Long residentId) {
        this.ideaId = ideaId;
        this.residentId = residentId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdeaResidentKey key && Objects.equals(ideaId, key.ideaId)
                && Objects.equals(residentId, key.residentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ideaId, residentId);
    }
}
