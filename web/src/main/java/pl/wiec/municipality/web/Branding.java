package pl.wiec.municipality.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.municipality.entity.Municipality;

/**
 * The municipality's name, contact and colours for the page templates (a copy shared by the node's requests, see
 * {@link MunicipalityProfile#shown()}). If the database cannot be read, pages (the error page above all) still render,
 * with the platform's own name and colour.
 */
@Named
@RequestScoped
public class Branding {

    static final String FALLBACK_NAME = "Wiec";
    static final String FALLBACK_COLOUR = "#1d4f91";
    private static final Logger LOG = Logger.getLogger(Branding.class.getName());

    @Inject
    MunicipalityProfile profile;

    private Municipality municipality;

    @PostConstruct
    void load() {
        try {
            municipality = profile.shown();
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "The municipality profile could not be read; pages use the fallback branding", e);
        }
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getName() {
        return municipality == null ? FALLBACK_NAME : municipality.name();
    }

    public String getPrimaryColour() {
        return municipality == null ? FALLBACK_COLOUR : municipality.primaryColour().hex();
    }

    public String getLogoPath() {
        return LogoServlet.pathFor(municipality);
    }
}
