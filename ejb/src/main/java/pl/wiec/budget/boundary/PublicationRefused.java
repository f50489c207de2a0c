package pl.wiec.budget.boundary;

import java.util.Set;

import jakarta.ejb.ApplicationException;

/** Why an edition's count cannot be published (or corrected) now; nothing was stored. */
@ApplicationException(rollback = true)
public class PublicationRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** What stands in the way. */
    public enum Obstacle {
        /** The voting phase has not ended (or the edition has none). */
        VOTE_NOT_ENDED,
        /** A batch of paper or postal cards (or its re-keying) is still open. */
        BATCHES_OPEN,
        /** Voters who may be one person written two ways wait for a clerk's decision ({@link NearMatches}). */
        NEAR_MATCHES_UNDECIDED,
        /** The rules ask every batch to be keyed again in full by a second person, and one is not (yet). */
        BATCHES_NOT_REKEYED,
        /** The rules ask for re-keying, and a card keyed differently the second time is not yet decided. */
        DIFFERENCES_UNDECIDED,
        /** Nobody is named in the commission that signs the protocol. */
        COMMISSION_MISSING,
        /** A correction needs the reason, which the public page shows. */
        REASON_MISSING
    }

    private final Set<Obstacle> obstacles;

    public PublicationRefused(Set<Obstacle> obstacles) {
        super("Cannot publish: " + obstacles);
        this.obstacles = Set.copyOf(obstacles);
    }

    public Set<Obstacle> obstacles() {
        return obstacles;
    }
}
