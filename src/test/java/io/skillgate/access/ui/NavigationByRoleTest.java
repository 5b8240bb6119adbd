package io.skillgate.access.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

import io.skillgate.audit.ui.AuditLogView;
import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.security.ui.LoginView;
import io.skillgate.connection.ui.OperatorCompaniesView;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Each role sees the navigation it may use, and a route it may not open answers with the 403 view. */
class NavigationByRoleTest extends KaribuTest {

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        UI.getCurrent().navigate("users");
        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    @Test
    void anAdminSeesUsersButNotTheOperatorArea() {
        signIn(ADMIN);
        UI.getCurrent().navigate("");
        assertThat(currentView()).isEqualTo(HomeView.class);
        assertThat(menu()).containsExactly("Start", "Dashboard", "Orders", "Packages", "Users", "Access groups",
                "Single sign-on", "API keys", "SmartRecruiters connection", "Audit log");

        UI.getCurrent().navigate("operator/companies");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void aRecruiterSeesNeitherUsersNorTheOperatorArea() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly("Start", "Dashboard", "Orders");

        UI.getCurrent().navigate("users");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        UI.getCurrent().navigate("audit");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void anAuditorReadsOrdersTheDashboardAndTheAuditLogAndManagesNothing() {
        signIn(AUDITOR);
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly("Start", "Dashboard", "Orders", "Audit log");

        UI.getCurrent().navigate("audit");
        assertThat(currentView()).isEqualTo(AuditLogView.class);
        for (String managed : List.of("users", "packages", "access-groups", "api-keys", "single-sign-on", "connection",
                "users/import", "operator/companies")) {
            UI.getCurrent().navigate(managed);
            assertThat(currentView()).as(managed).isEqualTo(AccessDeniedView.class);
        }
    }

    @Test
    void anOperatorSeesTheOperatorAreaButNoCompanyUsers() {
        signIn(OPERATOR);
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly("Start", "Customer companies", "SmartRecruiters configuration",
                "Audit log");

        UI.getCurrent().navigate("operator/companies");
        assertThat(currentView()).isEqualTo(OperatorCompaniesView.class);

        UI.getCurrent().navigate("users");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
