package pl.wiec.budget.entity;

/** What lists show of a budget project's file (never its bytes). */
public record FileRef(long id, long projectId, FileKind kind, String title, String fileName, int size) {
}
