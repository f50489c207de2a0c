package pl.wiec.residents.entity;

/** How far a resident's identity is verified, weakest first. */
public enum Verification {
    EMAIL_UNCONFIRMED, EMAIL_CONFIRMED, NATIONAL_LOW, NATIONAL_SUBSTANTIAL, NATIONAL_HIGH;

    public boolean isNational() {
        return name().startsWith("NATIONAL_");
    }
}
