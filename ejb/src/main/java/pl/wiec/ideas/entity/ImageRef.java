package pl.wiec.ideas.entity;

import java.io.Serializable;

/** An idea's image as a page lists it: its id (for its address) and its description (its alternative text). */
public record ImageRef(long id, String description) implements Serializable {
}
