package pl.wiec.system.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;

import pl.wiec.signin.saml.ArtifactResponseValidation;
import pl.wiec.signin.saml.AssertionDecryption;
import pl.wiec.signin.saml.SamlSigner;
import pl.wiec.signin.saml.ServiceRequests;
import pl.wiec.signin.saml.ServiceRequests.Service;
import pl.wiec.signin.saml.SignatureVerification;

/**
 * The login.gov.pl keys the build generated for the test server (configure-server.sh): the service's signing and
 * encryption keys and the simulator's certificate, read from a server configuration folder.
 */
public final class DemoLoginGovKeys {

    private static final char[] PASSWORD = "demo-keystore".toCharArray();

    private final Path config;
    private final KeyStore service;

    private DemoLoginGovKeys(Path config, KeyStore service) {
        this.config = config;
        this.service = service;
    }

    /** Inside the server: its own configuration folder. */
    public static DemoLoginGovKeys ofRunningServer() throws GeneralSecurityException, IOException {
        return of(Path.of(System.getProperty("jboss.server.config.dir")));
    }

    /** Outside it: the configuration folder of the server the build configured. */
    public static DemoLoginGovKeys ofBuiltServer() throws GeneralSecurityException, IOException {
        return of(Path.of(System.getProperty("jboss.home"), "standalone", "configuration"));
    }

    private static DemoLoginGovKeys of(Path config) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(config.resolve("wiec-login-gov.p12"))) {
            store.load(in, PASSWORD);
        }
        return new DemoLoginGovKeys(config, store);
    }

    /** The service's requests, signed with its signing key and certificate. */
    public ServiceRequests requests(Service identity) throws GeneralSecurityException {
        return new ServiceRequests(identity, new SamlSigner((PrivateKey) service.getKey("sign", PASSWORD),
                (X509Certificate) service.getCertificate("sign")));
    }

    /** The validation of the simulator's answers: its pinned certificate and the service's encryption key. */
    public ArtifactResponseValidation validation(Service identity) throws GeneralSecurityException, IOException {
        X509Certificate node;
        try (InputStream in = Files.newInputStream(config.resolve("login-gov-simulator-node.crt"))) {
            node = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        return new ArtifactResponseValidation(new SignatureVerification(node.getPublicKey()),
                new AssertionDecryption((ECPrivateKey) service.getKey("encrypt", PASSWORD), identity.entityId()));
    }
}
