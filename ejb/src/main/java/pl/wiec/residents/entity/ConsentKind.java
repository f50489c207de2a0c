package pl.wiec.residents.entity;

/** What a resident may consent to, each separately and revocably (RODO art. 7). */
public enum ConsentKind {
    /** Processing of the optional demographic answers for statistics of participation. */
    DEMOGRAPHICS,
    /** E-mails about projects the resident follows (notifications). */
    EMAIL_NOTIFICATIONS
}
