package pl.wiec.municipality.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The municipality running this installation. There is exactly one row, created by the first migration with placeholder
 * values that an administrator replaces in the back office.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    /** The id of the one and only row. */
    public static final long THE_MUNICIPALITY = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Embedded
    private TerytCode teryt;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Embedded
    private PostalAddress address;

    @Embedded
    private BrandColour primaryColour;

    @Column(name = "logo_updated_at")
    private Instant logoUpdatedAt;

    @Embedded
    private ResidentQuestions residentQuestions;

    protected Municipality() {
    }

    /**
     * Replaces the profile with what the administrator entered and returns what actually changed, in the order of the
     * form. Values are trimmed; the caller has validated them, and the value objects check again.
     */
    public List<FieldChange> revise(ProfileDetails details) {
        List<FieldChange> changes = new ArrayList<>();
        String newName = details.getName().trim();
        TerytCode newTeryt = TerytCode.of(details.getTeryt());
        String newEmail = details.getContactEmail().trim();
        String newPhone = blankToNull(details.getContactPhone());
        PostalAddress newAddress = new PostalAddress(details.getStreet().trim(), details.getPostalCode().trim(),
                details.getCity().trim());
        BrandColour newColour = BrandColour.of(details.getPrimaryColour());
        ResidentQuestions newQuestions = new ResidentQuestions(details.isAskBirthYear(), details.isAskGender(),
                details.getResidenceAreas());

        FieldChange.collect(changes, "name", name, newName);
        FieldChange.collect(changes, "teryt", teryt, newTeryt);
        FieldChange.collect(changes, "contactEmail", contactEmail, newEmail);
        FieldChange.collect(changes, "contactPhone", contactPhone, newPhone);
        FieldChange.collect(changes, "address", address, newAddress);
        FieldChange.collect(changes, "primaryColour", primaryColour, newColour);
        FieldChange.collect(changes, "residentQuestions", residentQuestions(), newQuestions);

        name = newName;
        teryt = newTeryt;
        contactEmail = newEmail;
        contactPhone = newPhone;
        address = newAddress;
        primaryColour = newColour;
        residentQuestions = newQuestions;
        return changes;
    }

    /** Records that a new logo was stored (or the old one removed), so pages can bust browser caches. */
    public void logoChanged(Instant when) {
        logoUpdatedAt = when;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public TerytCode teryt() {
        return teryt;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public PostalAddress address() {
        return address;
    }

    public BrandColour primaryColour() {
        return primaryColour;
    }

    public ResidentQuestions residentQuestions() {
        return residentQuestions == null ? new ResidentQuestions(false, false, null) : residentQuestions;
    }

    public Instant logoUpdatedAt() {
        return logoUpdatedAt;
    }

    public boolean hasLogo() {
        return logoUpdatedAt != null;
    }
}
