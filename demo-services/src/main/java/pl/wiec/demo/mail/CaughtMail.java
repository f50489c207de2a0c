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

/**
 * A message as the mail catcher shows it: envelope, subject, the plain-text body and its attachments (name, type and
 * the bytes in base64, so that tests can read a PDF that was sent), and the unsubscribe headers mail clients act on.
 */
public record CaughtMail(String from, List<String> to, String subject, Instant sent, String text,
        List<Attachment> attachments, String listUnsubscribe, String listUnsubscribePost) {

    /** A file attached to the message. */
    public record Attachment(String name, String type, String base64) {
    }

    static CaughtMail of(MimeMessage message) {
        try {
            return new CaughtMail(addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getRecipients(Message.RecipientType.TO)), message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), text(message),
                    attachments(message), message.getHeader("List-Unsubscribe", null),
                    message.getHeader("List-Unsubscribe-Post", null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A caught message could not be read", e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static List<Attachment> attachments(Part part) throws MessagingException, IOException {
        List<Attachment> found = new java.util.ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                if (child.getFileName() != null) {
                    try (java.io.InputStream in = child.getInputStream()) {
                        found.add(new Attachment(child.getFileName(), child.getContentType().split(";")[0],
                                java.util.Base64.getEncoder().encodeToString(in.readAllBytes())));
                    }
                } else {
                    found.addAll(attachments(child));
                }
            }
        }
        return found;
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
