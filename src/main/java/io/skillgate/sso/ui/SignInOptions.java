package io.skillgate.sso.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;

import io.skillgate.sso.NameIdFormat;
import io.skillgate.sso.SignatureAlgorithm;
import io.skillgate.sso.SsoSettingsDetails;

/**
 * How sign-ins through the IdP work: signature algorithm, NameID format, IdP-initiated sign-in, login binding (with
 * its risk spelled out) and "SSO only" with the break-glass admin.
 */
final class SignInOptions extends VerticalLayout {

    final Select<SignatureAlgorithm> signatureAlgorithm = new Select<>();
    final Select<NameIdFormat> nameIdFormat = new Select<>();
    final Checkbox idpInitiated = new Checkbox();
    final Checkbox loginBinding = new Checkbox();
    final Checkbox ssoOnly = new Checkbox();
    final EmailField breakGlassEmail = new EmailField();

    SignInOptions() {
        setPadding(false);
        signatureAlgorithm.setId("sso-signature-algorithm");
        signatureAlgorithm.setLabel(getTranslation("sso.options.algorithm"));
        signatureAlgorithm.setItems(SignatureAlgorithm.values());
        signatureAlgorithm.setItemLabelGenerator(a -> getTranslation("sso.options.algorithm." + a.name()));
        signatureAlgorithm.setHelperText(getTranslation("sso.options.algorithm.help"));
        signatureAlgorithm.setWidth("22em");
        nameIdFormat.setId("sso-nameid-format");
        nameIdFormat.setLabel(getTranslation("sso.options.nameid"));
        nameIdFormat.setItems(NameIdFormat.values());
        nameIdFormat.setItemLabelGenerator(f -> getTranslation("sso.options.nameid." + f.name()));
        nameIdFormat.setHelperText(getTranslation("sso.options.nameid.help"));
        nameIdFormat.setWidth("22em");
        idpInitiated.setId("sso-idp-initiated");
        idpInitiated.setLabel(getTranslation("sso.options.idp-initiated"));
        idpInitiated.setHelperText(getTranslation("sso.options.idp-initiated.help"));
        loginBinding.setId("sso-login-binding");
        loginBinding.setLabel(getTranslation("sso.options.login-binding"));
        loginBinding.setHelperText(getTranslation("sso.options.login-binding.help"));
        ssoOnly.setId("sso-only");
        ssoOnly.setLabel(getTranslation("sso.options.sso-only"));
        ssoOnly.setHelperText(getTranslation("sso.options.sso-only.help"));
        ssoOnly.setManualValidation(true);
        breakGlassEmail.setId("sso-break-glass");
        breakGlassEmail.setLabel(getTranslation("sso.options.break-glass"));
        breakGlassEmail.setHelperText(getTranslation("sso.options.break-glass.help"));
        breakGlassEmail.setWidth("22em");
        add(signatureAlgorithm, nameIdFormat, idpInitiated, loginBinding,
                warning("sso-login-binding-risk", getTranslation("sso.options.login-binding.risk")), ssoOnly,
                breakGlassEmail);
    }

    void show(SsoSettingsDetails details) {
        signatureAlgorithm.setValue(details.signatureAlgorithm());
        nameIdFormat.setValue(details.nameIdFormat());
        idpInitiated.setValue(details.idpInitiatedAllowed());
        loginBinding.setValue(details.loginBindingAllowed());
        ssoOnly.setValue(details.ssoOnly());
        breakGlassEmail.setValue(details.breakGlassEmail() == null ? "" : details.breakGlassEmail());
    }

    /** A risk stated plainly: always visible next to the option it belongs to. */
    private static Component warning(String id, String text) {
        Icon icon = VaadinIcon.WARNING.create();
        icon.getStyle().set("flex", "none").set("color", "var(--lumo-error-text-color)");
        Div box = new Div(icon, new Span(text));
        box.setId(id);
        box.getElement().setAttribute("role", "note");
        box.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "flex-start")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-inline-start", "4px solid var(--lumo-error-color-50pct)")
                .set("background", "var(--lumo-contrast-5pct)").set("font-size", "var(--lumo-font-size-s)")
                .set("max-width", "48em");
        return box;
    }
}
