package io.skillgate.sandbox.ui;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

import io.skillgate.sandbox.SandboxMailbox;

/**
 * {@code /sandbox/mailbox} (dev and tests only, registered by {@link SandboxRouteRegistration}): every mail the
 * portal sent through the sandbox's SMTP server, newest first, refreshed every two seconds, with the candidate
 * links clickable — so a person can follow an invitation without a mail account.
 */
@PageTitle("Mailbox · Sandbox")
@AnonymousAllowed
public class SandboxMailboxView extends VerticalLayout {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final transient SandboxMailbox mailbox;
    private final VerticalLayout mails = new VerticalLayout();
    private List<SandboxMailbox.Mail> shown = List.of();
    private @Nullable Registration poll;

    public SandboxMailboxView(SandboxMailbox mailbox) {
        this.mailbox = mailbox;
        mails.setPadding(false);
        mails.setId("sandbox-mails");
        add(new H2("Sandbox mailbox"), new Paragraph("Mail the portal sent (invitations, reminders) lands here "
                + "instead of in anyone's inbox. SMTP on 127.0.0.1:" + mailbox.port() + "."),
                new Anchor("sandbox", "Back to playing SmartRecruiters"), mails);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(SandboxView.POLL_MILLIS);
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        List<SandboxMailbox.Mail> now = mailbox.mails();
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        mails.removeAll();
        if (now.isEmpty()) {
            mails.add(new Paragraph("No mail yet. Order a regular assessment on the sandbox page: its invitation "
                    + "arrives here within seconds."));
        }
        for (SandboxMailbox.Mail mail : now) {
            VerticalLayout body = new VerticalLayout(new Pre(mail.body()));
            body.setPadding(false);
            links(mail.body()).forEach(link -> body.add(new Anchor(link, "Open " + link)));
            Details item = new Details(SandboxView.TIME.format(mail.receivedAt()) + " · " + String.join(", ", mail.to())
                    + " · " + mail.subject(), body);
            item.addClassName("sandbox-mail");
            mails.add(item);
        }
    }

    private static List<String> links(String text) {
        return LINK.matcher(text).results().map(MatchResult::group).toList();
    }
}
