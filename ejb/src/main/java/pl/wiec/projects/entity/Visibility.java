package pl.wiec.projects.entity;

/** Who sees a project: staff only (draft), everyone (published), everyone but closed for participation (archived). */
public enum Visibility {
    DRAFT, PUBLISHED, ARCHIVED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
