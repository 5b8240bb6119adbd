package io.skillgate.access.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import io.skillgate.access.PasswordLinkService;

/**
 * {@code /password}: asks for a password link by e-mail. Whatever the address, the page says the same afterwards
 * (no one learns which addresses have accounts); the service decides whether a mail goes out.
 */
@Route(value = PasswordLinkService.PATH, autoLayout = false)
@AnonymousAllowed
public class PasswordRequestView extends VerticalLayout implements HasDynamicTitle {

    private final transient PasswordLinkService passwordLinks;
    private final EmailField email = new EmailField();
    private final Paragraph sent = new Paragraph();
    private final Button send = new Button();

    public PasswordRequestView(PasswordLinkService passwordLinks) {
        this.passwordLinks = passwordLinks;
        setMaxWidth("30rem");
        getStyle().set("margin", "0 auto");
        email.setLabel(getTranslation("access.password.request.email"));
        email.setId("password-email");
        email.setMaxLength(254);
        email.setWidthFull();
        email.setErrorMessage(getTranslation("access.password.request.email-invalid"));
        send.setText(getTranslation("access.password.request.submit"));
        send.setId("password-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit());
        send.addClickShortcut(Key.ENTER).listenOn(email);
        sent.setId("password-sent");
        sent.setText(getTranslation("access.password.request.sent"));
        sent.setVisible(false);
        add(new H1(getTranslation("access.password.request.title")),
                new Paragraph(getTranslation("access.password.request.intro")), email, send, sent,
                new Anchor("login", getTranslation("access.password.back")));
    }

    private void submit() {
        String address = email.getValue().strip();
        if (address.isEmpty() || email.isInvalid() || !address.contains("@")) {
            email.setInvalid(true);
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        String remote = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        passwordLinks.request(address, remote);
        email.clear();
        email.setInvalid(false);
        sent.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.password.request.title") + " · Skillgate";
    }
}
