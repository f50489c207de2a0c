package pl.wiec.residents.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.platform.boundary.EmailAddress;
import pl.wiec.platform.control.ReadOnce;
import pl.wiec.platform.control.SignInThrottle;
import pl.wiec.platform.control.SignInThrottle.Kind;
import pl.wiec.residents.control.AccountForgetting;
import pl.wiec.residents.control.NationalKeys;
import pl.wiec.residents.entity.Pesel;
import pl.wiec.residents.entity.PersonalData;
import pl.wiec.residents.control.PasswordHashing;
import pl.wiec.residents.control.ResidentMail;
import pl.wiec.residents.control.ResidentMail.Outgoing;
import pl.wiec.residents.control.Secrets;
import pl.wiec.residents.entity.ConsentKind;
import pl.wiec.residents.entity.EmailToken;
import pl.wiec.residents.entity.EmailToken.Purpose;
import pl.wiec.residents.entity.Resident;
import pl.wiec.residents.entity.SignInTicket;
import pl.wiec.residents.entity.VerifiedPerson;

/**
 * Residents' accounts: sign-in through login.gov.pl (creating or linking the account), e-mail accounts (registration,
 * confirmation, password sign-in with throttling, reset), and what a signed-in resident does with their own data.
 *
 * <p>
 * Methods for people not signed in yet are open to anyone; each either needs a proof (a verified national identity from
 * the web module's SAML validation, a password, a token from an e-mail) or only sends an e-mail to an address. A
 * signed-in resident is the caller principal {@code resident:<id>} with role {@code resident}; those methods act on the
 * caller's own account only.
 */
@Stateless
@DeclareRoles(Resident.ROLE)
public class Residents {

    static final Duration CONFIRMATION_VALID = Duration.ofHours(24);
    static final Duration RESET_VALID = Duration.ofHours(1);
    static final Duration TICKET_VALID = Duration.ofSeconds(30);
    /** At most one link of a kind per account in this time, so nobody can flood a mailbox through Wiec. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(1);
    /** At most one "someone tried to register with your address" e-mail per account in this time. */
    static final Duration REGISTRATION_NOTICE_AFTER = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(Residents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    NationalKeys nationalKeys;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountForgetting forgetting;

    @Inject
    Event<Outgoing> mail;

    @Inject
    Event<PersonalData> gathering;

    // --- login.gov.pl ------------------------------------------------------------------------------------------

    /**
     * Signs in the person login.gov.pl vouched for: their account if they have one, a new one otherwise; or, when
     * {@code linkTo} names the account that started the sign-in, links the identity to that account.
     *
     * @throws IdentityAlreadyUsed
     *             when linking an identity that another account already has
     */
    @PermitAll
    public Ticket signInNationally(@NotNull VerifiedPerson person, Long linkTo) throws IdentityAlreadyUsed {
        String key = nationalKeys.of(person.pesel());
        Optional<Resident> holder = em
                .createQuery("select r from Resident r where r.nationalKey = :key", Resident.class)
                .setParameter("key", key).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .findFirst();
        Instant now = now();
        Resident resident;
        if (linkTo != null) {
            resident = em.find(Resident.class, linkTo, LockModeType.PESSIMISTIC_WRITE);
            if (resident == null || resident.isDeleted()) {
                throw new IllegalStateException("The account to link no longer exists");
            }
            if (holder.isPresent() && !holder.get().id().equals(linkTo)
                    || resident.hasNationalIdentity() && holder.isEmpty()) {
                LOG.warning(() -> "Refused to link a national identity to account " + linkTo
                        + ": it belongs to another account, or this account has another one");
                throw new IdentityAlreadyUsed();
            }
            resident.verifyNationally(person, key, now);
            LOG.info(() -> "Linked a login.gov.pl identity (" + person.level() + ") to account " + linkTo);
        } else if (holder.isPresent()) {
            resident = holder.get();
            resident.verifyNationally(person, key, now);
            LOG.info(
                    () -> "Resident " + holder.get().id() + " signed in through login.gov.pl (" + person.level() + ")");
        } else {
            resident = Resident.withNationalIdentity(person, key, now);
            em.persist(resident);
            em.flush();
            LOG.info(() -> "New resident account " + resident.id() + " through login.gov.pl (" + person.level() + ")");
        }
        return ticketFor(resident);
    }

    // --- e-mail accounts ---------------------------------------------------------------------------------------

    /**
     * Creates an e-mail account and sends the confirmation link. If the address has an account already, its owner is
     * told by e-mail instead, and the caller sees the same outcome, so that nobody learns who has an account here.
     */
    @PermitAll
    public void register(@NotBlank @Size(max = Resident.NAME_MAX) String firstName,
            @NotBlank @Size(max = Resident.NAME_MAX) String familyName,
            @NotBlank @EmailAddress @Size(max = EmailAddress.MAX) String email,
            @NotNull @Size(min = PasswordRule.MINIMUM, max = PasswordRule.MAXIMUM) String password,
            @NotNull Locale language) {
        PasswordRule.require(password, List.of(firstName, familyName, email));
        String address = normalised(email);
        // The password is hashed whether or not the address has an account: both answers take the same time.
        String hash = PasswordHashing.hash(password);
        Optional<Resident> existing = byEmail(address);
        if (existing.isPresent()) {
            tellOwner(existing.get(), language);
            LOG.info(
                    "A registration was tried with the address of an existing account; its owner is told, once an hour");
            return;
        }
        Resident resident = Resident.withEmail(firstName.trim(), familyName.trim(), address, hash, now());
        resident.speak(language);
        em.persist(resident);
        em.flush();
        sendLink(resident, Purpose.CONFIRM, language);
        LOG.info(() -> "New resident account " + resident.id() + " by e-mail, waiting for confirmation");
    }

    /** Confirms the address of the link's account and signs it in; nothing if the link is unknown, used or old. */
    @PermitAll
    public Optional<Ticket> confirmEmail(String token) {
        return take(token, Purpose.CONFIRM).map(resident -> {
            resident.confirmEmail(now());
            LOG.info(() -> "Resident " + resident.id() + " confirmed their e-mail address");
            return ticketFor(resident);
        });
    }

    /**
     * Checks the password (PBKDF2, as slow for a wrong address as for a wrong password, and for a held sign-in as for a
     * checked one). Five wrong passwords for one address from one client within 15 minutes hold password sign-in of
     * that address from that client for 15 minutes ({@link SignInThrottle}), whether the address has an account or not:
     * a hold tells nothing about accounts, and nobody can lock a resident out from elsewhere.
     *
     * @param client
     *            where the attempt comes from (the network address the server sees)
     */
    @PermitAll
    public PasswordSignIn signInWithPassword(String email, String password, String client, @NotNull Locale language) {
        if (email == null || password == null || email.length() > 254 || password.length() > 200) {
            return new PasswordSignIn.Refused();
        }
        String address = normalised(email);
        Instant now = now();
        Optional<Instant> held = throttle.heldUntil(Kind.RESIDENT, address, client, now);
        if (held.isPresent()) {
            PasswordHashing.matches(password, null);
            return new PasswordSignIn.Held(held.get());
        }
        Optional<Resident> found = byEmail(address);
        if (found.isEmpty()) {
            PasswordHashing.matches(password, null);
            return refused(address, client, now);
        }
        Resident resident = found.get();
        if (!PasswordHashing.matches(password, resident.passwordHash())) {
            LOG.info(() -> "Wrong password for resident account " + resident.id());
            return refused(address, client, now);
        }
        throttle.succeeded(Kind.RESIDENT, address, client);
        if (resident.emailConfirmedAt() == null) {
            sendLink(resident, Purpose.CONFIRM, language);
            return new PasswordSignIn.Unconfirmed();
        }
        LOG.info(() -> "Resident " + resident.id() + " signed in with e-mail and password");
        return new PasswordSignIn.Accepted(ticketFor(resident));
    }

    private PasswordSignIn refused(String address, String client, Instant now) {
        return throttle.failed(Kind.RESIDENT, address, client, now).<PasswordSignIn> map(PasswordSignIn.Held::new)
                .orElseGet(PasswordSignIn.Refused::new);
    }

    /** Sends a reset link if the address has an account; the caller cannot tell whether it had. */
    @PermitAll
    public void requestPasswordReset(String email, @NotNull Locale language) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        byEmail(normalised(email)).ifPresent(resident -> sendLink(resident, Purpose.RESET, language));
    }

    /**
     * Sets a new password through a reset link (which also proves the address), ends every hold of the address's
     * sign-in, and signs the account in; nothing if the link is unknown, used or old.
     */
    @PermitAll
    public Optional<Ticket> resetPassword(String token,
            @NotNull @Size(min = PasswordRule.MINIMUM, max = PasswordRule.MAXIMUM) String newPassword) {
        return take(token, Purpose.RESET).map(resident -> {
            setPassword(resident, newPassword);
            resident.confirmEmail(now());
            LOG.info(() -> "Resident " + resident.id() + " set a new password through a reset link");
            return ticketFor(resident);
        });
    }

    /** Whether a reset link can still be used, so that the page can say so before the person types a password. */
    @PermitAll
    public boolean isResetLinkValid(String token) {
        return live(token, Purpose.RESET).isPresent();
    }

    /** Forgets a ticket once it served (or failed); the web module calls it right after the sign-in. */
    @PermitAll
    public void ticketServed(@NotNull Ticket ticket) {
        em.createQuery("delete from SignInTicket t where t.principal = :principal")
                .setParameter("principal", ticket.principal()).executeUpdate();
    }

    /**
     * How residents appear next to what they wrote: first name and the initial of the family name ("Zofia W."); a
     * deleted account appears as an empty name, which pages show as "deleted account".
     */
    @PermitAll
    public Map<Long, String> publicNames(@NotNull Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select r from Resident r where r.id in :ids", Resident.class).setParameter("ids", ids)
                .getResultList()
                .forEach(resident -> names.put(resident.id(), resident.isDeleted() ? "" : resident.firstName()
                        + (resident.familyName().isEmpty() ? "" : " " + resident.familyName().charAt(0) + ".")));
        return names;
    }

    /**
     * Where notification e-mails to a resident may go: their confirmed address, if they consented to notification
     * e-mails and still have an account; nothing otherwise.
     */
    @PermitAll
    public Optional<String> notificationAddress(long residentId) {
        Resident resident = em.find(Resident.class, residentId);
        if (resident == null || resident.isDeleted() || resident.email() == null || resident.emailConfirmedAt() == null
                || !resident.hasConsented(ConsentKind.EMAIL_NOTIFICATIONS)) {
            return Optional.empty();
        }
        return Optional.of(resident.email());
    }

    // --- the signed-in resident's own account --------------------------------------------------------------------

    /** The signed-in resident chose the language they read Wiec in; notifications and e-mails follow it. */
    @RolesAllowed(Resident.ROLE)
    public void speak(@NotNull Locale language) {
        caller().speak(language);
    }

    /**
     * Who the signed-in resident is as a person, for rules of one per person (one ballot): their keyed PESEL hash when
     * login.gov.pl verified them, so that a second account of the same person is the same person; else their account. A
     * paper card with a PESEL gives the same key through {@link #personKeyOf(Pesel)}.
     */
    @RolesAllowed(Resident.ROLE)
    public String personKey() {
        return personKey(caller());
    }

    private static String personKey(Resident resident) {
        return resident.hasNationalIdentity() ? "national:" + resident.nationalKey() : accountKey(resident);
    }

    /** The person key of an account without a national identity (see {@link #personKey()}). */
    private static String accountKey(Resident resident) {
        return "account:" + resident.id();
    }

    /** The person key of whoever has this PESEL (see {@link #personKey()}), for paper cards that carry one. */
    @RolesAllowed({ pl.wiec.staff.entity.Roles.ADMINISTRATOR, pl.wiec.staff.entity.Roles.CLERK })
    public String personKeyOf(@NotNull Pesel pesel) {
        return "national:" + nationalKeys.of(pesel);
    }

    /** The signed-in resident's account id, from who they signed in as, without reading the account. */
    @RolesAllowed(Resident.ROLE)
    public long myId() {
        return Resident.idOf(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("The caller is not a resident"));
    }

    @RolesAllowed(Resident.ROLE)
    public ResidentAccount me() {
        return ResidentAccount.of(caller());
    }

    @RolesAllowed(Resident.ROLE)
    public ResidentAccount describe(@NotNull @Valid ResidentProfileDetails details) {
        Resident resident = caller();
        Instant now = now();
        resident.consent(ConsentKind.DEMOGRAPHICS, details.demographicsConsent(), now);
        resident.consent(ConsentKind.EMAIL_NOTIFICATIONS, details.emailNotificationsConsent(), now);
        resident.declareResidence(details.residenceArea() == null || details.residenceArea().isBlank() ? null
                : details.residenceArea().trim());
        if (details.demographicsConsent()) {
            resident.describe(details.birthYear(), details.gender());
        } else {
            resident.describe(null, null);
        }
        LOG.info(() -> "Resident " + resident.id() + " updated their profile");
        return ResidentAccount.of(resident);
    }

    /**
     * The signed-in resident gives their name anew (e-mail accounts; login.gov.pl's names are the node's).
     *
     * @throws AccountChangeRefused
     *             {@code NAMES_FROM_LOGIN_GOV} for an account verified by login.gov.pl
     */
    @RolesAllowed(Resident.ROLE)
    public ResidentAccount rename(@NotBlank @Size(max = Resident.NAME_MAX) String firstName,
            @NotBlank @Size(max = Resident.NAME_MAX) String familyName) {
        Resident resident = caller();
        if (resident.hasNationalIdentity()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.NAMES_FROM_LOGIN_GOV);
        }
        resident.rename(firstName, familyName);
        LOG.info(() -> "Resident " + resident.id() + " changed their name");
        return ResidentAccount.of(resident);
    }

    /**
     * The signed-in resident sets a new password, proving the current one (as slowly checked as at sign-in); the new
     * one keeps {@link PasswordRule}. Holds of their sign-in end.
     *
     * @throws AccountChangeRefused
     *             {@code WRONG_PASSWORD}, or {@code NO_PASSWORD} for an account that signs in through login.gov.pl only
     * @throws PasswordRefused
     *             when the new password breaks the rule
     */
    @RolesAllowed(Resident.ROLE)
    public void changePassword(@NotNull @Size(max = PasswordRule.MAXIMUM) String current,
            @NotNull @Size(min = PasswordRule.MINIMUM, max = PasswordRule.MAXIMUM) String newPassword) {
        Resident resident = caller();
        if (resident.passwordHash() == null) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.NO_PASSWORD);
        }
        if (!PasswordHashing.matches(current, resident.passwordHash())) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.WRONG_PASSWORD);
        }
        setPassword(resident, newPassword);
        LOG.info(() -> "Resident " + resident.id() + " changed their password");
    }

    /**
     * The signed-in resident gives a new e-mail address (or a first one, for an account made through login.gov.pl): a
     * link to it, valid {@link #CONFIRMATION_VALID}, makes it the account's. If another account has the address, its
     * owner is told instead (at most once an hour) and the caller sees the same outcome, so that nobody learns who has
     * an account here.
     */
    @RolesAllowed(Resident.ROLE)
    public void requestEmailChange(@NotBlank @EmailAddress @Size(max = EmailAddress.MAX) String email,
            @NotNull Locale language) {
        Resident resident = caller();
        String address = normalised(email);
        if (address.equals(resident.email())) {
            return;
        }
        Optional<Resident> holder = byEmail(address);
        if (holder.isPresent()) {
            tellOwner(holder.get(), language);
            LOG.info(() -> "Resident " + resident.id() + " gave an address another account has; its owner was told");
            return;
        }
        String token = Secrets.token();
        em.persist(
                EmailToken.newAddress(Secrets.sha256(token), resident.id(), address, now().plus(CONFIRMATION_VALID)));
        mail.fire(new Outgoing(address, "change-email", "/email-confirm.xhtml?token=" + token, language));
        LOG.info(() -> "Resident " + resident.id() + " asked to change their e-mail address; a link went to it");
    }

    /**
     * The link sent to a new address: the address becomes the account's, confirmed. Nothing if the link is unknown,
     * used or old, or if another account took the address meanwhile.
     */
    @PermitAll
    public Optional<String> confirmEmailChange(String token) {
        Optional<EmailToken> link = live(token, Purpose.CHANGE_EMAIL);
        if (link.isEmpty() || byEmail(link.get().newEmail()).isPresent()) {
            return Optional.empty();
        }
        String address = link.get().newEmail();
        return take(link.get(), token).map(resident -> {
            resident.changeEmail(address, now());
            LOG.info(() -> "Resident " + resident.id() + " confirmed a new e-mail address");
            return address;
        });
    }

    /**
     * Everything Wiec keeps about the caller (RODO art. 15 and 20): the account's part, then every other component's,
     * gathered by the {@link PersonalData} observers in this transaction. With {@code files}, the contents of their
     * files go there as they are found; without, only names and sizes are listed (for the page).
     */
    @RolesAllowed(Resident.ROLE)
    public PersonalData myData(PersonalData.Files files) {
        Resident resident = caller();
        // an account that voted before linking login.gov.pl voted under the account's key
        List<String> personKeys = resident.hasNationalIdentity() ? List.of(accountKey(resident), personKey(resident))
                : List.of(personKey(resident));
        PersonalData data = new PersonalData(resident.id(), personKeys, resident.language(), files);
        AccountData.add(data, resident,
                em.createQuery("select t from EmailToken t where t.residentId = :id"
                        + " and t.purpose = :change and t.expiresAt > :now", EmailToken.class)
                        .setParameter("id", resident.id()).setParameter("change", Purpose.CHANGE_EMAIL)
                        .setParameter("now", now()).getResultList());
        gathering.fire(data);
        LOG.info(() -> "Resident " + resident.id() + (files == null ? " read" : " downloaded") + " their data");
        return data;
    }

    /**
     * Deletes the caller's personal data (RODO art. 17): names, address, password, national identity, date of birth,
     * demographics and consents. The account's row stays without them, so its contributions stay counted anonymously.
     */
    @RolesAllowed(Resident.ROLE)
    public void deleteMyAccount() {
        Resident resident = caller();
        forgetting.forget(resident);
        LOG.info(() -> "Resident " + resident.id() + " deleted their account; personal data removed");
    }

    /**
     * Forgets e-mail links, tickets and sign-in counts that can no longer be used. Runs on every node; the deletes are
     * idempotent.
     */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void forgetExpired() {
        Instant now = now();
        em.createQuery("delete from EmailToken t where t.expiresAt < :now").setParameter("now", now).executeUpdate();
        em.createQuery("delete from SignInTicket t where t.expiresAt < :now").setParameter("now", now).executeUpdate();
        throttle.purge(now);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Resident caller() {
        String name = context.getCallerPrincipal().getName();
        // One statement with the consents (every ResidentAccount lists them); within a transaction, the account read
        // already is taken from the persistence context instead of the database.
        Resident resident = Resident.idOf(name).flatMap(id -> ReadOnce.byId(
                em.createQuery("select r from Resident r left join fetch r.consents where r.id = :id", Resident.class)
                        .setParameter("id", id))
                .getResultStream().findFirst())
                .orElseThrow(() -> new IllegalStateException("The caller is not a resident"));
        if (resident.isDeleted()) {
            throw new IllegalStateException("The caller's account was deleted");
        }
        return resident;
    }

    private Ticket ticketFor(Resident resident) {
        String secret = Secrets.token();
        String principal = resident.principalName();
        Instant expires = now().plus(TICKET_VALID);
        SignInTicket ticket = em.find(SignInTicket.class, principal);
        if (ticket == null) {
            em.persist(new SignInTicket(principal, Secrets.sha256(secret), expires));
        } else {
            ticket.renew(Secrets.sha256(secret), expires);
        }
        return new Ticket(principal, secret);
    }

    private void sendLink(Resident resident, Purpose purpose, Locale language) {
        Duration valid = purpose == Purpose.CONFIRM ? CONFIRMATION_VALID : RESET_VALID;
        long sentLately = em
                .createQuery("select count(t) from EmailToken t where t.residentId = :id"
                        + " and t.purpose = :purpose and t.expiresAt > :since", Long.class)
                .setParameter("id", resident.id()).setParameter("purpose", purpose)
                .setParameter("since", now().plus(valid).minus(RESEND_AFTER)).getSingleResult();
        if (sentLately > 0) {
            LOG.info(() -> "No new " + purpose + " link for resident " + resident.id() + ": one went out within "
                    + RESEND_AFTER.toSeconds() + " s");
            return;
        }
        String token = Secrets.token();
        em.persist(new EmailToken(Secrets.sha256(token), resident.id(), purpose, now().plus(valid)));
        String page = purpose == Purpose.CONFIRM ? "/confirm.xhtml?token=" : "/new-password.xhtml?token=";
        mail.fire(new Outgoing(resident.email(), purpose == Purpose.CONFIRM ? "confirm" : "reset", page + token,
                language));
    }

    private Optional<EmailToken> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(EmailToken.class, Secrets.sha256(token)));
    }

    private Optional<Resident> take(String token, Purpose purpose) {
        return live(token, purpose).flatMap(link -> take(link, token));
    }

    /** The link, if it is for this purpose and still in time. */
    private Optional<EmailToken> live(String token, Purpose purpose) {
        return find(token).filter(link -> link.serves(purpose, now()));
    }

    /** Uses up a link already found and checked: only one request can use it, and only for a live account. */
    private Optional<Resident> take(EmailToken link, String token) {
        int taken = em.createQuery("delete from EmailToken t where t.tokenHash = :hash")
                .setParameter("hash", Secrets.sha256(token)).executeUpdate();
        Resident resident = em.find(Resident.class, link.residentId(), LockModeType.PESSIMISTIC_WRITE);
        return taken == 1 && resident != null && !resident.isDeleted() ? Optional.of(resident) : Optional.empty();
    }

    /** A new password keeping the rule; it ends every hold of the account's sign-in. */
    private void setPassword(Resident resident, String newPassword) {
        PasswordRule.require(newPassword, List.of(resident.firstName(), resident.familyName(), resident.email()));
        resident.changePassword(PasswordHashing.hash(newPassword));
        throttle.forgive(Kind.RESIDENT, resident.email());
    }

    /**
     * Someone gave the address of this account for another (registering, or as a new address): its owner is told, at
     * most once in {@link #REGISTRATION_NOTICE_AFTER}, so that nobody can flood a mailbox through Wiec.
     */
    private void tellOwner(Resident holder, Locale language) {
        Resident owner = em.find(Resident.class, holder.id(), LockModeType.PESSIMISTIC_WRITE);
        if (owner.noticeRegistrationAttempt(now(), REGISTRATION_NOTICE_AFTER)) {
            mail.fire(new Outgoing(owner.email(), "registered", "/password-reset.xhtml", language));
        }
    }

    private Optional<Resident> byEmail(String address) {
        List<Resident> found = em.createQuery("select r from Resident r where r.email = :email", Resident.class)
                .setParameter("email", address).getResultList();
        return found.stream().findFirst();
    }

    private static String normalised(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
