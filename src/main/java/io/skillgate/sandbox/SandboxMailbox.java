package io.skillgate.sandbox;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The sandbox's mailbox: a real SMTP server (GreenMail) on 127.0.0.1 that keeps every mail the app sends, so the dev
 * run and the tests see the candidates' invitations without a mail account. Used unless {@code spring.mail.host}
 * names a real server ({@link SandboxMailConfiguration}). Port {@code skillgate.sandbox.mailbox.port}, 0 (default):
 * any free port.
 */
@Component
@Profile("!prod")
public class SandboxMailbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SandboxMailbox.class);

    /** A mail as received: envelope recipients, subject, plain-text body. */
    public record Mail(Instant receivedAt, List<String> to, String subject, String body) {
    }

    private final GreenMail server;

    SandboxMailbox(@Value("${skillgate.sandbox.mailbox.port:0}") int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        this.server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        log.info("Sandbox mailbox: SMTP on 127.0.0.1:{}", port());
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every mail received, newest first. */
    public List<Mail> mails() {
        return Arrays.stream(server.getReceivedMessages()).map(SandboxMailbox::read)
                .sorted(Comparator.comparing(Mail::receivedAt).reversed()).toList();
    }

    /** The mails to one address, newest first. */
    public List<Mail> mailsTo(String address) {
        return mails().stream().filter(m -> m.to().stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    @Override
    public void destroy() {
        server.stop();
    }

    private static Mail read(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            Object content = message.getContent();
            return new Mail(message.getReceivedDate() == null ? Instant.EPOCH : message.getReceivedDate().toInstant(),
                    to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
                    Objects.requireNonNullElse(message.getSubject(), ""),
                    content instanceof String text ? text : String.valueOf(content));
        } catch (MessagingException | IOException e) {
            return new Mail(Instant.EPOCH, List.of(), "(unreadable mail)", e.getMessage() == null ? "" : e.getMessage());
        }
    }
}
