package io.skillgate.access.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SubscriptionService;
import io.skillgate.access.UserAdminService;
import io.skillgate.access.UserException;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.base.ui.Confirmation;

/**
 * Company admins: the users of their company; add one, edit names, role, SSO identifier (the IdP's NameID) and
 * profile, activate or deactivate.
 */
@Route("users")
@Menu(order = 50, title = "access.users.title")
@RolesAllowed("ADMIN")
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public UserListView(AuthenticationContext authenticationContext, UserService users, UserAdminService admins,
                        SubscriptionService subscriptions, Clock clock) {
        setSizeFull();
        Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("access.users.column.name"))
                .setSortable(true);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("access.users.column.email")).setSortable(true);
        grid.addColumn(u -> getTranslation("access.users.role." + u.role().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("access.users.column.role")).setSortable(true);
        grid.addColumn(u -> getTranslation(u.active() ? "access.users.active" : "access.users.inactive"))
                .setHeader(getTranslation("access.users.column.status")).setKey("status");
        grid.addColumn(u -> when(u.lastSignInAt()))
                .setHeader(getTranslation("access.users.column.last-sign-in"));
        grid.addColumn(u -> when(u.lastActivityAt())).setHeader(getTranslation("access.users.column.last-activity"))
                .setKey("last-activity");
        grid.addColumn(u -> u.ssoIdentifier() == null ? getTranslation("access.users.sso.email") : u.ssoIdentifier())
                .setHeader(getTranslation("access.users.column.sso")).setKey("sso");
        grid.setSizeFull();
        PortalUserPrincipal admin = authenticationContext.getAuthenticatedUser(PortalUserPrincipal.class).orElse(null);
        Button add = new Button(getTranslation("access.users.add"), VaadinIcon.PLUS.create());
        add.setId("users-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (admin != null) {
            Runnable refresh = () -> grid.setItems(users.listCompanyUsers(admin));
            add.addClickListener(e -> new AddUserDialog(admins, admin, refresh).open());
            grid.addComponentColumn(u -> actions(admins, admin, u, refresh)).setKey("actions")
                    .setHeader(getTranslation("access.users.column.actions")).setAutoWidth(true).setFlexGrow(0);
            refresh.run();
        }
        Paragraph hint = new Paragraph(getTranslation("access.users.sso.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        Button importUsers = new Button(getTranslation("access.users.import.button"), VaadinIcon.UPLOAD.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(UserImportView.class)));
        importUsers.setId("users-import");
        Button reclamation = new Button(getTranslation("access.users.reclamation.button"),
                VaadinIcon.USER_CLOCK.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ReclamationView.class)));
        reclamation.setId("users-reclamation");
        HorizontalLayout actions = new HorizontalLayout(add, importUsers, reclamation);
        if (admin != null) {
            actions.add(export(subscriptions, admin, clock));
        }
        add(actions, hint, grid);
    }

    /** Edit, and Activate or (after a confirmation) Deactivate; each labelled with the user's name for screen readers. */
    private HorizontalLayout actions(UserAdminService admins, PortalUserPrincipal admin, UserSummary user,
                                     Runnable refresh) {
        Button edit = new Button(getTranslation("access.users.edit"), VaadinIcon.EDIT.create(),
                e -> new EditUserDialog(admins, admin, user, refresh).open());
        edit.setAriaLabel(getTranslation("access.users.edit.label", user.displayName()));
        String toggleKey = user.active() ? "access.users.deactivate" : "access.users.activate";
        Button toggle = new Button(getTranslation(toggleKey), user.active() ? VaadinIcon.BAN.create()
                : VaadinIcon.CHECK.create(), e -> {
            if (user.active()) {
                Confirmation.ask("user-deactivate-confirm",
                        getTranslation("access.users.deactivate.title", user.displayName()),
                        getTranslation("access.users.deactivate.text", user.displayName()),
                        getTranslation("access.users.deactivate"), true,
                        () -> setActive(admins, admin, user, false, refresh));
            } else {
                setActive(admins, admin, user, true, refresh);
            }
        });
        toggle.setAriaLabel(getTranslation(toggleKey + ".label", user.displayName()));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout buttons = new HorizontalLayout(edit, toggle);
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        return buttons;
    }

    private void setActive(UserAdminService admins, PortalUserPrincipal admin, UserSummary user, boolean active,
                           Runnable refresh) {
        try {
            admins.setActive(admin, user.id(), active);
            Notification.show(getTranslation(active ? "access.users.activated" : "access.users.deactivated",
                    user.displayName()), 4000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh.run();
    }

    /** An instant as the users pages show it, or "never". */
    static String when(@Nullable Instant at) {
        UI ui = UI.getCurrent();
        return at != null ? WHEN.format(at) : ui == null ? "never" : ui.getTranslation("access.users.never");
    }

    private Anchor export(SubscriptionService subscriptions, PortalUserPrincipal admin, Clock clock) {
        Anchor export = new Anchor((DownloadHandler) event -> {
            event.setFileName("users-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                subscriptions.exportCsv(admin, out);
            }
        }, "");
        export.setId("users-export");
        export.setRouterIgnore(true);
        Button button = new Button(getTranslation("access.users.export"), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        export.add(button);
        return export;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.users.title");
    }
}
