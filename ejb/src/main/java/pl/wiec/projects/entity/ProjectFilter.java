package pl.wiec.projects.entity;

import java.io.Serializable;

/**
 * What residents filter the portal's projects by, each optional: an area, a topic, where the timeline stands today (a
 * phase running, all phases still ahead, all behind), words in the title or summary, and a folder.
 */
public record ProjectFilter(Long areaId, Long topicId, Stage stage, String search, Long folderId)
        implements Serializable {

    /** Where a project's timeline stands today. */
    public enum Stage {
        RUNNING, UPCOMING, FINISHED
    }

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null);

    public ProjectFilter(Long areaId, Long topicId, Stage stage, String search) {
        this(areaId, topicId, stage, search, null);
    }

    public ProjectFilter {
        search = search == null || search.isBlank() ? null : search.trim();
    }

    public boolean isEmpty() {
        return areaId == null && topicId == null && stage == null && search == null && folderId == null;
    }
}
