package pl.wiec.demo.mail;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.Session;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo mail catcher: a real SMTP server (GreenMail) listening exactly where the server's mail session
 * {@code java:jboss/mail/wiec} sends, always on loopback, keeping every message in memory so that people trying the
 * demo, and the tests, can read what Wiec sent. Nothing leaves the machine.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailCatcher {

    private static final Logger LOG = Logger.getLogger(MailCatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/wiec")
    Session wiecMail;

    private GreenMail server;

    @PostConstruct
    void start() {
        String host = wiecMail.getProperty("mail.smtp.host");
        int port = Integer.parseInt(wiecMail.getProperty("mail.smtp.port"));
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalStateException("The mail catcher only listens on loopback, not on " + host);
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("Unknown mail host " + host, e);
        }
        server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
        server.start();
        LOG.info(() -> "Demo mail catcher listening at smtp://" + host + ":" + port + "; messages at /demo/mail");
    }

    /** Every message received since the server started, oldest first. */
    public List<CaughtMail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(CaughtMail::of).toList();
    }

    /** Forgets every message, so a test can start from an empty mailbox. */
    public void clear() {
        server.reset();
    }

    @PreDestroy
    void stop() {
        server.stop();
    }
}
