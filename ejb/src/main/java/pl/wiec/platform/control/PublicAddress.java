package pl.wiec.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where residents reach the platform from outside ({@code wiec.public-url}, e.g. {@code https://wiec.augustow.pl}): the
 * base of every link that leaves the browser (e-mails, printed QR codes, calendar feeds, invitations, the login.gov.pl
 * return address), written the same way whether the setting ends with a slash or not.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "wiec.public-url")
    String publicUrl;

    /** The address without a trailing slash. */
    public String base() {
        return publicUrl.replaceAll("/+$", "");
    }

    /** The address of a path of the platform ({@code /project.xhtml?id=8}). */
    public String of(String path) {
        return base() + path;
    }
}
