package pl.wiec.residents.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.residents.boundary.Residents;

/** {@code GET /account/my-data.json}: the signed-in resident's data as a JSON file to save (RODO art. 15, 20). */
@WebServlet("/account/my-data.json")
public class MyDataDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Residents residents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] json = residents.export().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"wiec-moje-dane.json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
