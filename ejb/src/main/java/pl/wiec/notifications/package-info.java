/**
 * Notifications: what happened to a resident's contributions (a reply to their comment, a new status or an official
 * answer on their idea, their proposal reaching its threshold), in the app and by e-mail.
 *
 * <p>
 * Components announce a {@link pl.wiec.notifications.entity.Happening} CDI event in their own transaction; this
 * component stores the notification in that transaction, and a timer sends the e-mails from the database (the outbox),
 * so nothing is lost at a restart and no request waits for the mail server. Each resident chooses per kind:
 * immediately, a daily digest at 7:00, or never; e-mail only goes to a confirmed address with the resident's consent to
 * notification e-mails, and each one carries a one-click unsubscribe link for its kind.
 */
package pl.wiec.notifications;
