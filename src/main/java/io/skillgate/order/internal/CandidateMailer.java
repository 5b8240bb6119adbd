package io.skillgate.order.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import io.skillgate.order.CandidateLanguage;
import io.skillgate.order.OrderProperties;
import io.skillgate.order.domain.AssessmentOrder;

/**
 * Writes and sends the candidate's mail (invitation, reminder) in their language, with their link. The link carries
 * the token; nothing here logs it.
 */
@Component
public class CandidateMailer {

    /** The kinds of candidate mail, each a set of keys in {@code mail/candidate*.properties}. */
    public enum Kind { INVITATION, REMINDER }

    /** A send that failed: {@code permanent} when retrying cannot help (the address was refused). */
    public static class SendFailed extends RuntimeException {

        private final boolean permanent;

        SendFailed(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }

    private final ObjectProvider<JavaMailSender> mailSender;
    private final OrderProperties properties;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    CandidateMailer(ObjectProvider<JavaMailSender> mailSender, OrderProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
        texts.setBasename("mail/candidate");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    public void send(Kind kind, AssessmentOrder order, String packageName, String link, Instant expiresAt) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new SendFailed("No mail server is configured (spring.mail.host)", false, new IllegalStateException());
        }
        Locale locale = CandidateLanguage.of(order.getApplicationLanguage());
        String prefix = "mail." + kind.name().toLowerCase(Locale.ROOT);
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(expiresAt) + " UTC";
        Object[] args = {order.getCandidateFirstName(), packageName, link, until};
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
            mail.setFrom(properties.mailFrom());
            mail.setTo(order.getCandidateEmail());
            mail.setSubject(texts.getMessage(prefix + ".subject", args, locale));
            mail.setText(texts.getMessage(prefix + ".body", args, locale), false);
            sender.send(message);
        } catch (MessagingException | MailPreparationException e) {
            throw new SendFailed("The mail could not be written: " + e.getMessage(), true, e);
        } catch (MailSendException e) {
            boolean refused = e.getFailedMessages().values().stream().anyMatch(cause -> cause instanceof SendFailedException s
                    && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0);
            throw new SendFailed(refused ? "The mail server refused the candidate's address"
                    : "The mail server did not take the mail: " + e.getMostSpecificCause().getMessage(), refused, e);
        } catch (MailException e) {
            throw new SendFailed("The mail could not be sent: " + e.getMostSpecificCause().getMessage(), false, e);
        }
    }
}
