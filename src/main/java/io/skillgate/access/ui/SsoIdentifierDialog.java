package io.skillgate.access.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.UserException;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;

/**
 * Sets or clears one user's SSO identifier: it must equal the IdP's NameID exactly; empty means the e-mail address,
 * which is discouraged. A refusal (duplicate, invalid) is shown at the field.
 */
final class SsoIdentifierDialog extends Dialog {

    SsoIdentifierDialog(UserService users, PortalUserPrincipal admin, UserSummary user, Runnable saved) {
        setId("sso-identifier-dialog");
        setHeaderTitle(getTranslation("access.users.sso.title", user.displayName()));
        setWidth("36rem");
        TextField identifier = new TextField(getTranslation("access.users.sso.field"));
        identifier.setId("sso-identifier");
        identifier.setValue(user.ssoIdentifier() == null ? "" : user.ssoIdentifier());
        identifier.setPlaceholder(user.email());
        identifier.setHelperText(getTranslation("access.users.sso.field.help"));
        identifier.setWidthFull();
        identifier.setAutofocus(true);
        Button save = new Button(getTranslation("access.users.sso.save"), e -> {
            try {
                users.setSsoIdentifier(admin, user.id(), identifier.getValue());
                Notification.show(getTranslation("access.users.sso.saved", user.displayName()), 4000,
                        Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                saved.run();
            } catch (UserException refused) {
                identifier.setErrorMessage(refused.getMessage());
                identifier.setInvalid(true);
            }
        });
        save.setId("sso-identifier-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("access.users.sso.cancel"), e -> close());
        add(new Paragraph(getTranslation("access.users.sso.explain", user.email())), identifier);
        getFooter().add(cancel, save);
    }
}
