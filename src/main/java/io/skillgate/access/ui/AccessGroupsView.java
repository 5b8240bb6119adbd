package io.skillgate.access.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.AccessGroupSummary;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.UserException;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.base.ui.Confirmation;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageRef;

/**
 * Company admins: access groups — who is in each, and which packages each may order and see. A package no group
 * names stays open to every recruiter of the company.
 */
@Route("access-groups")
@Menu(order = 55, title = "access.groups.title")
@RolesAllowed("ADMIN")
public class AccessGroupsView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccessGroupService groups;
    private final PortalUserPrincipal admin;
    private final List<UserSummary> companyUsers;
    private final List<PackageRef> packages;
    private final Grid<AccessGroupSummary> grid = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();

    public AccessGroupsView(AccessGroupService groups, UserService users, CatalogService catalog,
                            AuthenticationContext authentication) {
        this.groups = groups;
        this.admin = authentication.getAuthenticatedUser(PortalUserPrincipal.class).orElseThrow();
        this.companyUsers = users.listCompanyUsers(admin);
        this.packages = catalog.packageRefs(admin.requireCompanyId());
        addClassName("access-groups-view");
        setSizeFull();

        add(new Paragraph(getTranslation("access.groups.intro")), createForm());
        Map<Long, String> userNames = companyUsers.stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
        Map<String, String> packageNames = packages.stream().collect(Collectors.toMap(PackageRef::id, PackageRef::name));
        grid.setId("access-groups-grid");
        grid.addColumn(AccessGroupSummary::name).setHeader(getTranslation("access.groups.column.name"));
        grid.addColumn(g -> names(g.memberIds(), userNames::get)).setHeader(getTranslation("access.groups.column.members"));
        grid.addColumn(g -> g.packageIds().isEmpty() ? getTranslation("access.groups.nopackages")
                : names(g.packageIds(), packageNames::get)).setHeader(getTranslation("access.groups.column.packages"));
        grid.setEmptyStateText(getTranslation("access.groups.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setAllRowsVisible(true);
        editor.setPadding(false);
        add(grid, editor);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.groups.title");
    }

    private static <K> String names(Set<K> ids, Function<K, @Nullable String> name) {
        return ids.stream().map(id -> {
            String found = name.apply(id);
            return found == null ? String.valueOf(id) : found;
        }).sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
    }

    private HorizontalLayout createForm() {
        TextField name = new TextField(getTranslation("access.groups.new.name"));
        name.setId("access-group-name");
        name.setMaxLength(AccessGroupService.MAX_NAME);
        Button create = new Button(getTranslation("access.groups.new.create"), e -> {
            try {
                groups.create(admin, name.getValue());
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (UserException refused) {
                name.setErrorMessage(refused.getMessage());
                name.setInvalid(true);
            }
        });
        create.setId("access-group-create");
        create.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        grid.setItems(groups.groups(admin.requireCompanyId()));
        editor.removeAll();
    }

    private void edit(@Nullable AccessGroupSummary group) {
        editor.removeAll();
        if (group == null) {
            return;
        }
        MultiSelectComboBox<UserSummary> members = new MultiSelectComboBox<>(getTranslation("access.groups.column.members"));
        members.setId("access-group-members");
        members.setItems(companyUsers);
        members.setItemLabelGenerator(u -> u.displayName() + " <" + u.email() + ">");
        members.setValue(companyUsers.stream().filter(u -> group.memberIds().contains(u.id())).collect(Collectors.toSet()));
        members.setWidthFull();
        MultiSelectComboBox<PackageRef> allowed = new MultiSelectComboBox<>(getTranslation("access.groups.column.packages"));
        allowed.setId("access-group-packages");
        allowed.setItems(packages);
        allowed.setItemLabelGenerator(PackageRef::name);
        allowed.setValue(packages.stream().filter(p -> group.packageIds().contains(p.id())).collect(Collectors.toSet()));
        allowed.setHelperText(getTranslation("access.groups.packages.help"));
        allowed.setWidthFull();
        Button save = new Button(getTranslation("access.groups.save"), e -> {
            try {
                groups.update(admin, group.id(), members.getValue().stream().map(UserSummary::id)
                        .collect(Collectors.toCollection(HashSet::new)), allowed.getValue().stream().map(PackageRef::id)
                        .collect(Collectors.toCollection(HashSet::new)));
                Notification.show(getTranslation("access.groups.saved", group.name()), 4000,
                        Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (UserException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("access-group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(getTranslation("access.groups.delete"), e -> {
            Confirmation.ask("access-group-delete-confirm", getTranslation("access.groups.delete.title", group.name()),
                    getTranslation("access.groups.delete.text"), getTranslation("access.groups.delete"), true, () -> {
                        groups.delete(admin, group.id());
                        refresh();
                    });
        });
        delete.setId("access-group-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        editor.add(new H3(group.name()), members, allowed, new HorizontalLayout(save, delete));
    }
}
