package pl.wiec.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a sign-in may send a person back to: a path of this site, never another host (no open redirect). */
public final class LocalPath {

    private LocalPath() {
    }

    /**
     * Where a resident's sign-in may return: a safe path of the portal, never the back office (residents have no role
     * there); null for anything else.
     */
    public static String residentReturn(String path, String contextPath) {
        return isSafe(path, contextPath + "/") && !path.startsWith(contextPath + "/backoffice") ? path : null;
    }

    /** The residents' sign-in page that brings the person back to {@code path} afterwards. */
    public static String signInReturningTo(String contextPath, String path) {
        return contextPath + "/signin.xhtml?returnTo=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** True for a path under {@code prefix} that cannot leave the site or climb out of the prefix. */
    public static boolean isSafe(String path, String prefix) {
        return path != null && path.length() <= 500 && path.startsWith(prefix) && path.startsWith("/")
                && !path.startsWith("//") && !path.contains("\\") && !path.contains("..")
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /**
     * The path and query of an address on this site's host (as the request named it; the scheme may differ behind a
     * proxy that ends TLS), or null for another host or no address.
     */
    public static String sameSite(String address, String host) {
        try {
            URI uri = address == null ? null : new URI(address);
            if (uri == null || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host)
                    || uri.getRawPath() == null) {
                return null;
            }
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (URISyntaxException malformed) {
            return null;
        }
    }
}
