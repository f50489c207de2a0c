package pl.wiec.demo.logingov;

/** What the simulator can do wrong on purpose, so that tests see each check of the service refuse it. */
public enum Fault {
    NONE("Brak — poprawna odpowiedź"),
    AUTHN_FAILED_WITH_ASSERTION("Uwierzytelnienie nieudane (AuthnFailed), mimo to z asercją"),
    EXPIRED("Asercja wygasła"), NOT_YET_VALID("Asercja jeszcze nieważna"), WRONG_AUDIENCE("Inny odbiorca (Audience)"),
    WRONG_RECIPIENT("Inny adres (Recipient)"), WRONG_IN_RESPONSE_TO("Odpowiedź na inne żądanie (InResponseTo)"),
    FOREIGN_SIGNING_KEY("Podpis obcym kluczem"), UNSIGNED_RESPONSE("Response bez podpisu"),
    SIGNATURE_WRAPPING("Podmiana treści przy zachowanym podpisie (signature wrapping)"),
    CONTENT_KEY_128("Klucz treści 128-bitowy"), TAMPERED_CIPHERTEXT("Zmieniony szyfrogram asercji"),
    EPHEMERAL_KEY_OFF_CURVE("Klucz efemeryczny spoza krzywej P-256"),
    LOWER_LEVEL("Niższy poziom bezpieczeństwa niż żądany"), MISSING_ATTRIBUTES("Brak atrybutów (imię)"),
    PLAINTEXT_ASSERTION("Asercja niezaszyfrowana"), REPLAYABLE_ARTIFACT("Artefakt do wielokrotnego użycia"),
    EXTRA_RESPONSE("Dodatkowa odpowiedź (Response) obok podpisanej");

    private final String label;

    Fault(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
