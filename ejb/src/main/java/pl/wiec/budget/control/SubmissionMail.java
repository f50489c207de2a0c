package pl.wiec.budget.control;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.CostItem;
import pl.wiec.platform.control.PdfReport;

/**
 * The confirmation a resident gets when they submit a budget project: an e-mail (in Polish, the language of the
 * official record) with the submission as a PDF, sent once the submission committed and outside the request.
 */
@Stateless
@PermitAll
public class SubmissionMail {

    /** A submission to confirm: to whom, the project as submitted, the edition's and the pool's names. */
    public record Confirmed(String to, BudgetProject project, String edition, String pool) {
    }

    private static final Logger LOG = Logger.getLogger(SubmissionMail.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Warsaw"));

    @Resource(lookup = "java:jboss/mail/wiec")
    Session mail;

    @Inject
    SubmissionMail self;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Confirmed confirmed) {
        self.send(confirmed);
    }

    @Asynchronous
    public void send(Confirmed confirmed) {
        BudgetProject project = confirmed.project();
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(confirmed.to()));
            message.setSubject("Zgłoszenie projektu nr " + project.number() + " — " + confirmed.edition(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Dziękujemy za zgłoszenie projektu „" + project.title() + "” do edycji „" + confirmed.edition()
                    + "”.\n\nProjekt otrzymał numer " + project.number() + ". Do końca zgłaszania możesz go jeszcze"
                    + " poprawić na stronie edycji. Urząd sprawdzi go pod względem formalnym, prawnym, technicznym i"
                    + " kosztowym; o wyniku weryfikacji poinformujemy na stronie edycji.\n\nW załączniku kopia"
                    + " zgłoszenia (PDF).\n", "UTF-8");
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(
                    new jakarta.activation.DataHandler(new ByteArrayDataSource(pdf(confirmed), "application/pdf")));
            pdf.setFileName("zgloszenie-projektu-" + project.number() + ".pdf");
            message.setContent(new MimeMultipart(text, pdf));
            Transport.send(message);
            LOG.info(() -> "Sent the confirmation of budget project " + project.id());
        } catch (MessagingException e) {
            // The address is personal data: the log says what failed, not to whom.
            LOG.log(Level.WARNING, "Could not send the confirmation of budget project {0}: {1}",
                    new Object[] { project.id(), e.getClass().getSimpleName() });
        }
    }

    /** The submission as a PDF: what the author wrote, item by item. */
    static byte[] pdf(Confirmed confirmed) {
        BudgetProject project = confirmed.project();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport report = new PdfReport(out, "Zgłoszenie projektu nr " + project.number())) {
            report.text("Edycja: " + confirmed.edition());
            report.text("Pula: " + confirmed.pool());
            report.text("Zgłoszono: " + WHEN.format(project.submittedAt()));
            report.heading(project.title());
            report.text(project.summary());
            if (project.location() != null) {
                report.text("Miejsce realizacji: " + project.location());
            }
            report.heading("Kosztorys");
            report.table(List.of("pozycja", "kwota (zł)"), project.costItems().stream()
                    .map(item -> List.of(item.name(), item.amount().toPlainString())).toList(), 4, 1);
            report.text("Razem: " + project.costItems().stream().map(CostItem::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString() + " zł");
            report.heading("Dostępność dla osób z niepełnosprawnościami");
            report.text(project.accessibility() == null ? "" : project.accessibility());
        }
        return out.toByteArray();
    }
}
