package io.skillgate.access.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;

/** Company admins: the users of their company. */
@Route("users")
@PageTitle("Users")
@Menu(order = 50, title = "Users")
@RolesAllowed("ADMIN")
public class UserListView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public UserListView(AuthenticationContext authenticationContext, UserService users) {
        setSizeFull();
        Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setSortable(true);
        grid.addColumn(UserSummary::email).setHeader("E-mail").setSortable(true);
        grid.addColumn(UserSummary::role).setHeader("Role").setSortable(true);
        grid.addColumn(u -> u.active() ? "Active" : "Inactive").setHeader("Status");
        grid.addColumn(u -> u.lastSignInAt() == null ? "never" : WHEN.format(u.lastSignInAt()))
                .setHeader("Last sign-in");
        grid.setSizeFull();
        authenticationContext.getAuthenticatedUser(PortalUserPrincipal.class)
                .ifPresent(admin -> grid.setItems(users.listCompanyUsers(admin)));
        add(grid);
    }
}
