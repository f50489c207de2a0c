package pl.wiec.municipality.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.municipality.entity.Logo;

/**
 * Serves the municipality's logo with its sniffed content type and an ETag of its hash, so browsers revalidate cheaply;
 * {@code nosniff} keeps them from reinterpreting it.
 */
@WebServlet(LogoServlet.PATH)
public class LogoServlet extends HttpServlet {

    public static final String PATH = "/media/logo";
    private static final long serialVersionUID = 1L;

    /** The logo's address, changing with every new upload so browsers never show a stale one; null without a logo. */
    public static String pathFor(pl.wiec.municipality.entity.Municipality municipality) {
        return municipality != null && municipality.hasLogo()
                ? PATH + "?v=" + municipality.logoUpdatedAt().toEpochMilli() : null;
    }

    @Inject
    MunicipalityProfile profile;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Logo> logo = profile.logo();
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pl.wiec.web.ImageResponse.send(request, response, logo.get().contentType(), logo.get().sha256(),
                logo.get().image());
    }
}
