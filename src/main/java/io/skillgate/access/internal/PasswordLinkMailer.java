package io.skillgate.access.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import io.skillgate.access.PasswordLinkProperties;
import io.skillgate.access.UserSummary;

/**
 * The password link mail (plain text) in the user's language when it is one of ours, else English. The link carries
 * the token: nothing here logs it, nor the link; a mail that cannot be sent is logged without either and given up
 * (the person asks again).
 */
@Component
public class PasswordLinkMailer {

    /** The languages of {@code mail/password-link*.properties}. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "pl");

    private static final Logger log = LoggerFactory.getLogger(PasswordLinkMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final PasswordLinkProperties properties;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    PasswordLinkMailer(ObjectProvider<JavaMailSender> mailSender, PasswordLinkProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
        texts.setBasename("mail/password-link");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    public void send(UserSummary user, String link, Instant expiresAt) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("Password link for user {} not mailed: no mail server (spring.mail.host)", user.id());
            return;
        }
        Locale locale = locale(user.profile().languageCode());
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(expiresAt) + " UTC";
        Object[] args = {user.firstName(), link, until};
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
            mail.setFrom(properties.passwordLinkMailFrom());
            mail.setTo(user.email());
            mail.setSubject(texts.getMessage("mail.password-link.subject", args, locale));
            mail.setText(texts.getMessage("mail.password-link.body", args, locale), false);
            sender.send(message);
        } catch (MessagingException | RuntimeException e) {
            log.warn("Password link for user {} not sent: {}", user.id(), e.getClass().getSimpleName());
        }
    }

    /** The user's language if we write mail in it ({@code de}, also {@code de-AT}), else English. */
    static Locale locale(@org.jspecify.annotations.Nullable String languageCode) {
        String language = languageCode == null ? "en" : Locale.forLanguageTag(languageCode).getLanguage();
        return Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en");
    }
}
