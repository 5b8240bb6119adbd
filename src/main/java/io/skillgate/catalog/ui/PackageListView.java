package io.skillgate.catalog.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import io.skillgate.base.Viewers;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageSummary;

/**
 * Company admins: the company's packages, active or archived, with what they hold; open one to edit it or preview
 * it, or create a new one. With no package yet, it says so and offers to create one.
 */
@Route("packages")
@Menu(order = 20, title = "catalog.list.title")
@RolesAllowed("ADMIN")
public class PackageListView extends VerticalLayout implements HasDynamicTitle {

    enum Show { ACTIVE, ARCHIVED, ALL }

    private final List<PackageSummary> packages;
    private final Grid<PackageSummary> grid = new Grid<>(PackageSummary.class, false);
    private final RadioButtonGroup<Show> show = new RadioButtonGroup<>();
    private final Paragraph empty = new Paragraph();

    public PackageListView(CatalogService catalog, Viewers viewers) {
        setSizeFull();
        packages = catalog.allPackages(viewers.require());
        Button create = new Button(t("list.new"), VaadinIcon.PLUS.create(), e -> UI.getCurrent().navigate("packages/new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.setLabel(t("list.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> t("list.show." + s.name()));
        show.setValue(Show.ACTIVE);
        show.addValueChangeListener(e -> filter());
        HorizontalLayout bar = new HorizontalLayout(show, create);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWidthFull();
        create.getStyle().set("margin-inline-start", "auto");

        grid.addColumn(PackageSummary::name).setHeader(t("list.column.name")).setSortable(true).setFlexGrow(3);
        grid.addColumn(p -> t("type." + p.type().name())).setHeader(t("list.column.type")).setSortable(true);
        grid.addColumn(PackageSummary::assessmentCount).setHeader(t("list.column.assessments"));
        grid.addColumn(PackageSummary::questionCount).setHeader(t("list.column.questions"));
        grid.addColumn(p -> t(p.active() ? "status.active" : "status.archived")).setHeader(t("list.column.status"));
        grid.addComponentColumn(p -> {
            Button edit = new Button(t("list.edit"), e -> UI.getCurrent().navigate("packages/" + p.id() + "/edit"));
            edit.setAriaLabel(t("list.edit.label", p.name()));
            Button preview = new Button(t("list.preview"),
                    e -> UI.getCurrent().navigate("packages/" + p.id() + "/preview"));
            preview.setAriaLabel(t("list.preview.label", p.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(edit, preview);
        }).setHeader(t("list.column.actions")).setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> UI.getCurrent().navigate("packages/" + e.getItem().id() + "/edit"));
        grid.setSizeFull();
        empty.setId("packages-empty");
        add(bar, empty, grid);
        filter();
    }

    private void filter() {
        Show which = show.getValue() == null ? Show.ALL : show.getValue();
        List<PackageSummary> shown = packages.stream().filter(p -> switch (which) {
            case ACTIVE -> p.active();
            case ARCHIVED -> !p.active();
            case ALL -> true;
        }).toList();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        empty.setText(packages.isEmpty() ? t("list.empty") : t("list.empty." + which.name()));
    }

    @Override
    public String getPageTitle() {
        return t("list.title");
    }

    private static String t(String key, Object... params) {
        return Texts.get(key, params);
    }
}
