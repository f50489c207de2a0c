package pl.wiec.residents.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.residents.entity.Resident;
import pl.wiec.web.LocalPath;

/**
 * Pages under {@code /account/} are a signed-in resident's own: anyone else is sent to the residents' sign-in page,
 * which brings them back afterwards. (The boundary checks the role again on every call.)
 */
@WebFilter("/account/*")
public class ResidentPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Resident.ROLE)) {
            // kept in no cache, as every page of someone signed in (pl.wiec.web.SignedInPages)
            chain.doFilter(request, response);
            return;
        }
        String back = request.getRequestURI().endsWith(".xhtml") ? request.getRequestURI()
                : request.getContextPath() + "/account/profile.xhtml";
        response.sendRedirect(LocalPath.signInReturningTo(request.getContextPath(), back));
    }
}
