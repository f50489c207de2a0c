package pl.wiec.budget.entity;

/** What happens when one person votes twice (say online and on a paper card). */
public enum ConflictRule {
    /** The first ballot counts; later ones are recorded as duplicates and not counted. */
    FIRST_COUNTS,
    /** Every ballot of that person is invalid (Bydgoszcz). */
    ALL_INVALID
}
