package pl.wiec.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a stored picture with its sniffed content type and an ETag of its hash, so browsers revalidate cheaply;
 * {@code nosniff} keeps them from reinterpreting it.
 */
public final class ImageResponse {

    private ImageResponse() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, String contentType, String sha256,
            byte[] image) throws IOException {
        String etag = "\"" + sha256 + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }
}
