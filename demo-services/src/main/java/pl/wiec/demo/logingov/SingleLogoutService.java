package pl.wiec.demo.logingov;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import pl.wiec.demo.Markup;

/**
 * The simulated node's logout: a SOAP 1.1 {@code LogoutRequest} signed by the registered service key, with NameID and
 * SessionIndex, answered with a signed {@code LogoutResponse}: Success, or Requester for a request it cannot trust. The
 * number of logouts is counted, so that a test can see that the service called it.
 */
@WebServlet("/login-gov/login-services/singleLogoutService")
public class SingleLogoutService extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SingleLogoutService.class.getName());

    @Inject
    NodeKeys keys;

    @Inject
    NodeState state;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(state.logouts());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        String id = "";
        String status = "urn:oasis:names:tc:SAML:2.0:status:Requester";
        try {
            Element envelope = NodeXml.parse(request.getInputStream().readNBytes(64 * 1024)).getDocumentElement();
            Element body = NodeXml.child(envelope, "http://schemas.xmlsoap.org/soap/envelope/", "Body");
            Element logout = NodeXml.child(body, NodeXml.SAMLP, "LogoutRequest");
            id = logout.getAttribute("ID");
            boolean named = !NodeXml.child(logout, NodeXml.SAML2, "NameID").getTextContent().isBlank()
                    && !NodeXml.child(logout, NodeXml.SAMLP, "SessionIndex").getTextContent().isBlank();
            if (NodeXml.verify(logout, keys.serviceSigning()) && named) {
                status = "urn:oasis:names:tc:SAML:2.0:status:Success";
                state.loggedOut();
            } else {
                LOG.warning("Simulator refused a LogoutRequest not signed by the registered service key");
            }
        } catch (Exception e) {
            LOG.warning("Simulator got an unreadable LogoutRequest");
        }
        try {
            String xml = """
                    <saml2p:LogoutResponse xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" \
                    xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_%s" InResponseTo="%s" Version="2.0" \
                    IssueInstant="%s"><saml2:Issuer>%s</saml2:Issuer><saml2p:Status><saml2p:StatusCode Value="%s"/>\
                    </saml2p:Status></saml2p:LogoutResponse>""".formatted(UUID.randomUUID(), Markup.escape(id),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS), NodeAnswers.ISSUER, status);
            Document document = NodeXml.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            NodeXml.sign(document.getDocumentElement(), keys.nodeKey(), keys.nodeCertificate());
            response.getWriter().print("<soap11:Envelope xmlns:soap11=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                    + "<soap11:Body>" + NodeXml.serialize(document) + "</soap11:Body></soap11:Envelope>");
        } catch (Exception e) {
            throw new IOException("The simulator could not answer the logout", e);
        }
    }
}
