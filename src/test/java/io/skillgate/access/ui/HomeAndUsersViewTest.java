package io.skillgate.access.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
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

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSetsAUsersSsoIdentifierAndADuplicateIsRefusedAtTheField() {
        UserService users = context.getBean(UserService.class);
        String suffix = Long.toString(System.nanoTime());
        CompanyId company = context.getBean(CompanyService.class).create("Ident Corp " + suffix, "test").id();
        String admin = "admin-" + suffix + "@ident.test";
        String recruiter = "rita-" + suffix + "@ident.test";
        users.create(new CreateUserCommand(company, admin, "Ada", "Admin", SystemRole.ADMIN, "correct-horse-battery",
                true), "test");
        users.create(new CreateUserCommand(company, recruiter, "Rita", "Recruiter", SystemRole.RECRUITER,
                "correct-horse-battery", true), "test");
        signIn(admin);
        UI.getCurrent().navigate("users");
        Grid<UserSummary> grid = _get(Grid.class);
        assertThat(_getFormatted(grid, row(grid, recruiter), "sso")).isEqualTo("e-mail (default, discouraged)");

        _click((Button) _getCellComponent(grid, row(grid, recruiter), "sso-edit"));
        _setValue(_get(TextField.class, spec -> spec.withId("sso-identifier")), "Rita.R@IdP");
        _click(_get(Button.class, spec -> spec.withId("sso-identifier-save")));
        assertThat(users.find(users.loadPrincipal(recruiter).orElseThrow().userId()).orElseThrow().ssoIdentifier())
                .isEqualTo("Rita.R@IdP");
        assertThat(_getFormatted(grid, row(grid, recruiter), "sso")).isEqualTo("Rita.R@IdP");

        _click((Button) _getCellComponent(grid, row(grid, admin), "sso-edit"));
        _setValue(_get(TextField.class, spec -> spec.withId("sso-identifier")), "Rita.R@IdP");
        _click(_get(Button.class, spec -> spec.withId("sso-identifier-save")));
        TextField field = _get(TextField.class, spec -> spec.withId("sso-identifier"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("already signs in with this SSO identifier");
        assertThat(users.find(users.loadPrincipal(admin).orElseThrow().userId()).orElseThrow().ssoIdentifier())
                .isNull();
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
