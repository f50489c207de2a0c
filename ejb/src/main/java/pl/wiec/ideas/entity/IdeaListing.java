package pl.wiec.ideas.entity;

import java.io.Serializable;

/**
 * How residents list a project's ideas: the order, and optionally only one status, one area, one topic and ideas whose
 * title or text contains a phrase. {@code seed} makes the random order the same for one visitor across pages (and
 * different for the next visitor).
 */
public record IdeaListing(Order order, String status, String search, int seed, Long areaId, Long topicId)
        implements Serializable {

    /** The orders residents choose from. */
    public enum Order {
        NEWEST, MOST_LIKED, MOST_DISCUSSED, RANDOM
    }

    public static final IdeaListing NEWEST = new IdeaListing(Order.NEWEST, null, null, 1);

    public IdeaListing(Order order, String status, String search, int seed) {
        this(order, status, search, seed, null, null);
    }

    public IdeaListing {
        order = order == null ? Order.NEWEST : order;
        status = status == null || status.isBlank() ? null : status;
        search = search == null || search.isBlank() ? null : search.trim();
        seed = Math.floorMod(seed, 999_983) + 1;
    }

    /** The JPQL order by clause for ideas aliased {@code i}. */
    public String orderBy() {
        return switch (order) {
        case NEWEST -> "i.createdAt desc, i.id desc";
        case MOST_LIKED -> "i.likes desc, i.createdAt desc, i.id desc";
        case MOST_DISCUSSED -> "i.comments desc, i.createdAt desc, i.id desc";
        case RANDOM -> "mod(i.id * " + seed + ", 1000003), i.id";
        };
    }
}
