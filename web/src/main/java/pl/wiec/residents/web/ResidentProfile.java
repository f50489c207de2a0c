package pl.wiec.residents.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.municipality.entity.ResidentQuestions;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.ResidentProfileDetails;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.ConsentKind;
import pl.wiec.residents.entity.Gender;
import pl.wiec.signin.web.LoginGov;
import pl.wiec.web.Dates;
import pl.wiec.web.Texts;

/**
 * The resident's own profile: who they are and how far that is verified, the optional demographic questions the
 * municipality asks, consents with their dates, linking login.gov.pl, the data download and deleting the account.
 */
@Named
@ViewScoped
public class ResidentProfile implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ResidentProfile.class.getName());

    @Inject
    Residents residents;

    @Inject
    MunicipalityProfile municipality;

    @Inject
    LoginGov loginGov;

    @Inject
    Dates dates;

    private ResidentAccount account;
    private ResidentQuestions questions;
    private Integer birthYear;
    private String residenceArea;
    private Gender gender;
    private boolean demographicsConsent;
    private boolean emailConsent;
    private boolean deletionConfirmed;
    private String loginGovError;
    private boolean linked;

    @PostConstruct
    void load() {
        account = residents.me();
        questions = municipality.current().residentQuestions();
        birthYear = account.birthYear();
        residenceArea = account.residenceArea();
        gender = account.gender();
        demographicsConsent = account.hasConsented(ConsentKind.DEMOGRAPHICS);
        emailConsent = account.hasConsented(ConsentKind.EMAIL_NOTIFICATIONS);
    }

    /** Messages for the return from linking login.gov.pl. */
    public void explain() {
        if (loginGovError != null) {
            Texts.error(pl.wiec.signin.web.ResidentSignIn.loginGovErrorKey(loginGovError));
        } else if (linked) {
            Texts.info("account.linked");
        }
    }

    public void save() {
        if (birthYear != null && (birthYear < 1900 || birthYear > Year.now().getValue())) {
            Texts.fieldError("birthYear", "account.birthYear.range", Year.now().getValue());
            Faces.validationFailed();
            return;
        }
        if (residenceArea != null && !residenceArea.isBlank() && !questions.residenceAreas().contains(residenceArea)) {
            Texts.fieldError("residenceArea", "account.residenceArea.unknown");
            Faces.validationFailed();
            return;
        }
        // where one lives is a statement of its own (it decides budget pools); the rest needs the consent to statistics
        boolean anyAnswer = birthYear != null || gender != null;
        if (anyAnswer && !demographicsConsent) {
            Texts.fieldError("demographicsConsent", "account.demographicsConsent.required");
            Faces.validationFailed();
            return;
        }
        account = residents.describe(new ResidentProfileDetails(questions.askBirthYear() ? birthYear : null,
                questions.residenceAreas().isEmpty() ? null : residenceArea, questions.askGender() ? gender : null,
                demographicsConsent, emailConsent));
        Texts.info("account.saved");
    }

    public void deleteAccount() {
        if (!deletionConfirmed) {
            Texts.fieldError("deletionConfirmed", "account.delete.confirmRequired");
            Faces.validationFailed();
            return;
        }
        residents.deleteMyAccount();
        LOG.info("A resident deleted their account; signing the session out");
        pl.wiec.signin.web.SignOut.of(Faces.getRequest());
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/?accountDeleted=true");
    }

    /** "Given on ..." or "not given", for a consent's checkbox. */
    public String consentState(String kind) {
        Instant given = account.consentsGiven().get(ConsentKind.valueOf(kind));
        return given == null ? Texts.text("account.consent.notGiven")
                : Texts.text("account.consent.givenAt", dates.when(given));
    }

    public boolean isLinkOffered() {
        return loginGov.isEnabled() && !account.hasNationalIdentity();
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public ResidentAccount getAccount() {
        return account;
    }

    public ResidentQuestions getQuestions() {
        return questions;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getResidenceArea() {
        return residenceArea;
    }

    public void setResidenceArea(String residenceArea) {
        this.residenceArea = residenceArea;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public boolean isDemographicsConsent() {
        return demographicsConsent;
    }

    public void setDemographicsConsent(boolean demographicsConsent) {
        this.demographicsConsent = demographicsConsent;
    }

    public boolean isEmailConsent() {
        return emailConsent;
    }

    public void setEmailConsent(boolean emailConsent) {
        this.emailConsent = emailConsent;
    }

    public boolean isDeletionConfirmed() {
        return deletionConfirmed;
    }

    public void setDeletionConfirmed(boolean deletionConfirmed) {
        this.deletionConfirmed = deletionConfirmed;
    }

    public String getLoginGovError() {
        return loginGovError;
    }

    public void setLoginGovError(String loginGovError) {
        this.loginGovError = loginGovError;
    }

    public boolean isLinked() {
        return linked;
    }

    public void setLinked(boolean linked) {
        this.linked = linked;
    }
}
