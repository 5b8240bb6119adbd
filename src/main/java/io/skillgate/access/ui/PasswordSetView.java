package io.skillgate.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import io.skillgate.access.PasswordLinkException;
import io.skillgate.access.PasswordLinkService;
import io.skillgate.access.UserService;

/**
 * {@code /password/<token>}: the page the password link opens. New password twice; the policy's refusals show at the
 * field; an invalid, used or expired link says so and offers a new one. Success leads to the sign-in page.
 */
@Route(value = PasswordLinkService.PATH + "/:token", autoLayout = false)
@AnonymousAllowed
public class PasswordSetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PasswordLinkService passwordLinks;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private String token = "";

    public PasswordSetView(PasswordLinkService passwordLinks) {
        this.passwordLinks = passwordLinks;
        setMaxWidth("30rem");
        getStyle().set("margin", "0 auto");
        password.setLabel(getTranslation("access.password.set.new"));
        password.setId("password-new");
        password.setHelperText(getTranslation("access.password.set.rule", UserService.MIN_PASSWORD_LENGTH));
        password.setMaxLength(UserService.MAX_PASSWORD_BYTES);
        password.setWidthFull();
        repeat.setLabel(getTranslation("access.password.set.repeat"));
        repeat.setId("password-repeat");
        repeat.setMaxLength(UserService.MAX_PASSWORD_BYTES);
        repeat.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("access.password.set.title")));
        if (!passwordLinks.usable(token)) {
            showInvalid();
            return;
        }
        Button save = new Button(getTranslation("access.password.set.submit"), e -> submit());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, repeat, save);
    }

    private void showInvalid() {
        removeAll();
        Paragraph invalid = new Paragraph(getTranslation("access.password.set.invalid"));
        invalid.setId("password-invalid");
        add(new H1(getTranslation("access.password.set.title")), invalid,
                new Anchor(PasswordLinkService.PATH, getTranslation("access.password.set.ask-again")),
                new Anchor("login", getTranslation("access.password.back")));
    }

    private void submit() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("access.password.set.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            passwordLinks.complete(token, password.getValue(), request == null ? null : request.getRemoteAddr());
        } catch (PasswordLinkException refused) {
            switch (refused.reason()) {
                case PASSWORD_TOO_SHORT -> fieldError("access.password.set.too-short", UserService.MIN_PASSWORD_LENGTH);
                case PASSWORD_TOO_LONG -> fieldError("access.password.set.too-long", UserService.MAX_PASSWORD_BYTES);
                case INVALID_LINK -> showInvalid();
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("password-set", "")));
    }

    private void fieldError(String key, int limit) {
        password.setErrorMessage(getTranslation(key, limit));
        password.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.password.set.title") + " · Skillgate";
    }
}
