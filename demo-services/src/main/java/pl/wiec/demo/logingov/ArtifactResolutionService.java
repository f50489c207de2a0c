package pl.wiec.demo.logingov;

import java.io.IOException;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3c.dom.Element;

import pl.wiec.demo.Markup;

/**
 * The simulated node's back channel: a SOAP 1.1 {@code ArtifactResolve}, signed by the registered service key, answered
 * with the signed ArtifactResponse holding the signed Response and the encrypted assertion. An unknown, used or
 * unsigned request gets a SOAP fault.
 */
@WebServlet("/login-gov/login-services/idpArtifactResolutionService")
public class ArtifactResolutionService extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ArtifactResolutionService.class.getName());

    @Inject
    NodeKeys keys;

    @Inject
    NodeState state;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        Element resolve;
        try {
            Element envelope = NodeXml.parse(request.getInputStream().readNBytes(256 * 1024)).getDocumentElement();
            Element body = NodeXml.child(envelope, "http://schemas.xmlsoap.org/soap/envelope/", "Body");
            resolve = NodeXml.child(body, NodeXml.SAMLP, "ArtifactResolve");
        } catch (Exception e) {
            fault(response, "not a SOAP ArtifactResolve");
            return;
        }
        if (!NodeXml.verify(resolve, keys.serviceSigning())) {
            LOG.warning("Simulator refused an ArtifactResolve not signed by the registered service key");
            fault(response, "ArtifactResolve not signed by the registered service");
            return;
        }
        Issued issued = state.resolve(NodeXml.child(resolve, NodeXml.SAMLP, "Artifact").getTextContent().trim());
        if (issued == null) {
            fault(response, "unknown or already resolved artifact");
            return;
        }
        try {
            response.getWriter().print(NodeAnswers.answer(issued, resolve.getAttribute("ID"), keys, Instant.now()));
        } catch (Exception e) {
            throw new IOException("The simulator could not answer", e);
        }
    }

    private static void fault(HttpServletResponse response, String why) throws IOException {
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.getWriter()
                .print("<soap11:Envelope xmlns:soap11=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                        + "<soap11:Body><soap11:Fault><faultcode>soap11:Client</faultcode><faultstring>"
                        + Markup.escape(why) + "</faultstring></soap11:Fault></soap11:Body></soap11:Envelope>");
    }
}
