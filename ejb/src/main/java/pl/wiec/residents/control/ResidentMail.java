package pl.wiec.residents.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import pl.wiec.platform.control.PublicAddress;

/**
 * E-mails to residents about their account (address confirmation, password reset), sent through the server's mail
 * session only after the transaction that asked for them committed (so the link in them works when it arrives), and
 * outside the request (a slow mail server never slows a sign-up). Texts come from {@code pl/wiec/residents/mail}. Open
 * to every caller: residents who are not signed in yet cause these e-mails.
 */
@Stateless
@PermitAll
public class ResidentMail {

    /** An e-mail to send once the transaction commits: the text with this key, a link, in this language. */
    public record Outgoing(String to, String kind, String linkPath, Locale language) {
    }

    private static final Logger LOG = Logger.getLogger(ResidentMail.class.getName());

    @Resource(lookup = "java:jboss/mail/wiec")
    Session mail;

    @Inject
    PublicAddress publicAddress;

    @Inject
    ResidentMail self;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing outgoing) {
        self.send(outgoing);
    }

    @Asynchronous
    public void send(Outgoing outgoing) {
        ResourceBundle texts = ResourceBundle.getBundle("pl.wiec.residents.mail", outgoing.language());
        String link = publicAddress.of(outgoing.linkPath());
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.to()));
            message.setSubject(texts.getString(outgoing.kind() + ".subject"), "UTF-8");
            message.setText(new MessageFormat(texts.getString(outgoing.kind() + ".body"), outgoing.language())
                    .format(new Object[] { link }), "UTF-8");
            Transport.send(message);
            LOG.info(() -> "Sent the " + outgoing.kind() + " e-mail to a resident");
        } catch (MessagingException e) {
            // The address is personal data: the log says what failed, not to whom.
            LOG.log(Level.WARNING, "Could not send the {0} e-mail: {1}",
                    new Object[] { outgoing.kind(), e.getClass().getSimpleName() });
        }
    }
}
