package pl.wiec.residents.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.PersonalData;

/**
 * {@code GET /account/my-data.zip}: everything Wiec keeps about the signed-in resident to save (RODO art. 15 and 20):
 * {@value #JSON} with every section, and under {@code files/} the photos and documents they gave. The files go into the
 * archive one by one as they are read, so the server never holds them all in memory; the archive is written to a
 * temporary file (readable by the server's user only, deleted at once) and sent after the reading transaction ended. So
 * a slow connection holds no database connection, and a failure while reading is the error page, never a ZIP that looks
 * whole but lacks part of the data.
 */
@WebServlet("/account/my-data.zip")
public class MyDataDownload extends HttpServlet {

    static final String JSON = "wiec-moje-dane.json";
    private static final long serialVersionUID = 1L;

    @Inject
    Residents residents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path archive = Files.createTempFile("wiec-data-", ".zip");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive), StandardCharsets.UTF_8)) {
                PersonalData data = residents.myData((path, content) -> {
                    entry(zip, path, content);
                    return path;
                });
                entry(zip, JSON,
                        PersonalDataJson.of(data, Instant.now(Clock.systemUTC())).getBytes(StandardCharsets.UTF_8));
            }
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"wiec-moje-dane.zip\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLengthLong(Files.size(archive));
            Files.copy(archive, response.getOutputStream());
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private static void entry(ZipOutputStream zip, String path, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
