package io.skillgate.sso.ui;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.sso.IdpCertificate;
import io.skillgate.sso.IdpSource;
import io.skillgate.sso.SamlTestIdp;
import io.skillgate.sso.SsoFixture;
import io.skillgate.sso.SsoService;
import io.skillgate.sso.SsoSettingsDetails;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins set up SSO on its page: saved certificates are listed with their expiry, refusals are shown at the field
 * they concern and save nothing, the test result is shown on return; recruiters cannot open the page.
 */
class SsoSettingsViewTest extends KaribuTest {

    private SsoFixture openAsNewCompanyAdmin() {
        SsoFixture fixture = new SsoFixture(context, new SamlTestIdp());
        signIn(fixture.admin.email());
        UI.getCurrent().navigate(SsoSettingsView.class);
        return fixture;
    }

    @SuppressWarnings("unchecked")
    private static void manual(String certificate1, String certificate2) {
        _setValue(_get(Checkbox.class, spec -> spec.withId("sso-enabled")), true);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("sso-source")), IdpSource.MANUAL);
        _setValue(_get(TextField.class, spec -> spec.withId("sso-idp-sso-url")), SamlTestIdp.SSO_URL);
        _setValue(_get(TextField.class, spec -> spec.withId("sso-idp-entity-id")), SamlTestIdp.ENTITY_ID);
        _setValue(_get(TextArea.class, spec -> spec.withId("sso-certificate-1")), certificate1);
        _setValue(_get(TextArea.class, spec -> spec.withId("sso-certificate-2")), certificate2);
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void anAdminSavesManualSettingsAndSeesTheCertificatesWithTheirExpiry() {
        SsoFixture fixture = openAsNewCompanyAdmin();
        assertThat(text("sso-resolved")).contains("No IdP saved yet");
        SamlTestIdp rollover = new SamlTestIdp(SamlTestIdp.ENTITY_ID, "CN=Expiring IdP", Duration.ofDays(10));
        manual(fixture.idp.certificatePem(), rollover.certificatePem());
        _click(_get(Button.class, spec -> spec.withId("sso-save")));

        SsoSettingsDetails saved = fixture.settings();
        assertThat(saved.configured()).isTrue();
        assertThat(saved.enabled()).isTrue();
        assertThat(saved.certificates()).extracting(IdpCertificate::subject)
                .containsExactly("CN=Test IdP", "CN=Expiring IdP");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale()).withZone(ZoneOffset.UTC);
        assertThat(text("sso-resolved")).contains(SamlTestIdp.ENTITY_ID, SamlTestIdp.SSO_URL);
        assertThat(text("sso-certificate-info-1")).contains("CN=Test IdP")
                .contains(date.format(saved.certificates().get(0).notAfter()))
                .doesNotContain("add the new certificate");
        assertThat(text("sso-certificate-info-2")).contains("CN=Expiring IdP")
                .contains("Expires on " + date.format(saved.certificates().get(1).notAfter())
                        + "; add the new certificate as certificate 2 now.");
        assertThat(_get(TextField.class, spec -> spec.withId("sso-sp-entity-id")).getValue())
                .isEqualTo(saved.spEntityId());
    }

    @Test
    void aBadCertificateIsShownAtItsFieldAndNothingIsSaved() {
        SsoFixture fixture = openAsNewCompanyAdmin();
        manual("not a certificate", "");
        _click(_get(Button.class, spec -> spec.withId("sso-save")));

        TextArea certificate = _get(TextArea.class, spec -> spec.withId("sso-certificate-1"));
        assertThat(certificate.isInvalid()).isTrue();
        assertThat(certificate.getErrorMessage()).isNotBlank();
        assertThat(_get(TextArea.class, spec -> spec.withId("sso-certificate-2")).isInvalid()).isFalse();
        assertThat(fixture.settings().configured()).isFalse();
    }

    @Test
    void ssoOnlyWithoutASuccessfulTestIsRefusedAtTheSsoOnlyField() {
        SsoFixture fixture = new SsoFixture(context, new SamlTestIdp());
        fixture.enable();
        signIn(fixture.admin.email());
        UI.getCurrent().navigate(SsoSettingsView.class);
        _setValue(_get(Checkbox.class, spec -> spec.withId("sso-only")), true);
        _setValue(_get(EmailField.class, spec -> spec.withId("sso-break-glass")), fixture.admin.email());
        _click(_get(Button.class, spec -> spec.withId("sso-save")));

        Checkbox ssoOnly = _get(Checkbox.class, spec -> spec.withId("sso-only"));
        assertThat(ssoOnly.isInvalid()).isTrue();
        assertThat(ssoOnly.getErrorMessage()).contains("test sign-in");
        assertThat(_get(EmailField.class, spec -> spec.withId("sso-break-glass")).isInvalid()).isFalse();
        assertThat(fixture.settings().ssoOnly()).isFalse();
    }

    @Test
    void theTestResultIsShownOnReturnFromTheTestSignIn() {
        SsoFixture fixture = new SsoFixture(context, new SamlTestIdp());
        fixture.enable();
        context.getBean(SsoService.class).recordTest(fixture.company.id(), false, "The response was not signed",
                fixture.admin.email());
        signIn(fixture.admin.email());
        UI.getCurrent().navigate("single-sign-on", QueryParameters.of("test", ""));

        assertThat(text("sso-test-result")).contains("Test sign-in failed").contains("The response was not signed");
        assertThat(text("sso-last-test")).contains("Test sign-in failed");
    }

    @Test
    void aRecruiterCannotOpenIt() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("single-sign-on");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(AccessDeniedView.class);
    }
}
