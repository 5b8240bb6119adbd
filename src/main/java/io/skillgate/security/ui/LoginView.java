package io.skillgate.security.ui;

import java.net.URI;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import com.vaadin.flow.component.html.Anchor;
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

import io.skillgate.access.SignUpService;

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

    private final transient AuthenticationContext authenticationContext;
    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(AuthenticationContext authenticationContext, SignUpService signUp) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(BAD_CREDENTIALS));
        notice.setId("login-notice");
        notice.setVisible(false);
        add(new H1("Skillgate"), new Paragraph(getTranslation("security.login.tagline")), notice, login);
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
        if (event.getLocation().getQueryParameters().getParameters().containsKey("created")) {
            notice.setText(getTranslation(CREATED));
            notice.setVisible(true);
        } else if (storedRedirect().startsWith("connect/")) {
            notice.setText(getTranslation(CONSENT_HINT));
            notice.setVisible(true);
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setI18n(i18n(lastFailure() instanceof DisabledException ? DEACTIVATED : BAD_CREDENTIALS));
            login.setError(true);
        }
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
