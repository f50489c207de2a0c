package pl.wiec.demo.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** A message as the mail catcher shows it: envelope, subject and the plain-text body. */
public record CaughtMail(String from, List<String> to, String subject, Instant sent, String text) {

    static CaughtMail of(MimeMessage message) {
        try {
            return new CaughtMail(addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getRecipients(Message.RecipientType.TO)), message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A caught message could not be read", e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
