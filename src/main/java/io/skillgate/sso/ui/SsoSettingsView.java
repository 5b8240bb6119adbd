package io.skillgate.sso.ui;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.sso.SaveSsoSettingsCommand;
import io.skillgate.sso.SsoService;
import io.skillgate.sso.SsoSettingsDetails;
import io.skillgate.sso.SsoSettingsRefused;

/**
 * Company admins: the company's SAML single sign-on. What the IdP needs from us, the IdP's settings, how sign-ins
 * work, and the test sign-in ({@code ?test} is where it comes back to). {@link SsoService} checks everything; its
 * refusal is shown at the field it names.
 */
@Route("single-sign-on")
@Menu(order = 56, title = "sso.settings.title")
@RolesAllowed("ADMIN")
public class SsoSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SsoService sso;
    private final PortalUserPrincipal admin;
    private final Div testBanner = new Div();
    private final Checkbox enabled = new Checkbox();
    private final OurSidePanel ourSide = new OurSidePanel();
    private final IdpForm idp = new IdpForm();
    private final SignInOptions options = new SignInOptions();
    private final TestSignInPanel test = new TestSignInPanel();
    private final Paragraph lastChange = new Paragraph();

    public SsoSettingsView(SsoService sso, AuthenticationContext authentication) {
        this.sso = sso;
        this.admin = authentication.getAuthenticatedUser(PortalUserPrincipal.class).orElseThrow();
        addClassName("sso-settings-view");
        setMaxWidth("60rem");
        testBanner.setId("sso-test-banner");
        enabled.setId("sso-enabled");
        enabled.setLabel(getTranslation("sso.enabled"));
        enabled.setHelperText(getTranslation("sso.enabled.help"));
        Button save = new Button(getTranslation("sso.save"), e -> save());
        save.setId("sso-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        lastChange.setId("sso-last-change");
        lastChange.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new Paragraph(getTranslation("sso.intro")), testBanner, enabled,
                new H3(getTranslation("sso.sp.heading")), new Paragraph(getTranslation("sso.sp.intro")), ourSide,
                new H3(getTranslation("sso.idp.heading")), idp,
                new H3(getTranslation("sso.options.heading")), options, save, lastChange,
                new H3(getTranslation("sso.test.heading")), test);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        SsoSettingsDetails details = sso.settings(admin);
        show(details);
        if (!sso.available()) {
            banner(null, getTranslation("sso.unavailable"));
        } else if (query.containsKey("test-refused")) {
            banner(null, getTranslation("sso.test.refused"));
        } else if (query.containsKey("test")) {
            banner(test.result(details, SsoFormats.of(UI.getCurrent()), "sso-test-result", true),
                    getTranslation("sso.test.none"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.settings.title");
    }

    private void banner(@Nullable Div result, String otherwise) {
        testBanner.removeAll();
        if (result != null) {
            testBanner.add(result);
        } else {
            Paragraph text = new Paragraph(otherwise);
            text.getElement().setAttribute("role", "alert");
            text.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            testBanner.add(text);
        }
        testBanner.setVisible(true);
    }

    private void show(SsoSettingsDetails details) {
        SsoFormats formats = SsoFormats.of(UI.getCurrent());
        testBanner.setVisible(false);
        enabled.setValue(details.enabled());
        ourSide.show(details);
        idp.show(details, formats);
        options.show(details);
        test.show(details, formats);
        lastChange.setText(details.updatedAt() == null ? "" : getTranslation("sso.last-change",
                formats.dateTime(details.updatedAt()), details.updatedBy() == null ? "" : details.updatedBy()));
    }

    private void save() {
        for (HasValidationProperties field : List.of(idp.metadataUrl, idp.metadataXml, idp.ssoUrl, idp.entityId,
                idp.certificate1, idp.certificate2, options.ssoOnly, options.breakGlassEmail)) {
            field.setInvalid(false);
        }
        try {
            show(sso.save(admin, command(), remoteAddress()));
            Notification.show(getTranslation("sso.saved"), 4000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SsoSettingsRefused refused) {
            HasValidationProperties field = field(refused.field());
            if (field == null) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }

    private SaveSsoSettingsCommand command() {
        return new SaveSsoSettingsCommand(enabled.getValue(), idp.source.getValue(), idp.metadataUrl.getValue(),
                idp.metadataXml.getValue(), idp.entityId.getValue(), idp.ssoUrl.getValue(), idp.certificate1.getValue(),
                idp.certificate2.getValue(), options.signatureAlgorithm.getValue(), options.nameIdFormat.getValue(),
                options.idpInitiated.getValue(), options.loginBinding.getValue(), options.ssoOnly.getValue(),
                options.breakGlassEmail.getValue());
    }

    private @Nullable HasValidationProperties field(SsoSettingsRefused.Field field) {
        return switch (field) {
            case METADATA_URL -> idp.metadataUrl;
            case METADATA_XML -> idp.metadataXml;
            case IDP_ENTITY_ID -> idp.entityId;
            case IDP_SSO_URL -> idp.ssoUrl;
            case CERTIFICATE_1 -> idp.certificate1;
            case CERTIFICATE_2 -> idp.certificate2;
            case SSO_ONLY -> options.ssoOnly;
            case BREAK_GLASS_EMAIL -> options.breakGlassEmail;
            case ACCESS -> null;
        };
    }

    private static @Nullable String remoteAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
