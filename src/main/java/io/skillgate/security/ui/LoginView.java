package io.skillgate.security.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PasswordLinkService;
import io.skillgate.access.SignUpService;
import io.skillgate.sso.PendingSsoBinding;
import io.skillgate.sso.SsoOnlySignIn;

/**
 * Direct sign-in with e-mail and password. Spring Security handles the POST to {@code /login}; a failure
 * comes back as {@code /login?error}, and the view tells a wrong e-mail/password apart from a deactivated
 * account (which it only reveals after the right password was given).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Keys of the texts in {@code i18n/security*.properties}. */
    static final String BAD_CREDENTIALS = "security.login.error.bad-credentials";
    static final String DEACTIVATED = "security.login.error.deactivated";
    static final String CREATED = "security.login.created";
    static final String CONSENT_HINT = "security.login.consent-hint";
    static final String SSO_ONLY = "security.login.error.sso-only";
    static final String PASSWORD_SET = "security.login.password-set";

    private final transient AuthenticationContext authenticationContext;
    private final transient Clock clock;
    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final Div binding = new Div();

    public LoginView(AuthenticationContext authenticationContext, SignUpService signUp, Clock clock) {
        this.authenticationContext = authenticationContext;
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        // "forgot password": a link by e-mail (access.PasswordLinkService), also for users created without a password
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate(PasswordLinkService.PATH)));
        login.setI18n(i18n(BAD_CREDENTIALS));
        notice.setId("login-notice");
        notice.setVisible(false);
        binding.setId("sso-binding");
        binding.setVisible(false);
        binding.setMaxWidth("30em");
        binding.getStyle().set("border", "2px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        add(new H1("Skillgate"), new Paragraph(getTranslation("security.login.tagline")), notice, binding, login,
                ssoForm());
        if (signUp.enabled()) {
            Anchor signUpLink = new Anchor("signup", getTranslation("security.login.signup"));
            signUpLink.setId("signup-link");
            add(signUpLink);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("created")) {
            showNotice(CREATED);
        } else if (parameters.containsKey("password-set")) {
            showNotice(PASSWORD_SET);
        } else if (parameters.containsKey("sso-error")) {
            String reason = parameters.get("sso-error").get(0);
            showNotice(switch (reason) {
                case "inactive" -> "security.login.sso.error.inactive";
                case "unknown" -> "security.login.sso.error.unknown";
                case "password" -> "security.login.sso.error.password";
                default -> "security.login.sso.error.refused";
            });
        } else if (parameters.containsKey("sso-unknown")) {
            showNotice("security.login.sso.error.no-company");
        } else if (storedRedirect().startsWith("connect/")) {
            showNotice(CONSENT_HINT);
        }
        PendingSsoBinding pending = pendingBinding();
        if (pending != null) {
            binding.removeAll();
            binding.add(new H3(getTranslation("security.login.sso.binding.title")),
                    new Paragraph(getTranslation("security.login.sso.binding.text", pending.nameId())),
                    new Paragraph(getTranslation("security.login.sso.binding.risk")));
            binding.setVisible(true);
        }
        if (parameters.containsKey("error")) {
            Object failure = lastFailure();
            login.setI18n(i18n(failure instanceof SsoOnlySignIn ? SSO_ONLY
                    : failure instanceof DisabledException ? DEACTIVATED : BAD_CREDENTIALS));
            login.setError(true);
        }
    }

    private void showNotice(String key) {
        notice.setText(getTranslation(key));
        notice.setVisible(true);
    }

    /**
     * "Sign in with your company's SSO": the company's id (its slug, shown to admins with the sign-in link) leads
     * to {@code /sso?company=…}, which starts the sign-in at the company's IdP.
     */
    private Component ssoForm() {
        TextField company = new TextField(getTranslation("security.login.sso.company"));
        company.setId("sso-company");
        company.setHelperText(getTranslation("security.login.sso.company-help"));
        company.setMaxLength(64);
        company.setWidthFull();
        Button go = new Button(getTranslation("security.login.sso.submit"), click -> {
            if (company.getValue().isBlank()) {
                company.setInvalid(true);
                return;
            }
            getUI().ifPresent(ui -> ui.getPage().setLocation("sso?company="
                    + URLEncoder.encode(company.getValue().strip(), StandardCharsets.UTF_8)));
        });
        go.setId("sso-submit");
        go.setWidthFull();
        go.addClickShortcut(Key.ENTER).listenOn(company);
        Details details = new Details(getTranslation("security.login.sso.title"), new VerticalLayout(company, go));
        details.setId("sso-details");
        details.setWidth("20em");
        return details;
    }

    /** The session's pending SSO binding (an unknown NameID waiting for a direct sign-in), if still valid. */
    private @Nullable PendingSsoBinding pendingBinding() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session != null && session.getAttribute(PendingSsoBinding.SESSION_ATTRIBUTE)
                instanceof PendingSsoBinding pending && pending.expiresAt().isAfter(clock.instant()) ? pending : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " · Skillgate";
    }

    /**
     * Where the sign-in will continue: the page the visitor was sent here from, kept by Vaadin's access control
     * (navigation inside the UI) or by Spring Security's request cache (a page requested directly).
     */
    private static String storedRedirect() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        if (session == null) {
            return "";
        }
        if (session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT) instanceof String path) {
            return path;
        }
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request.getHttpServletRequest(), null);
        String path = saved == null ? null : URI.create(saved.getRedirectUrl()).getPath();
        return path == null || path.isEmpty() ? "" : path.substring(1);
    }

    private static @Nullable Object lastFailure() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** Every text of the login form in the UI's language; {@code errorMessage} is a key. */
    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgot-password"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(errorMessage));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.error.password-required"));
        return i18n;
    }
}
