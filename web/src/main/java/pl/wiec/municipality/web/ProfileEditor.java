package pl.wiec.municipality.web;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;

import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.municipality.boundary.ProfileChangedMeanwhile;
import pl.wiec.municipality.entity.FieldChange;
import pl.wiec.municipality.entity.Logo;
import pl.wiec.municipality.entity.Municipality;
import pl.wiec.municipality.entity.ProfileDetails;
import pl.wiec.web.Texts;

/**
 * The administrator's profile form. The logo file is checked here first (size, real image type), so that a bad file is
 * reported beside its field and nothing at all is saved; the boundary checks again.
 */
@Named
@ViewScoped
public class ProfileEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LOGO_FIELD = "logo";

    @Inject
    MunicipalityProfile profile;

    private ProfileDetails details;
    private long version;
    private boolean hasLogo;
    private transient Part logoFile;
    private boolean removeLogo;

    public void load() {
        Municipality municipality = profile.current();
        details = ProfileDetails.of(municipality);
        version = municipality.version();
        hasLogo = municipality.hasLogo();
        removeLogo = false;
    }

    public void save() {
        byte[] newLogo = readLogo();
        if (Faces.getContext().isValidationFailed()) {
            return;
        }
        boolean logoChanged = newLogo != null || removeLogo;
        try {
            List<FieldChange> changes = profile.revise(details, version);
            if (newLogo != null) {
                profile.replaceLogo(newLogo);
            } else if (removeLogo) {
                profile.removeLogo();
            }
            load();
            Texts.info(changes.isEmpty() && !logoChanged ? "profile.savedNothing" : "profile.saved");
        } catch (ProfileChangedMeanwhile e) {
            changedMeanwhile();
        } catch (EJBException e) {
            if (!causedBy(e, OptimisticLockException.class)) {
                throw e;
            }
            changedMeanwhile();
        }
    }

    private static void changedMeanwhile() {
        Texts.error("profile.changedMeanwhile");
        Faces.validationFailed();
    }

    /** Discards what was typed and shows the profile as it is saved now. */
    public void reload() {
        load();
    }

    private byte[] readLogo() {
        return pl.wiec.web.Uploads.image(logoFile, LOGO_FIELD, Logo.MAX_BYTES, "profile.logo");
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    public ProfileDetails getDetails() {
        return details;
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public Part getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(Part logoFile) {
        this.logoFile = logoFile;
    }

    public boolean isRemoveLogo() {
        return removeLogo;
    }

    public void setRemoveLogo(boolean removeLogo) {
        this.removeLogo = removeLogo;
    }
}
