package pl.wiec.municipality.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.wiec.municipality.entity.Municipality;
import pl.wiec.municipality.entity.PostalAddress;
import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.municipality.web.LogoServlet;

/** The municipality's public profile, as open data. */
@Path("municipality")
@RequestScoped
@Tag(name = "Municipality")
public class MunicipalityResource {

    @Inject
    MunicipalityProfile profile;

    /** The profile as the API publishes it. */
    public record MunicipalityView(String name, String teryt, String contactEmail, String contactPhone,
            AddressView address, String primaryColour, String logo) {
    }

    public record AddressView(String street, String postalCode, String city) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The municipality running this platform: name, TERYT code, contact and branding")
    public MunicipalityView get() {
        Municipality m = profile.current();
        PostalAddress a = m.address();
        return new MunicipalityView(m.name(), m.teryt() == null ? null : m.teryt().code(), m.contactEmail(),
                m.contactPhone(), a == null ? null : new AddressView(a.street(), a.postalCode(), a.city()),
                m.primaryColour().hex(), LogoServlet.pathFor(m));
    }
}
