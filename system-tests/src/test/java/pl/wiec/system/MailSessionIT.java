package pl.wiec.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.TestServer;

/** The mail session that wildfly-config sets up really delivers, and the demo mail catcher shows what arrived. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class MailSessionIT {

    private static final String CATCHER = TestServer.url("/demo/mail.json");

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(MailSessionIT.class);
    }

    @Resource(lookup = "java:jboss/mail/wiec")
    Session mail;

    @Test
    void mailSentThroughTheServersSessionArrivesInTheMailCatcherWithPolishLettersIntact() throws Exception {
        String subject = "Potwierdź adres e-mail — źdźbło " + UUID.randomUUID();
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("mieszkanka@example.org"));
        message.setSubject(subject, "UTF-8");
        message.setText("Dzień dobry, to jest wiadomość testowa z żółwiem.", "UTF-8");
        Transport.send(message);

        HttpResponse<String> caught = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(CATCHER)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, caught.statusCode());
        assertTrue(caught.body().contains(subject), caught.body());
        assertTrue(caught.body().contains("mieszkanka@example.org"));
        assertTrue(caught.body().contains("z żółwiem"));
        assertTrue(caught.body().contains("wiec@um-augustow.example"), "sent from the sender the server configures");
    }
}
