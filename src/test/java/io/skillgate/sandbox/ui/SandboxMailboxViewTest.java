package io.skillgate.sandbox.ui;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;

import io.skillgate.sandbox.SandboxMailbox;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's mailbox page: mail sent through the app's mail sender (to the sandbox's SMTP) with its links. */
class SandboxMailboxViewTest extends KaribuTest {

    @Autowired
    private JavaMailSender mail;

    @Autowired
    private SandboxMailbox mailbox;

    @Test
    void mailTheAppSentIsListedWithItsLinksAndWithoutSigningIn() {
        String to = "mailbox-" + UUID.randomUUID() + "@example.com";
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("no-reply@skillgate.invalid");
        message.setTo(to);
        message.setSubject("Your assessment: Mailbox test");
        message.setText("Start here: http://localhost:8080/assessment/abc123\n");
        mail.send(message);
        assertThat(mailbox.mailsTo(to)).as("the real SMTP server got it").hasSize(1);

        UI.getCurrent().navigate("sandbox/mailbox");

        List<String> summaries = _find(Details.class).stream().map(Details::getSummaryText).toList();
        assertThat(summaries).anyMatch(s -> s.contains(to) && s.endsWith("Your assessment: Mailbox test"));
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .contains("http://localhost:8080/assessment/abc123", "sandbox");
    }
}
