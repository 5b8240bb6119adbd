package io.skillgate.access.ui;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.AccessGroupSummary;
import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.catalog.PackageRef;
import io.skillgate.company.CompanyService;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Admins manage access groups on their page; a duplicate name is shown at the field; recruiters cannot open it. */
class AccessGroupsViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void anAdminCreatesAGroupAndGivesItAPackage() {
        signIn(ADMIN);
        UI.getCurrent().navigate(AccessGroupsView.class);
        String name = "Group " + UUID.randomUUID().toString().substring(0, 8);
        _setValue(_get(TextField.class, spec -> spec.withId("access-group-name")), name);
        _click(_get(Button.class, spec -> spec.withId("access-group-create")));

        Grid<AccessGroupSummary> grid = _get(Grid.class, spec -> spec.withId("access-groups-grid"));
        AccessGroupSummary created = _findAll(grid).stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow();
        grid.select(created);
        MultiSelectComboBox<PackageRef> packages = _get(MultiSelectComboBox.class,
                spec -> spec.withId("access-group-packages"));
        PackageRef first = packages.getListDataView().getItems().findFirst().orElseThrow();
        packages.setValue(Set.of(first));
        _click(_get(Button.class, spec -> spec.withId("access-group-save")));

        var acme = context.getBean(CompanyService.class).findBySlug("acme").orElseThrow().id();
        assertThat(context.getBean(AccessGroupService.class).groups(acme)).filteredOn(g -> g.name().equals(name))
                .singleElement().satisfies(g -> assertThat(g.packageIds()).containsExactly(first.id()));

        _setValue(_get(TextField.class, spec -> spec.withId("access-group-name")), name);
        _click(_get(Button.class, spec -> spec.withId("access-group-create")));
        TextField field = _get(TextField.class, spec -> spec.withId("access-group-name"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("exists already");
        // leave Acme open to every recruiter again for the other tests
        context.getBean(AccessGroupService.class).delete(signIn(ADMIN), created.id());
    }

    @Test
    void aRecruiterCannotOpenIt() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("access-groups");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(AccessDeniedView.class);
    }
}
