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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Sign in · Skillgate")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String BAD_CREDENTIALS = "Incorrect e-mail or password. Check both and try again.";
    static final String DEACTIVATED = "This account is deactivated. Ask an administrator of your company to "
            + "activate it again.";
    static final String CREATED = "Your company account is ready. Sign in with your e-mail and password.";
    static final String CONSENT_HINT = "SmartRecruiters sent you here to connect your company. Sign in as an "
            + "administrator of your company to continue.";

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
        add(new H1("Skillgate"), new Paragraph("Assessments for SmartRecruiters"), notice, login);
        if (signUp.enabled()) {
            Anchor signUpLink = new Anchor("signup", "New to Skillgate? Create a company account");
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
            notice.setText(CREATED);
            notice.setVisible(true);
        } else if (storedRedirect().startsWith("connect/")) {
            notice.setText(CONSENT_HINT);
            notice.setVisible(true);
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setI18n(i18n(lastFailure() instanceof DisabledException ? DEACTIVATED : BAD_CREDENTIALS));
            login.setError(true);
        }
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

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
