package pl.wiec.budget.entity;

/** What a file of a budget project is, which decides who may download it. */
public enum FileKind {
    /** A drawing, a map, a photo of the place, a cost estimate: public once the project is submitted. */
    DOCUMENT,
    /** The scanned paper list of supporters (names, addresses, signatures): only its author and staff see it. */
    SUPPORTERS
}
