package io.skillgate.sso.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.sso.SsoSettingsDetails;

/**
 * What the company's IdP needs from us (our entity id, the ACS URL, our SP metadata) and the link users may
 * bookmark to sign in; each value with a copy button.
 */
final class OurSidePanel extends VerticalLayout {

    OurSidePanel() {
        setPadding(false);
    }

    void show(SsoSettingsDetails details) {
        removeAll();
        Anchor metadata = new Anchor(details.spEntityId(), getTranslation("sso.sp.metadata.download"));
        metadata.setId("sso-sp-metadata");
        metadata.setRouterIgnore(true);
        metadata.getElement().setAttribute("download", "skillgate-sp-metadata-" + details.companySlug() + ".xml");
        add(value("sso-sp-entity-id", "sso.sp.entity-id", details.spEntityId()),
                value("sso-acs-url", "sso.sp.acs-url", details.acsUrl()), metadata,
                value("sso-start-url", "sso.sp.start-url", details.startUrl()));
    }

    private TextField value(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setMaxWidth("48em");
        field.setHelperText(getTranslation(labelKey + ".help"));
        Button copy = new Button(VaadinIcon.COPY_O.create());
        copy.setId(id + "-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        copy.setAriaLabel(getTranslation("sso.sp.copy", field.getLabel()));
        copy.setTooltipText(getTranslation("sso.sp.copy", field.getLabel()));
        copy.addClickListener(e -> {
            copy.getElement().executeJs("navigator.clipboard.writeText($0)", value);
            Notification.show(getTranslation("sso.sp.copied"), 2000, Notification.Position.BOTTOM_END);
        });
        field.setSuffixComponent(copy);
        return field;
    }
}
