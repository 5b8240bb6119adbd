package io.skillgate.access.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.access.SystemRole;
import io.skillgate.access.UserException;
import io.skillgate.access.UserSummary;

/**
 * The form both user dialogs share: names, role and SSO identifier, a Save that calls the service, and the service's
 * refusal shown at the field it concerns or as the dialog's error text (the dialog stays open, nothing is saved).
 */
abstract class UserDialog extends Dialog {

    protected final FormLayout form = new FormLayout();
    protected final TextField firstName = field("access.users.field.first-name", "user-first-name");
    protected final TextField lastName = field("access.users.field.last-name", "user-last-name");
    protected final Select<SystemRole> role = new Select<>();
    protected final TextField ssoIdentifier = field("access.users.sso.field", "user-sso-identifier");
    private final Paragraph error = new Paragraph();
    private final List<HasValidation> marked = new ArrayList<>();

    /** @param saved runs after a successful save */
    protected UserDialog(String id, Runnable saved) {
        setId(id);
        setWidth("40rem");
        role.setId("user-role");
        role.setLabel(getTranslation("access.users.field.role"));
        role.setItems(SystemRole.COMPANY_ROLES);
        role.setItemLabelGenerator(this::roleName);
        ssoIdentifier.setHelperText(getTranslation("access.users.sso.field.help"));
        error.setId("user-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        form.add(firstName, lastName, role, ssoIdentifier);
        form.setColspan(ssoIdentifier, 2);
        add(error, form);
        Button save = new Button(getTranslation("access.users.save"), e -> {
            clearRefusal();
            try {
                UserSummary user = save();
                Notification.show(getTranslation(savedMessageKey(), user.displayName()), 4000,
                        Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                saved.run();
            } catch (UserException refused) {
                showRefusal(refused);
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.cancel"), e -> close()), save);
    }

    /** Calls the service; a {@link UserException} keeps the dialog open with its message. */
    protected abstract UserSummary save();

    /** The text shown when saved, with the user's name as {0}. */
    protected abstract String savedMessageKey();

    /** The fields a refusal concerns, each with its message (empty: shown as the dialog's error text). */
    protected Map<HasValidation, String> atFields(UserException refused) {
        return refused.reason() == UserException.Reason.DUPLICATE_SSO_IDENTIFIER
                ? Map.of(ssoIdentifier, refused.getMessage()) : Map.of();
    }

    private void showRefusal(UserException refused) {
        Map<HasValidation, String> fields = atFields(refused);
        fields.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
            marked.add(field);
        });
        if (fields.isEmpty()) {
            error.setText(refused.getMessage());
            error.setVisible(true);
        }
    }

    private void clearRefusal() {
        marked.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        marked.clear();
        error.setVisible(false);
    }

    protected final String roleName(SystemRole systemRole) {
        return getTranslation("access.users.role." + systemRole.name().toLowerCase(Locale.ROOT));
    }

    protected final TextField field(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    protected static @Nullable String orNull(String value) {
        return value.isBlank() ? null : value;
    }
}
