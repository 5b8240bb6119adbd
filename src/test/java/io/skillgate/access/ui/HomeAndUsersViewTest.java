package io.skillgate.access.ui;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import io.skillgate.access.UserSummary;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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
}
