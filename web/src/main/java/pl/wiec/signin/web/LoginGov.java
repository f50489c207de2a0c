package pl.wiec.signin.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import pl.wiec.platform.control.PublicAddress;

import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.signin.saml.ArtifactResponseValidation;
import pl.wiec.signin.saml.ArtifactResponseValidation.Expectations;
import pl.wiec.signin.saml.AssertionDecryption;
import pl.wiec.signin.saml.NationalIdentity;
import pl.wiec.signin.saml.SamlRejected;
import pl.wiec.signin.saml.SamlRejected.Reason;
import pl.wiec.signin.saml.SamlSigner;
import pl.wiec.signin.saml.ServiceRequests;
import pl.wiec.signin.saml.ServiceRequests.Service;
import pl.wiec.signin.saml.SignatureVerification;
import pl.wiec.signin.saml.SoapBinding;

/**
 * This installation's connection to login.gov.pl, built from the server's configuration (what the municipality
 * registered at COI): the node's address, issuer and certificate; the service's entity ID, ProviderName, keystore with
 * the signing ({@code sign}) and encryption ({@code encrypt}) keys, and the level of assurance it requires. The ACS
 * address is {@code wiec.public-url} + {@value #ACS_PATH}. Relative file names are read from the server's configuration
 * folder.
 */
@ApplicationScoped
public class LoginGov {

    public static final String ACS_PATH = "/signin/login-gov/acs";
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(LoginGov.class.getName());

    @Inject
    @ConfigProperty(name = "wiec.login-gov.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "wiec.login-gov.node-url", defaultValue = "https://login.gov.pl")
    String nodeUrl;

    @Inject
    @ConfigProperty(name = "wiec.login-gov.node-issuer", defaultValue = "login.gov.pl")
    String nodeIssuer;

    @Inject
    @ConfigProperty(name = "wiec.login-gov.node-certificate", defaultValue = "login-gov-node.crt")
    String nodeCertificate;

    @Inject
    @ConfigProperty(name = "wiec.login-gov.entity-id", defaultValue = "")
    String entityId;

    @Inject
    @ConfigProperty(name = "wiec.login-gov.provider-name", defaultValue = "")
    String providerName;

    @Inject
    @ConfigProperty(name = "wiec.login-gov.keystore", defaultValue = "wiec-login-gov.p12")
    String keystore;

    @Inject
    @ConfigProperty(name = "wiec.login-gov.keystore-password", defaultValue = "")
    String keystorePassword;

    @Inject
    @ConfigProperty(name = "wiec.login-gov.level", defaultValue = "substantial")
    String level;

    @Inject
    PublicAddress publicAddress;

    private Service service;
    private ServiceRequests requests;
    private ArtifactResponseValidation validation;
    private SignatureVerification nodeSignature;
    private LevelOfAssurance minimumLevel;
    private HttpClient http;

    /** A sent AuthnRequest: its ID (to remember) and the HTML of the auto-submitting form that carries it. */
    public record Started(String requestId, String samlRequest, String destination) {
    }

    @PostConstruct
    void configure() {
        if (!enabled) {
            LOG.info("Sign-in through login.gov.pl is off (wiec.login-gov.enabled=false)");
            return;
        }
        try {
            minimumLevel = LevelOfAssurance.valueOf(level.trim().toUpperCase(Locale.ROOT));
            char[] password = keystorePassword.toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(configFile(keystore))) {
                store.load(in, password);
            }
            X509Certificate node;
            try (InputStream in = Files.newInputStream(configFile(nodeCertificate))) {
                node = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            service = new Service(entityId, providerName, publicAddress.of(ACS_PATH));
            requests = new ServiceRequests(service, new SamlSigner((PrivateKey) store.getKey("sign", password),
                    (X509Certificate) store.getCertificate("sign")));
            nodeSignature = new SignatureVerification(node.getPublicKey());
            validation = new ArtifactResponseValidation(nodeSignature,
                    new AssertionDecryption((ECPrivateKey) store.getKey("encrypt", password), entityId));
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            LOG.info(() -> "Sign-in through login.gov.pl at " + nodeUrl + " as " + entityId + ", level at least "
                    + minimumLevel);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The login.gov.pl settings (wiec.login-gov.*) are not usable: " + e, e);
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LevelOfAssurance minimumLevel() {
        return minimumLevel;
    }

    /** A new signed AuthnRequest for the node. */
    public Started start() {
        String id = "_" + HexFormat.of().formatHex(randomBytes());
        String destination = nodeUrl + "/login/SingleSignOnService";
        String xml = requests.authnRequest(id, now(), destination, minimumLevel);
        return new Started(id,
                java.util.Base64.getEncoder().encodeToString(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                destination);
    }

    /** Resolves the artifact over SOAP and makes every check of the answer; the person, or why not. */
    public NationalIdentity complete(String artifact, String authnRequestId) throws SamlRejected {
        String resolveId = "_" + UUID.randomUUID();
        String destination = nodeUrl + "/login-services/idpArtifactResolutionService";
        byte[] answer = soap(destination, requests.artifactResolve(resolveId, now(), destination, artifact));
        return validation.validate(SoapBinding.artifactResponse(answer), new Expectations(resolveId, authnRequestId,
                service.entityId(), service.acsUrl(), nodeIssuer, minimumLevel, now(), CLOCK_SKEW));
    }

    /** Ends the person's session at the node; true if the node confirmed it. */
    public boolean logout(String nameId, String sessionIndex) {
        String id = "_" + UUID.randomUUID();
        String destination = nodeUrl + "/login-services/singleLogoutService";
        try {
            byte[] answer = soap(destination, requests.logoutRequest(id, now(), destination, nameId, sessionIndex));
            return SoapBinding.logoutConfirmed(answer, id, nodeSignature);
        } catch (SamlRejected e) {
            return false;
        }
    }

    private byte[] soap(String destination, String envelope) throws SamlRejected {
        HttpRequest request = HttpRequest.newBuilder(URI.create(destination)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(pl.wiec.signin.saml.SecureXml.MAX_BYTES + 1);
                if (response.statusCode() != 200 && response.statusCode() != 500) {
                    throw new SamlRejected(Reason.NODE_UNREACHABLE, "HTTP " + response.statusCode());
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new SamlRejected(Reason.NODE_UNREACHABLE, e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SamlRejected(Reason.NODE_UNREACHABLE, "interrupted", e);
        }
    }

    private static Path configFile(String name) {
        Path path = Path.of(name);
        return path.isAbsolute() ? path : Path.of(System.getProperty("jboss.server.config.dir", ".")).resolve(path);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[20];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
