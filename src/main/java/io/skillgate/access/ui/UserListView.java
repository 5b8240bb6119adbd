package io.skillgate.access.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;

/** Company admins: the users of their company, and each one's SSO identifier (the IdP's NameID). */
@Route("users")
@Menu(order = 50, title = "access.users.title")
@RolesAllowed("ADMIN")
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public UserListView(AuthenticationContext authenticationContext, UserService users) {
        setSizeFull();
        Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("access.users.column.name"))
                .setSortable(true);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("access.users.column.email")).setSortable(true);
        grid.addColumn(u -> getTranslation("access.users.role." + u.role().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("access.users.column.role")).setSortable(true);
        grid.addColumn(u -> getTranslation(u.active() ? "access.users.active" : "access.users.inactive"))
                .setHeader(getTranslation("access.users.column.status"));
        grid.addColumn(u -> u.lastSignInAt() == null ? getTranslation("access.users.never")
                        : WHEN.format(u.lastSignInAt()))
                .setHeader(getTranslation("access.users.column.last-sign-in"));
        grid.addColumn(u -> u.ssoIdentifier() == null ? getTranslation("access.users.sso.email") : u.ssoIdentifier())
                .setHeader(getTranslation("access.users.column.sso")).setKey("sso");
        grid.setSizeFull();
        PortalUserPrincipal admin = authenticationContext.getAuthenticatedUser(PortalUserPrincipal.class).orElse(null);
        if (admin != null) {
            Runnable refresh = () -> grid.setItems(users.listCompanyUsers(admin));
            grid.addComponentColumn(u -> {
                Button edit = new Button(getTranslation("access.users.sso.edit"), VaadinIcon.KEY_O.create(),
                        e -> new SsoIdentifierDialog(users, admin, u, refresh).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("access.users.sso.edit.label", u.displayName()));
                return edit;
            }).setKey("sso-edit").setAutoWidth(true).setFlexGrow(0);
            refresh.run();
        }
        Paragraph hint = new Paragraph(getTranslation("access.users.sso.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        Button importUsers = new Button(getTranslation("access.users.import.button"), VaadinIcon.UPLOAD.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(UserImportView.class)));
        importUsers.setId("users-import");
        add(importUsers, hint, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.users.title");
    }
}
