package pl.wiec.demo.logingov;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The keys of the simulated node and the certificates the municipality "registered" with it, read from the server's
 * configuration folder, where the build generated them (wildfly-config's configure-server.sh). A foreign key pair, made
 * at start, serves the "foreign signing key" fault.
 */
@ApplicationScoped
public class NodeKeys {

    private static final char[] PASSWORD = "simulator".toCharArray();

    private final PrivateKey nodeKey;
    private final X509Certificate nodeCertificate;
    private final PublicKey serviceSigning;
    private final ECPublicKey serviceEncryption;
    private final KeyPair foreign;

    public NodeKeys() {
        try {
            Path folder = Path.of(System.getProperty("jboss.server.config.dir"));
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(folder.resolve("login-gov-simulator.p12"))) {
                store.load(in, PASSWORD);
            }
            nodeKey = (PrivateKey) store.getKey("node", PASSWORD);
            nodeCertificate = (X509Certificate) store.getCertificate("node");
            serviceSigning = certificate(folder.resolve("wiec-login-gov-sign.crt")).getPublicKey();
            serviceEncryption = (ECPublicKey) certificate(folder.resolve("wiec-login-gov-encrypt.crt")).getPublicKey();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            foreign = generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException("The login.gov.pl simulator has no keys; was the server built with "
                    + "wiec.login-gov.simulator=true?", e);
        }
    }

    private static X509Certificate certificate(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    PrivateKey nodeKey() {
        return nodeKey;
    }

    X509Certificate nodeCertificate() {
        return nodeCertificate;
    }

    PublicKey serviceSigning() {
        return serviceSigning;
    }

    ECPublicKey serviceEncryption() {
        return serviceEncryption;
    }

    PrivateKey foreignKey() {
        return foreign.getPrivate();
    }
}
