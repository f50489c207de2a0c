package pl.wiec.residents.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A resident's account: an e-mail account, a login.gov.pl identity, or both once linked. The national identity is kept
 * as a keyed hash of the PESEL ({@link #nationalKey}), the date of birth for age rules, the names as the node sent them
 * and the level of assurance reached.
 */
@Entity
@Table(name = "resident")
public class Resident {

    /** The longest first or family name a person may give. */
    public static final int NAME_MAX = 100;

    /** The only role a resident identity has in the server's security domain; never a staff role. */
    public static final String ROLE = "resident";
    /** How the security domain names a resident: this prefix and the account's id. */
    public static final String PRINCIPAL_PREFIX = "resident:";

    /** Failed password sign-ins in a row after which the account waits. */

    @Id
    @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    private String email;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "registration_notice_at")
    private Instant registrationNoticeAt;

    @Column(name = "national_key")
    private String nationalKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "national_level")
    private LevelOfAssurance nationalLevel;

    @Column(name = "national_at")
    private Instant nationalAt;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "privacy_notice_at", nullable = false)
    private Instant privacyNoticeAt;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "residence_area")
    private String residenceArea;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** The language the resident reads Wiec in, and gets e-mails and notifications in: "pl" or "en". */
    @Column(nullable = false)
    private String language = "pl";

    @OneToMany(mappedBy = "resident", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Consent> consents = new ArrayList<>();

    protected Resident() {
    }

    /** A new e-mail account, not confirmed yet. */
    public static Resident withEmail(String firstName, String familyName, String email, String passwordHash,
            Instant now) {
        Resident resident = new Resident();
        resident.createdAt = now;
        resident.privacyNoticeAt = now;
        resident.firstName = firstName;
        resident.familyName = familyName;
        resident.email = email;
        resident.passwordHash = passwordHash;
        return resident;
    }

    /** A new account made by the first sign-in through login.gov.pl. */
    public static Resident withNationalIdentity(VerifiedPerson person, String nationalKey, Instant now) {
        Resident resident = new Resident();
        resident.createdAt = now;
        resident.privacyNoticeAt = now;
        resident.verifyNationally(person, nationalKey, now);
        return resident;
    }

    /** Records a sign-in through login.gov.pl: names as received, date of birth, the level reached this time. */
    public void verifyNationally(VerifiedPerson person, String nationalKey, Instant now) {
        if (this.nationalKey != null && !this.nationalKey.equals(nationalKey)) {
            throw new IllegalStateException("This account is linked to another national identity");
        }
        this.nationalKey = nationalKey;
        this.nationalLevel = person.level();
        this.nationalAt = now;
        this.firstName = person.firstName();
        this.familyName = person.familyName();
        this.dateOfBirth = person.dateOfBirth();
    }

    public String principalName() {
        return PRINCIPAL_PREFIX + id;
    }

    public static Optional<Long> idOf(String principalName) {
        if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(principalName.substring(PRINCIPAL_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Verification verification() {
        if (nationalLevel != null) {
            return Verification.valueOf("NATIONAL_" + nationalLevel.name());
        }
        return emailConfirmedAt != null ? Verification.EMAIL_CONFIRMED : Verification.EMAIL_UNCONFIRMED;
    }

    /**
     * Someone tried to register with this account's address: whether to tell the owner now (not if they were told
     * within {@code quiet}, so that nobody can flood a mailbox through the registration form).
     */
    public boolean noticeRegistrationAttempt(Instant now, Duration quiet) {
        if (registrationNoticeAt != null && now.isBefore(registrationNoticeAt.plus(quiet))) {
            return false;
        }
        registrationNoticeAt = now;
        return true;
    }

    /** A new name the person gives; names login.gov.pl vouched for are the node's to change. */
    public void rename(String firstName, String familyName) {
        if (hasNationalIdentity()) {
            throw new IllegalStateException("The names of an account verified by login.gov.pl come from the node");
        }
        this.firstName = firstName.strip();
        this.familyName = familyName.strip();
    }

    /** An address the person proved theirs by the link sent to it: it is the account's, confirmed. */
    public void changeEmail(String address, Instant now) {
        this.email = address;
        this.emailConfirmedAt = now;
    }

    public void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** What the person tells about themselves for statistics, with their consent to it (otherwise nothing). */
    public void describe(Integer birthYear, Gender gender) {
        this.birthYear = birthYear;
        this.gender = gender;
    }

    /**
     * Where the person says they live: it decides which area pools of the participatory budget and which rules for
     * residents of an area they meet (the council's resolution is its basis), so it is a statement of its own, not part
     * of the consent to statistics.
     */
    public void declareResidence(String residenceArea) {
        this.residenceArea = residenceArea;
    }

    public void consent(ConsentKind kind, boolean given, Instant now) {
        Optional<Consent> existing = consents.stream().filter(consent -> consent.kind() == kind).findFirst();
        if (existing.isPresent()) {
            existing.get().set(given, now);
        } else if (given) {
            consents.add(new Consent(this, kind, now));
        }
    }

    public boolean hasConsented(ConsentKind kind) {
        return consents.stream().anyMatch(consent -> consent.kind() == kind && consent.isGiven());
    }

    /**
     * Removes everything that tells who the person was; the row stays, with its id, so that what the account
     * contributed stays counted without a name.
     */
    public void anonymise(Instant now) {
        deletedAt = now;
        firstName = "";
        familyName = "";
        email = null;
        emailConfirmedAt = null;
        passwordHash = null;
        nationalKey = null;
        nationalLevel = null;
        nationalAt = null;
        dateOfBirth = null;
        birthYear = null;
        residenceArea = null;
        gender = null;
        consents.clear();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String firstName() {
        return firstName;
    }

    public String familyName() {
        return familyName;
    }

    public String email() {
        return email;
    }

    public Instant emailConfirmedAt() {
        return emailConfirmedAt;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** The keyed hash of the resident's PESEL (see NationalKeys); null without a national identity. */
    public String nationalKey() {
        return nationalKey;
    }

    public boolean hasNationalIdentity() {
        return nationalKey != null;
    }

    public LevelOfAssurance nationalLevel() {
        return nationalLevel;
    }

    public Instant nationalAt() {
        return nationalAt;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Instant privacyNoticeAt() {
        return privacyNoticeAt;
    }

    /** Whether the account has a password of its own (e-mail accounts; login.gov.pl's have none). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** When the owner of the address was last told that someone tried to register with it again. */
    public Instant registrationNoticeAt() {
        return registrationNoticeAt;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public java.util.Locale language() {
        return java.util.Locale.forLanguageTag(language == null ? "pl" : language);
    }

    /** The resident reads Wiec in this language from now on (Polish for anything but English). */
    public void speak(java.util.Locale locale) {
        this.language = "en".equals(locale.getLanguage()) ? "en" : "pl";
    }

    public String residenceArea() {
        return residenceArea;
    }

    public Gender gender() {
        return gender;
    }

    public List<Consent> consents() {
        return List.copyOf(consents);
    }
}
