package pl.wiec.web;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request with more fields than the server takes (Undertow's {@code max-parameters}, 1000: a form posting 100,000
 * "chosen options", an address with thousands of parameters) is sent to the portal's page saying so. Without this, the
 * first code to read a parameter (Faces, OmniFaces' view scope) failed with a 500, and the error page failed too, for
 * anything reading a parameter of that request fails again (Undertow keeps the failure): the browser showed a bare
 * error. So this filter, mapped first in {@code web.xml}, reads the fields before anyone else and, when there are too
 * many, answers with a redirect to {@code /error.xhtml?problem=too-many-fields}: a new request, which reads nothing of
 * the refused one. Uploads (multipart) and other problems of a body (too large, cut off) go on to where they were
 * answered before.
 */
public class FieldLimit extends HttpFilter {

    /** Where the person reads what happened. */
    public static final String PAGE = "/error.xhtml?problem=too-many-fields";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FieldLimit.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            // an upload's parts are read where its form is handled, under the size limits of uploads
            chain.doFilter(request, response);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            // read now, the fields are decoded now: as every page of Wiec sends them, not as ISO-8859-1
            request.setCharacterEncoding("UTF-8");
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            if (!tooManyFields(e)) {
                throw e;
            }
            LOG.info(() -> "Refused a request to " + request.getRequestURI() + " with more fields than allowed");
            response.setHeader("Connection", "close");
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooManyFields(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals("io.undertow.util.ParameterLimitException")) {
                return true;
            }
        }
        return false;
    }
}
