package io.skillgate.access.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserAdminService;
import io.skillgate.access.UserException;
import io.skillgate.access.UserProfile;
import io.skillgate.access.UserSummary;

/** A new user of the admin's company: e-mail, names, role, optional SSO identifier, active or not. No password. */
final class AddUserDialog extends UserDialog {

    private final UserAdminService admins;
    private final PortalUserPrincipal admin;
    private final EmailField email = new EmailField(getTranslation("access.users.field.email"));
    private final Checkbox active = new Checkbox(getTranslation("access.users.field.active"), true);

    AddUserDialog(UserAdminService admins, PortalUserPrincipal admin, Runnable saved) {
        super("user-add-dialog", saved);
        setHeaderTitle(getTranslation("access.users.add.title"));
        this.admins = admins;
        this.admin = admin;
        email.setId("user-email");
        active.setId("user-active");
        role.setValue(SystemRole.RECRUITER);
        form.addComponentAsFirst(email);
        form.setColspan(email, 2);
        form.add(active);
        Paragraph noPassword = new Paragraph(getTranslation("access.users.add.no-password"));
        noPassword.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(noPassword);
        email.focus();
    }

    @Override
    protected UserSummary save() {
        return admins.create(admin, new CreateUserCommand(admin.requireCompanyId(), email.getValue(),
                firstName.getValue(), lastName.getValue(), role.getValue(), null, active.getValue(),
                UserProfile.NONE), orNull(ssoIdentifier.getValue()));
    }

    @Override
    protected String savedMessageKey() {
        return "access.users.added";
    }

    @Override
    protected Map<HasValidation, String> atFields(UserException refused) {
        return refused.reason() == UserException.Reason.DUPLICATE_EMAIL ? Map.of(email, refused.getMessage())
                : super.atFields(refused);
    }
}
