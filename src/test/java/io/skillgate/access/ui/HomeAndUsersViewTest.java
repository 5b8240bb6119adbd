package io.skillgate.access.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SsoLoginMode;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserLocation;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class HomeAndUsersViewTest extends KaribuTest {

    @Test
    void theStartPageGreetsTheUserWithCompanyAndRole() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Welcome, Rey Recruiter");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("You are signed in to Acme as a recruiter.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSeesTheCompanysUsers() {
        signIn(ADMIN);
        UI.getCurrent().navigate("users");
        Grid<UserSummary> grid = _get(Grid.class);
        assertThat(_findAll(grid)).extracting(UserSummary::email)
                .contains("admin@acme.test", "recruiter@acme.test")
                .doesNotContain(OPERATOR);
    }

    private record Tenant(UserService users, String admin, String recruiter) {
        long id(String email) {
            return users.loadPrincipal(email).orElseThrow().userId();
        }

        UserSummary user(String email) {
            return users.find(id(email)).orElseThrow();
        }
    }

    /** A company of its own with an admin (Ada) and a recruiter (Rita), the admin signed in on the users page. */
    private Tenant signedInTenant() {
        UserService users = context.getBean(UserService.class);
        String suffix = Long.toString(System.nanoTime());
        CompanyId company = context.getBean(CompanyService.class).create("Ident Corp " + suffix, "test").id();
        Tenant tenant = new Tenant(users, "admin-" + suffix + "@ident.test", "rita-" + suffix + "@ident.test");
        users.create(new CreateUserCommand(company, tenant.admin(), "Ada", "Admin", SystemRole.ADMIN,
                "correct-horse-battery", true), "test");
        users.create(new CreateUserCommand(company, tenant.recruiter(), "Rita", "Recruiter", SystemRole.RECRUITER,
                "correct-horse-battery", true), "test");
        signIn(tenant.admin());
        UI.getCurrent().navigate("users");
        return tenant;
    }

    @SuppressWarnings("unchecked")
    private static Button action(String email, String text) {
        Grid<UserSummary> grid = _get(Grid.class);
        Component actions = _getCellComponent(grid, row(grid, email), "actions");
        return _get(actions, Button.class, spec -> spec.withText(text));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("user-save")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminAddsAnActiveUserWithRoleAndSsoIdentifierAndADuplicateEmailIsRefusedAtTheField() {
        Tenant tenant = signedInTenant();
        String email = "new-" + System.nanoTime() + "@ident.test";
        _click(_get(Button.class, spec -> spec.withId("users-add")));
        assertThat(_get(Checkbox.class, spec -> spec.withId("user-active")).getValue()).isTrue();
        _setValue(_get(EmailField.class, spec -> spec.withId("user-email")), email);
        _setValue(field("user-first-name"), "Nora");
        _setValue(field("user-last-name"), "New");
        _setValue(_get(Select.class, spec -> spec.withId("user-role")), SystemRole.AUDITOR);
        _setValue(field("user-sso-identifier"), "Nora@IdP");
        save();

        UserSummary created = tenant.user(email);
        assertThat(created.active()).isTrue();
        assertThat(created.role()).isEqualTo(SystemRole.AUDITOR);
        assertThat(created.ssoIdentifier()).isEqualTo("Nora@IdP");
        assertThat(created.displayName()).isEqualTo("Nora New");
        Grid<UserSummary> grid = _get(Grid.class);
        assertThat(_getFormatted(grid, row(grid, email), "sso")).isEqualTo("Nora@IdP");
        _assertNone(Dialog.class);

        _click(_get(Button.class, spec -> spec.withId("users-add")));
        _setValue(_get(EmailField.class, spec -> spec.withId("user-email")), tenant.recruiter());
        _setValue(field("user-first-name"), "Dup");
        _setValue(field("user-last-name"), "Licate");
        save();
        EmailField emailField = _get(EmailField.class, spec -> spec.withId("user-email"));
        assertThat(emailField.isInvalid()).isTrue();
        assertThat(emailField.getErrorMessage()).contains("already exists");
        assertThat(tenant.user(tenant.recruiter()).firstName()).isEqualTo("Rita");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminEditsNameRoleAndProfileAndARefusedValueStaysUnsaved() {
        Tenant tenant = signedInTenant();
        _click(action(tenant.recruiter(), "Edit"));
        _setValue(field("user-first-name"), "Rita Maria");
        _setValue(_get(Select.class, spec -> spec.withId("user-role")), SystemRole.ADMIN);
        _setValue(_get(ComboBox.class, spec -> spec.withId("user-language")), "de");
        _setValue(_get(Select.class, spec -> spec.withId("user-login-mode")), SsoLoginMode.PASSWORD);
        _setValue(field("user-country"), "de");
        _setValue(field("user-city"), "Berlin");
        save();

        UserSummary changed = tenant.user(tenant.recruiter());
        assertThat(changed.firstName()).isEqualTo("Rita Maria");
        assertThat(changed.role()).isEqualTo(SystemRole.ADMIN);
        assertThat(changed.profile().languageCode()).isEqualTo("de");
        assertThat(changed.profile().ssoLoginMode()).isEqualTo(SsoLoginMode.PASSWORD);
        assertThat(changed.profile().location()).isEqualTo(new UserLocation("DE", "Berlin", null, null, null));

        _click(action(tenant.recruiter(), "Edit"));
        assertThat(field("user-country").getValue()).isEqualTo("DE");
        _setValue(field("user-country"), "Germany");
        _setValue(field("user-last-name"), "Renamed");
        save();
        assertThat(field("user-country").isInvalid()).isTrue();
        assertThat(field("user-country").getErrorMessage()).contains("two letters");
        assertThat(tenant.user(tenant.recruiter())).isEqualTo(changed);
    }

    @Test
    void aDuplicateSsoIdentifierIsRefusedAtTheField() {
        Tenant tenant = signedInTenant();
        _click(action(tenant.recruiter(), "Edit"));
        _setValue(field("user-sso-identifier"), "Rita.R@IdP");
        save();
        assertThat(tenant.user(tenant.recruiter()).ssoIdentifier()).isEqualTo("Rita.R@IdP");

        _click(action(tenant.admin(), "Edit"));
        _setValue(field("user-sso-identifier"), "Rita.R@IdP");
        save();
        assertThat(field("user-sso-identifier").isInvalid()).isTrue();
        assertThat(field("user-sso-identifier").getErrorMessage()).contains("already signs in with this SSO identifier");
        assertThat(tenant.user(tenant.admin()).ssoIdentifier()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminDeactivatesAfterConfirmingAndActivatesAgain() {
        Tenant tenant = signedInTenant();
        _click(action(tenant.recruiter(), "Deactivate"));
        assertThat(tenant.user(tenant.recruiter()).active()).isTrue(); // not before the confirmation
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(tenant.user(tenant.recruiter()).active()).isFalse();
        Grid<UserSummary> grid = _get(Grid.class);
        assertThat(_getFormatted(grid, row(grid, tenant.recruiter()), "status")).isEqualTo("Inactive");

        _click(action(tenant.recruiter(), "Activate"));
        assertThat(tenant.user(tenant.recruiter()).active()).isTrue();
        assertThat(_getFormatted(grid, row(grid, tenant.recruiter()), "status")).isEqualTo("Active");
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        Tenant tenant = signedInTenant();
        _click(action(tenant.admin(), "Deactivate"));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(tenant.user(tenant.admin()).active()).isTrue();
        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).contains("cannot deactivate yourself"));
    }

    private static int row(Grid<UserSummary> grid, String email) {
        List<UserSummary> rows = _findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).email().equals(email)) {
                return i;
            }
        }
        throw new AssertionError(email + " is not listed");
    }
}
