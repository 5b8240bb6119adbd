package io.skillgate.security.ui;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;

import io.skillgate.access.ui.HomeView;
import io.skillgate.access.ui.PasswordRequestView;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    private static final String BAD_CREDENTIALS = "Incorrect e-mail or password. Check both and try again.";
    private static final String DEACTIVATED = "This account is deactivated. Ask an administrator of your company to "
            + "activate it again.";

    private static LoginForm openLoginAfterFailure(RuntimeException failure) {
        VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(true)
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        return _get(LoginForm.class);
    }

    /** The texts the browser component receives. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void showsAFormPostingToSpringSecurityWithoutAnErrorAtFirst() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(i18n(form)).contains("\"username\":\"E-mail\"");
    }

    @Test
    void aWrongPasswordOrUnknownUserGetsOneNeutralMessage() {
        LoginForm form = openLoginAfterFailure(new BadCredentialsException("Bad credentials"));
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains(BAD_CREDENTIALS).doesNotContain(DEACTIVATED);
    }

    @Test
    void aDeactivatedAccountIsNamedAsSuch() {
        LoginForm form = openLoginAfterFailure(new DisabledException("User is disabled"));
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains(DEACTIVATED).doesNotContain(BAD_CREDENTIALS);
    }

    @Test
    void anSsoSignInOfAUserWhoSignsInWithAPasswordOnlySaysSo() {
        UI.getCurrent().navigate("login", QueryParameters.of("sso-error", "password"));
        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("login-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("signs in with a password only");
    }

    @Test
    void forgotPasswordLeadsToThePasswordLinkPage() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(PasswordRequestView.class);
    }

    @Test
    void aPasswordSetByLinkIsConfirmed() {
        UI.getCurrent().navigate("login", QueryParameters.of("password-set", ""));
        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("login-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("Your password is set");
    }

    @Test
    void aSignedInUserIsSentOnToTheStartPage() {
        signIn(ADMIN);
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(HomeView.class);
    }
}
