package pl.wiec.demo.directory;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;

/**
 * The demo office directory: an UnboundID in-memory LDAP server listening where the server's configuration expects the
 * staff directory ({@code wiec.directory.url}, always a loopback address), loaded from {@code demo-directory.ldif}.
 * Tests stop and start it to see how Wiec behaves without its directory.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DemoDirectory {

    public static final String BASE_DN = "dc=um-augustow,dc=example";
    private static final Logger LOG = Logger.getLogger(DemoDirectory.class.getName());

    @Inject
    @ConfigProperty(name = "wiec.directory.url")
    String directoryUrl;

    @Inject
    @ConfigProperty(name = "wiec.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private InMemoryDirectoryServer server;

    @PostConstruct
    void start() {
        try {
            URI url = URI.create(directoryUrl);
            InetAddress address = InetAddress.getByName(url.getHost());
            if (!address.isLoopbackAddress()) {
                throw new IllegalStateException("The demo directory only listens on loopback, not on " + url.getHost());
            }
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("demo", address, url.getPort(), null));
            server = new InMemoryDirectoryServer(config);
            try (InputStream ldif = DemoDirectory.class.getResourceAsStream("/demo-directory.ldif")) {
                server.importFromLDIF(true, new LDIFReader(ldif));
            }
            resume();
            LOG.info(DemoStaff.banner(directoryUrl, publicUrl));
        } catch (Exception e) {
            throw new IllegalStateException("The demo directory could not start at " + directoryUrl, e);
        }
    }

    /** Takes the directory off the network, as when the office's domain controller is down. */
    public synchronized void suspend() {
        server.shutDown(false);
        LOG.info("Demo directory suspended: " + directoryUrl + " no longer answers");
    }

    public synchronized void resume() throws LDAPException {
        if (server.getListenPort() == -1) {
            server.startListening();
        }
    }

    public synchronized boolean isListening() {
        return server.getListenPort() != -1;
    }

    @PreDestroy
    void stop() {
        server.shutDown(true);
    }
}
