package pl.wiec.residents.entity;

/** The optional gender a resident may state; "undisclosed" is the explicit "prefer not to say". */
public enum Gender {
    FEMALE, MALE, OTHER, UNDISCLOSED
}
