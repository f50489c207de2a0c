package pl.wiec.notifications.control;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import pl.wiec.platform.control.PublicAddress;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Notification;
import pl.wiec.notifications.entity.UnsubscribeToken;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.control.Secrets;

/**
 * Sends notification e-mails from the database: every minute the immediate ones, at 7:00 one digest per resident of the
 * daily ones. Each node may run it: a notification is claimed under a row lock, so it is mailed once; a failed send is
 * retried (five attempts, 2, 10, 30 and 90 minutes after it was made). Addresses are never logged.
 */
@Stateless
@PermitAll
public class Mailbox {

    private static final Logger LOG = Logger.getLogger(Mailbox.class.getName());
    private static final int BATCH = 100;

    /**
     * How long after it was made a notification whose sending failed once, twice, three and four times is tried again:
     * a mail server down for a while (a restart, an outage of an hour) loses nothing, however often the timer looks.
     */
    static final List<Duration> RETRY_AFTER = List.of(Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofMinutes(30), Duration.ofMinutes(90));

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/wiec")
    Session mail;

    @Inject
    Residents residents;

    @Inject
    Notifier notifier;

    @Inject
    PublicAddress publicAddress;

    /** Every 15 seconds: an e-mail a resident waits for (a reply, a seat freed) goes out within moments. */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public int sendImmediate() {
        Instant now = now();
        List<Long> due = em.createQuery("select n.id from Notification n where n.mailDue = true and n.digest = false"
                + " and (n.attempts = 0 or (n.attempts = 1 and n.createdAt <= :after1)"
                + " or (n.attempts = 2 and n.createdAt <= :after2) or (n.attempts = 3 and n.createdAt <= :after3)"
                + " or (n.attempts >= 4 and n.createdAt <= :after4)) order by n.createdAt", Long.class)
                .setParameter("after1", now.minus(RETRY_AFTER.get(0)))
                .setParameter("after2", now.minus(RETRY_AFTER.get(1)))
                .setParameter("after3", now.minus(RETRY_AFTER.get(2)))
                .setParameter("after4", now.minus(RETRY_AFTER.get(3))).setMaxResults(BATCH).getResultList();
        int sent = 0;
        for (Long id : due) {
            Notification notification = claimed(id);
            if (notification == null) {
                continue;
            }
            Optional<String> address = residents.notificationAddress(notification.residentId());
            if (address.isEmpty()) {
                notification.notMailable();
                continue;
            }
            Locale language = notifier.languageOf(notification.residentId());
            ResourceBundle texts = Notifier.texts(language);
            String body = new MessageFormat(texts.getString("mail.body"), language)
                    .format(new Object[] { notification.subject(), url(notification.link()),
                            unsubscribeLink(notification.residentId(), notification.kind()),
                            url("/account/notifications.xhtml") });
            if (send(address.get(), MessageFormat.format(texts.getString("mail.subject"), notification.subject()), body,
                    notification.residentId(), notification.kind())) {
                notification.mailed(now());
                sent++;
            } else {
                notification.failed();
            }
        }
        return sent;
    }

    @Schedule(minute = "0", hour = "7", persistent = false)
    public int sendDigests() {
        List<Notification> due = em
                .createQuery("select n.id from Notification n where n.mailDue = true"
                        + " and n.digest = true order by n.residentId, n.createdAt", Long.class)
                .getResultList().stream().map(this::claimed).filter(java.util.Objects::nonNull).toList();
        Map<Long, List<Notification>> byResident = due.stream()
                .collect(Collectors.groupingBy(Notification::residentId));
        int sent = 0;
        for (var entry : byResident.entrySet()) {
            Optional<String> address = residents.notificationAddress(entry.getKey());
            if (address.isEmpty()) {
                entry.getValue().forEach(Notification::notMailable);
                continue;
            }
            Locale language = notifier.languageOf(entry.getKey());
            ResourceBundle texts = Notifier.texts(language);
            String items = entry.getValue().stream()
                    .map(notification -> "- " + notification.subject() + "\n  " + url(notification.link()) + "\n")
                    .collect(Collectors.joining());
            Kind kind = entry.getValue().get(0).kind();
            String body = new MessageFormat(texts.getString("mail.digestBody"), language).format(
                    new Object[] { items, unsubscribeLink(entry.getKey(), kind), url("/account/notifications.xhtml") });
            if (send(address.get(),
                    MessageFormat.format(texts.getString("mail.digestSubject"), entry.getValue().size()), body,
                    entry.getKey(), kind)) {
                entry.getValue().forEach(notification -> notification.mailed(now()));
                sent++;
            } else {
                entry.getValue().forEach(Notification::failed);
            }
        }
        return sent;
    }

    /** The notification under a row lock, if it is still due: a second node waits here and then skips it. */
    private Notification claimed(Long id) {
        Notification notification = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
        return notification != null && notification.isMailDue() ? notification : null;
    }

    private boolean send(String to, String subject, String body, long residentId, Kind kind) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setHeader("List-Unsubscribe", "<" + unsubscribeLink(residentId, kind) + ">");
            // RFC 8058: a mail client may unsubscribe with one POST of this body to that address, without a page
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "A notification e-mail to resident {0} failed: {1}",
                    new Object[] { residentId, e.getClass().getSimpleName() });
            return false;
        }
    }

    private String unsubscribeLink(long residentId, Kind kind) {
        String token = Secrets.token();
        em.persist(new UnsubscribeToken(Secrets.sha256(token), residentId, kind, now()));
        return url("/unsubscribe?token=" + token);
    }

    private String url(String path) {
        return publicAddress.of(path);
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
