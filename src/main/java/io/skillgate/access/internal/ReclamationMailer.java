package io.skillgate.access.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import io.skillgate.access.ReclamationProperties;
import io.skillgate.access.UserSummary;

/**
 * The daily reclamation run's summary to a company's admins (English, plain text). A mail that cannot be sent is
 * logged and given up: the deactivations stand, and the audit log and the reclamation page show them.
 */
@Component
public class ReclamationMailer {

    private static final Logger log = LoggerFactory.getLogger(ReclamationMailer.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final ReclamationProperties properties;

    ReclamationMailer(ObjectProvider<JavaMailSender> mailSender, ReclamationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    public void sendSummary(List<String> admins, int inactiveDays, List<UserSummary> deactivated,
                            List<UserSummary> remaining) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || admins.isEmpty()) {
            log.warn("Reclamation summary not mailed: {}", sender == null ? "no mail server" : "no active admin");
            return;
        }
        String subject = "Skillgate: " + deactivated.size() + " inactive user(s) deactivated";
        String body = body(inactiveDays, deactivated, remaining);
        for (String admin : admins) {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
                mail.setFrom(properties.mailFrom());
                mail.setTo(admin);
                mail.setSubject(subject);
                mail.setText(body, false);
                sender.send(message);
            } catch (MessagingException | MailException e) {
                log.warn("Reclamation summary to an admin not sent: {}", e.getMessage());
            }
        }
    }

    static String body(int inactiveDays, List<UserSummary> deactivated, List<UserSummary> remaining) {
        StringBuilder text = new StringBuilder("Your company's reclamation rule deactivates users without activity for ")
                .append(inactiveDays).append(" days.\n\n");
        text.append("Deactivated now (").append(deactivated.size()).append("):\n");
        deactivated.forEach(user -> line(text, user));
        if (!remaining.isEmpty()) {
            text.append("\nStill inactive, not deactivated automatically because they are admins (")
                    .append(remaining.size()).append("):\n");
            remaining.forEach(user -> line(text, user));
        }
        text.append("\nReactivate a user on the Users page; the Reclamation page shows the rule and its candidates.\n");
        return text.toString();
    }

    private static void line(StringBuilder text, UserSummary user) {
        text.append("- ").append(user.displayName()).append(" <").append(user.email()).append(">, last seen ")
                .append(DAY.format(user.lastSeen())).append('\n');
    }
}
