package pl.wiec.municipality.entity;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import pl.wiec.platform.boundary.EmailAddress;

/**
 * What an administrator fills in on the profile form, validated field by field before it reaches
 * {@link Municipality#revise(ProfileDetails)}. Kept apart from the entity so that a half-typed form never touches the
 * managed row.
 */
public class ProfileDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @ValidTeryt
    private String teryt;

    @NotBlank
    @EmailAddress
    @Size(max = 254)
    private String contactEmail;

    @PolishPhoneNumber
    @Size(max = 30)
    private String contactPhone;

    @NotBlank
    @Size(max = 200)
    private String street;

    @NotBlank
    @Pattern(regexp = "\\d{2}-\\d{3}", message = "{pl.wiec.municipality.postalCode}")
    private String postalCode;

    @NotBlank
    @Size(max = 100)
    private String city;

    @NotBlank
    @ReadableOnWhite
    private String primaryColour;

    private boolean askBirthYear;

    private boolean askGender;

    @Size(max = ResidentQuestions.MAX_AREAS_TEXT)
    @Pattern(regexp = "(?m)(?:[^<>\\r\\n]{0,100}$\\R?)*", message = "{pl.wiec.municipality.areaNames}")
    private String residenceAreas;

    public static ProfileDetails of(Municipality municipality) {
        ProfileDetails details = new ProfileDetails();
        details.name = municipality.name();
        details.teryt = municipality.teryt() == null ? null : municipality.teryt().code();
        details.contactEmail = municipality.contactEmail();
        details.contactPhone = municipality.contactPhone();
        PostalAddress address = municipality.address();
        if (address != null) {
            details.street = address.street();
            details.postalCode = address.postalCode();
            details.city = address.city();
        }
        details.primaryColour = municipality.primaryColour().hex();
        ResidentQuestions questions = municipality.residentQuestions();
        details.askBirthYear = questions.askBirthYear();
        details.askGender = questions.askGender();
        details.residenceAreas = String.join("\n", questions.residenceAreas());
        return details;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTeryt() {
        return teryt;
    }

    public void setTeryt(String teryt) {
        this.teryt = teryt;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public void setPrimaryColour(String primaryColour) {
        this.primaryColour = primaryColour;
    }

    public boolean isAskBirthYear() {
        return askBirthYear;
    }

    public void setAskBirthYear(boolean askBirthYear) {
        this.askBirthYear = askBirthYear;
    }

    public boolean isAskGender() {
        return askGender;
    }

    public void setAskGender(boolean askGender) {
        this.askGender = askGender;
    }

    public String getResidenceAreas() {
        return residenceAreas;
    }

    public void setResidenceAreas(String residenceAreas) {
        this.residenceAreas = residenceAreas;
    }
}
