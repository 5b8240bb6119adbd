package io.skillgate.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.SignUpCommand;
import io.skillgate.access.SignUpService;
import io.skillgate.access.UserException;

/**
 * Self-service sign-up: a new customer company and its first admin. Afterwards the person signs in; a page they
 * were on the way to (the consent page SR sent them to) is kept by the sign-in round trip.
 */
@Route(value = SignUpView.PATH, autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "signup";

    private final transient SignUpService signUp;
    private final transient AuthenticationContext authenticationContext;
    final TextField companyName = new TextField();
    final EmailField email = new EmailField();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final PasswordField password = new PasswordField();
    final Paragraph error = new Paragraph();
    final Button create = new Button();

    public SignUpView(SignUpService signUp, AuthenticationContext authenticationContext) {
        this.signUp = signUp;
        this.authenticationContext = authenticationContext;
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
        error.setId("signup-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        companyName.setLabel(getTranslation("access.signup.company"));
        email.setLabel(getTranslation("access.signup.email"));
        firstName.setLabel(getTranslation("access.signup.first-name"));
        lastName.setLabel(getTranslation("access.signup.last-name"));
        password.setLabel(getTranslation("access.signup.password"));
        create.setText(getTranslation("access.signup.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> submit());
        companyName.setId("signup-company");
        email.setId("signup-email");
        firstName.setId("signup-first-name");
        lastName.setId("signup-last-name");
        password.setId("signup-password");
        create.setId("signup-create");
        companyName.setMaxLength(200);
        email.setMaxLength(254);
        firstName.setMaxLength(100);
        lastName.setMaxLength(100);
        password.setMaxLength(72);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        removeAll();
        add(new H1(getTranslation("access.signup.title")));
        if (!signUp.enabled()) {
            add(new Paragraph(getTranslation("access.signup.disabled")),
                    new Anchor("login", getTranslation("access.signup.sign-in")));
            return;
        }
        add(new Paragraph(getTranslation("access.signup.intro")),
                new FormLayout(companyName, email, firstName, lastName, password), error, create,
                new Anchor("login", getTranslation("access.signup.have-account")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.signup.title") + " · Skillgate";
    }

    private void submit() {
        try {
            signUp.signUp(new SignUpCommand(companyName.getValue(), email.getValue(), firstName.getValue(),
                    lastName.getValue(), password.getValue()));
            getUI().ifPresent(ui -> ui.navigate("login", com.vaadin.flow.router.QueryParameters.of("created", "")));
        } catch (UserException refused) {
            error.setText(refused.getMessage());
        }
    }
}
