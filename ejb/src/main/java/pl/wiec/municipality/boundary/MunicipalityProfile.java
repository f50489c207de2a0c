package pl.wiec.municipality.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.municipality.control.NodeCopies;
import pl.wiec.municipality.entity.FieldChange;
import pl.wiec.municipality.entity.Logo;
import pl.wiec.municipality.entity.Municipality;
import pl.wiec.municipality.entity.ProfileDetails;
import pl.wiec.staff.entity.Roles;

/** Reads the municipality's profile for everyone and lets administrators change it. */
@Stateless
public class MunicipalityProfile {

    public static final String REVISED = "municipality.profile.revised";
    public static final String LOGO_REPLACED = "municipality.logo.replaced";
    public static final String LOGO_REMOVED = "municipality.logo.removed";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StaffAction> staffActions;

    @Inject
    NodeCopies copies;

    @PermitAll
    public Municipality current() {
        return em.find(Municipality.class, Municipality.THE_MUNICIPALITY);
    }

    /**
     * The profile as pages show it (name, contact, colour, logo's date): a copy at most {@link NodeCopies#FRESH_FOR}
     * old, read once for all requests of this node. Not for editing: {@link #current()} gives the row with its version.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Municipality shown() {
        return copies.get(NodeCopies.Name.PROFILE, this::current);
    }

    /**
     * Saves an administrator's edit of the profile, provided nobody saved another edit since the form was loaded at
     * {@code loadedVersion}; otherwise nothing is saved and {@link ProfileChangedMeanwhile} tells the administrator to
     * look at the newer profile first. Two saves racing past that check are still told apart by the row's
     * {@code @Version} at commit.
     *
     * @return the fields that changed (none if the form was saved unchanged, which is not audited)
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<FieldChange> revise(@NotNull @Valid ProfileDetails details, long loadedVersion) {
        Municipality municipality = em.find(Municipality.class, Municipality.THE_MUNICIPALITY);
        if (municipality.version() != loadedVersion) {
            throw new ProfileChangedMeanwhile();
        }
        List<FieldChange> changes = municipality.revise(details);
        if (!changes.isEmpty()) {
            staffActions.fire(new StaffAction(REVISED, "municipality",
                    changes.stream().map(FieldChange::toString).collect(Collectors.joining("\n"))));
        }
        return changes;
    }

    /** Stores a new logo; the bytes must be a PNG, JPEG or WebP image of at most {@link Logo#MAX_BYTES}. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void replaceLogo(@NotNull byte[] image) {
        Instant now = Instant.now(Clock.systemUTC());
        Logo uploaded = new Logo(image, now);
        Logo existing = em.find(Logo.class, Municipality.THE_MUNICIPALITY);
        if (existing == null) {
            em.persist(uploaded);
        } else {
            existing.replaceWith(uploaded);
        }
        em.find(Municipality.class, Municipality.THE_MUNICIPALITY).logoChanged(now);
        staffActions.fire(new StaffAction(LOGO_REPLACED, "municipality",
                uploaded.contentType() + ", " + image.length + " B, sha256 " + uploaded.sha256()));
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void removeLogo() {
        Logo existing = em.find(Logo.class, Municipality.THE_MUNICIPALITY);
        if (existing != null) {
            em.remove(existing);
            em.find(Municipality.class, Municipality.THE_MUNICIPALITY).logoChanged(null);
            staffActions.fire(new StaffAction(LOGO_REMOVED, "municipality", ""));
        }
    }

    @PermitAll
    public Optional<Logo> logo() {
        return Optional.ofNullable(em.find(Logo.class, Municipality.THE_MUNICIPALITY));
    }
}
