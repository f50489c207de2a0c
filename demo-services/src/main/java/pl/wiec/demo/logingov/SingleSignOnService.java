package pl.wiec.demo.logingov;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Base64;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3c.dom.Element;

import pl.wiec.demo.logingov.NodeState.Pending;

import pl.wiec.demo.Markup;

/**
 * The simulated node's sign-in: {@code POST login/SingleSignOnService} takes the service's signed AuthnRequest
 * (HTTP-POST binding) and shows the tester a page to pick a test person (and, for tests, a fault);
 * {@code POST login/choose} issues an artifact and sends the browser back to the service's ACS with it, by an
 * auto-submitting form as the real node does.
 */
@WebServlet({ "/login-gov/login/SingleSignOnService", "/login-gov/login/choose" })
public class SingleSignOnService extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SingleSignOnService.class.getName());

    @Inject
    NodeKeys keys;

    @Inject
    NodeState state;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (request.getServletPath().endsWith("/choose")) {
            choose(request, response);
        } else {
            accept(request, response);
        }
    }

    private void accept(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Element authnRequest;
        try {
            byte[] xml = Base64.getMimeDecoder().decode(request.getParameter("SAMLRequest"));
            authnRequest = NodeXml.parse(xml).getDocumentElement();
        } catch (Exception | Error e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "SAMLRequest is not a readable AuthnRequest");
            return;
        }
        if (!"AuthnRequest".equals(authnRequest.getLocalName())
                || !NodeXml.verify(authnRequest, keys.serviceSigning())) {
            LOG.warning("Simulator refused an AuthnRequest that is not signed by the registered service key");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "AuthnRequest not signed by the registered service");
            return;
        }
        String level = authnRequest.getElementsByTagNameNS(NodeXml.SAML2, "AuthnContextClassRef").item(0)
                .getTextContent();
        String flow = state.await(new Pending(authnRequest.getAttribute("ID"),
                NodeXml.child(authnRequest, NodeXml.SAML2, "Issuer").getTextContent().trim(),
                authnRequest.getAttribute("AssertionConsumerServiceURL"), level, request.getParameter("RelayState")));
        page(response, "Symulator login.gov.pl — wybór osoby", picker(flow, level));
    }

    private void choose(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Pending pending = state.take(request.getParameter("flow"));
        if (pending == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown or finished sign-in");
            return;
        }
        boolean cancelled = request.getParameter("cancel") != null;
        String personKey = request.getParameter("person");
        Fault fault = Fault.valueOf(request.getParameter("fault") == null ? "NONE" : request.getParameter("fault"));
        try {
            String artifact = state.issue(new Issued(pending.requestId(), pending.serviceEntityId(), pending.acsUrl(),
                    pending.requestedLevel(), TestPerson.byKey(personKey == null ? "zofia" : personKey), fault,
                    cancelled, Instant.now()));
            page(response, "Symulator login.gov.pl — powrót do usługi", """
                    <form id="back" method="post" action="%s">
                    <input type="hidden" name="SAMLArt" value="%s"><input type="hidden" name="RelayState" value="%s">
                    <p>Wracasz do usługi, która poprosiła o logowanie.</p>
                    <button type="submit">Przejdź dalej</button></form>
                    <script>document.getElementById('back').submit();</script>""".formatted(
                    Markup.escape(pending.acsUrl()), Markup.escape(artifact), Markup.escape(pending.relayState())));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown test person or fault");
        } catch (Exception e) {
            throw new IOException("The simulator could not issue an artifact", e);
        }
    }

    private static String picker(String flow, String level) {
        StringBuilder people = new StringBuilder();
        boolean first = true;
        for (TestPerson person : TestPerson.ALL) {
            people.append("<li><input type=\"radio\" name=\"person\" id=\"person-").append(person.key())
                    .append("\" value=\"").append(person.key()).append(first ? "\" checked>" : "\">")
                    .append("<label for=\"person-").append(person.key()).append("\">")
                    .append(Markup.escape(person.firstName() + " " + person.familyName())).append(", ur. ")
                    .append(person.sendsDateOfBirth() ? person.dateOfBirth() : "(bez atrybutu daty urodzenia)")
                    .append(", poziom ").append(person.level()).append(", przez ").append(person.authority())
                    .append("</label></li>");
            first = false;
        }
        StringBuilder faults = new StringBuilder();
        for (Fault fault : Fault.values()) {
            faults.append("<option value=\"").append(fault.name()).append("\">").append(Markup.escape(fault.label()))
                    .append("</option>");
        }
        return """
                <p>To jest lokalny symulator węzła krajowego (tylko demo i testy). Usługa prosi o poziom: <strong>%s</strong>.</p>
                <form method="post" action="choose"><input type="hidden" name="flow" value="%s">
                <fieldset><legend>Kim jesteś?</legend><ul>%s</ul></fieldset>
                <p><label for="fault">Tryb testowy</label> <select id="fault" name="fault">%s</select></p>
                <button type="submit" name="signin" id="signin">Zaloguj</button>
                <button type="submit" name="cancel" id="cancel">Anuluj</button></form>"""
                .formatted(Markup.escape(level), flow, people, faults);
    }

    static void page(HttpServletResponse response, String title, String body) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + Markup.escape(title) + "</title></head><body><main><h1>" + Markup.escape(title) + "</h1>" + body
                + "</main></body></html>");
    }
}
