package io.skillgate.order.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import io.skillgate.base.ui.BrowserTime;
import io.skillgate.base.Viewer;
import io.skillgate.base.Viewers;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageRef;
import io.skillgate.order.OrderQuery;
import io.skillgate.order.OrderService;
import io.skillgate.order.OrderSort;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderSummary;
import io.skillgate.order.internal.OrderBroadcaster;

/**
 * All of the company's orders the user may see: filters, sorting, lazy loading page by page from the database, CSV
 * export of the filtered set, and live updates when an order arrives or changes.
 */
@Route("orders")
@Menu(order = 10, title = "order.list.title")
@RolesAllowed({"ADMIN", "RECRUITER", "AUDITOR"})
public class OrderListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 30;

    private final transient OrderService orders;
    private final Viewer viewer;
    private final Grid<OrderSummary> grid = new Grid<>();
    private final MultiSelectComboBox<OrderStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<PackageRef> packageFilter = new ComboBox<>();
    private final TextField job = new TextField();
    private final TextField candidate = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div empty = new Div();
    private OrderQuery query = OrderQuery.ALL;
    private boolean restoring;
    private boolean hadOrders;

    public OrderListView(OrderService orders, CatalogService catalog, Viewers viewers,
                         OrderBroadcaster broadcaster) {
        this.orders = orders;
        this.viewer = viewers.require();
        addClassName("order-list-view");
        setSizeFull();

        add(filters(catalog), emptyState());
        configureGrid();
        add(grid);
        LiveOrders.keep(this, broadcaster, viewer.companyId(), orderId -> true, this::refresh);
    }

    /**
     * Filters come from the address too ({@code ?status=COMPLETED,EXPIRED&package=…&job=…&candidate=…&from=2026-01-01
     * &to=2026-01-31}), so a filtered grid can be bookmarked and shared; unknown or malformed values are ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            first(parameters, "status").ifPresent(value -> statuses.setValue(Arrays.stream(value.split(","))
                    .map(String::strip).filter(name -> Arrays.stream(OrderStatus.values())
                            .anyMatch(s -> s.name().equals(name))).map(OrderStatus::valueOf)
                    .collect(Collectors.toSet())));
            first(parameters, "package").ifPresent(id -> packageFilter.getListDataView().getItems()
                    .filter(p -> p.id().equals(id)).findFirst().ifPresent(packageFilter::setValue));
            first(parameters, "job").ifPresent(value -> job.setValue(limit(value)));
            first(parameters, "candidate").ifPresent(value -> candidate.setValue(limit(value)));
            first(parameters, "from").flatMap(OrderListView::date).ifPresent(from::setValue);
            first(parameters, "to").flatMap(OrderListView::date).ifPresent(to::setValue);
        } finally {
            restoring = false;
        }
        applyFilters();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static String limit(String value) {
        return value.length() > 100 ? value.substring(0, 100) : value;
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The address of the current filters, kept in the browser's location without a reload. */
    private void rememberFilters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!statuses.getValue().isEmpty()) {
            parameters.put("status", statuses.getValue().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(",")));
        }
        if (packageFilter.getValue() != null) {
            parameters.put("package", packageFilter.getValue().id());
        }
        if (!job.getValue().isBlank()) {
            parameters.put("job", job.getValue());
        }
        if (!candidate.getValue().isBlank()) {
            parameters.put("candidate", candidate.getValue());
        }
        if (from.getValue() != null) {
            parameters.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            parameters.put("to", to.getValue().toString());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null, new Location("orders", QueryParameters.simple(parameters)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.list.title");
    }

    private Component filters(CatalogService catalog) {
        statuses.setId("orders-status");
        statuses.setLabel(getTranslation("order.list.filter.status"));
        statuses.setItems(OrderStatus.values());
        statuses.setItemLabelGenerator(this::statusName);

        packageFilter.setId("orders-package");
        packageFilter.setLabel(getTranslation("order.list.filter.package"));
        packageFilter.setItems(catalog.packageRefs(viewer.companyId()).stream()
                .filter(p -> viewer.sees(viewer.companyId(), p.id())).toList());
        packageFilter.setItemLabelGenerator(p -> p.active() ? p.name()
                : getTranslation("order.list.filter.package.archived", p.name()));
        packageFilter.setClearButtonVisible(true);

        job.setId("orders-job");
        job.setLabel(getTranslation("order.list.filter.job"));
        job.setPlaceholder(getTranslation("order.list.filter.job.placeholder"));
        candidate.setId("orders-candidate");
        candidate.setLabel(getTranslation("order.list.filter.candidate"));
        candidate.setPlaceholder(getTranslation("order.list.filter.candidate.placeholder"));
        candidate.setPrefixComponent(VaadinIcon.SEARCH.create());
        for (TextField field : List.of(job, candidate)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.setMaxLength(100);
        }
        from.setId("orders-from");
        from.setLabel(getTranslation("order.list.filter.from"));
        to.setId("orders-to");
        to.setLabel(getTranslation("order.list.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setClearButtonVisible(true);
            picker.setLocale(getLocale());
        }
        statuses.addValueChangeListener(e -> applyFilters());
        packageFilter.addValueChangeListener(e -> applyFilters());
        job.addValueChangeListener(e -> applyFilters());
        candidate.addValueChangeListener(e -> applyFilters());
        from.addValueChangeListener(e -> applyFilters());
        to.addValueChangeListener(e -> applyFilters());

        Anchor export = new Anchor(csvDownload(), "");
        export.setId("orders-export");
        export.setRouterIgnore(true);
        Button exportButton = new Button(getTranslation("order.list.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exportButton.setTabIndex(-1);
        export.add(exportButton);

        FlexLayout bar = new FlexLayout(statuses, packageFilter, job, candidate, from, to, export);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        return bar;
    }

    private DownloadHandler csvDownload() {
        return event -> {
            OrderQuery current = query;
            event.setFileName("orders-" + LocalDate.now(ZoneId.of("UTC")) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                orders.exportCsv(viewer, current, OrderSort.RECEIVED, true, out);
            }
        };
    }

    private Component emptyState() {
        empty.setId("orders-empty");
        empty.addClassName("empty-state");
        empty.add(new H2(getTranslation("order.list.empty.title")),
                new Paragraph(getTranslation("order.list.empty.text")));
        empty.setVisible(false);
        return empty;
    }

    private void configureGrid() {
        grid.setId("orders-grid");
        grid.addColumn(o -> dateTime(o.receivedAt())).setHeader(getTranslation("order.list.column.received"))
                .setSortProperty(OrderSort.RECEIVED.name()).setAutoWidth(true).setFlexGrow(0).setKey("received");
        grid.addColumn(OrderSummary::candidateName).setHeader(getTranslation("order.list.column.candidate"))
                .setSortProperty(OrderSort.CANDIDATE.name()).setKey("candidate");
        grid.addColumn(OrderSummary::candidateEmail).setHeader(getTranslation("order.list.column.email"))
                .setKey("email");
        grid.addColumn(OrderSummary::packageName).setHeader(getTranslation("order.list.column.package"))
                .setKey("package");
        grid.addColumn(o -> o.jobTitle() == null ? o.jobId() : o.jobTitle())
                .setHeader(getTranslation("order.list.column.job")).setSortProperty(OrderSort.JOB.name())
                .setKey("job");
        // a template, not a component per row: a signed-in session keeps no server-side component for each row shown
        grid.addColumn(LitRenderer.<OrderSummary>of("<span theme=\"badge ${item.theme}\">${item.status}</span>"
                        + "<span theme=\"badge error\" title=\"${item.attentionText}\" ?hidden=\"${!item.attention}\">!</span>")
                        .withProperty("status", o -> statusName(o.status()))
                        .withProperty("theme", o -> UiFormats.badgeTheme(o.status()))
                        .withProperty("attention", o -> o.attention() != null)
                        .withProperty("attentionText", o -> o.attention() == null ? "" : getTranslation("order.list.attention")))
                .setHeader(getTranslation("order.list.column.status")).setSortProperty(OrderSort.STATUS.name())
                .setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.addColumn(this::score).setHeader(getTranslation("order.list.column.score"))
                .setSortProperty(OrderSort.SCORE.name()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0).setKey("score");
        grid.setMultiSort(false);
        grid.setItems(q -> {
            OrderSort sort = OrderSort.RECEIVED;
            boolean descending = true;
            if (!q.getSortOrders().isEmpty()) {
                sort = OrderSort.valueOf(q.getSortOrders().get(0).getSorted());
                descending = q.getSortOrders().get(0).getDirection() == SortDirection.DESCENDING;
            }
            return orders.search(viewer, query, sort, descending, q.getOffset(), Math.min(q.getLimit(), 500)).stream();
        });
        grid.setPageSize(PAGE);
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("received")).build());
        grid.addItemClickListener(e -> UI.getCurrent().navigate(OrderView.class,
                new com.vaadin.flow.router.RouteParameters("orderId", e.getItem().orderId())));
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("order.list.nomatch"));
    }

    private String score(OrderSummary order) {
        if (order.score() == null) {
            return "";
        }
        return order.score().raw() + " / " + order.score().max()
                + (order.scoreLabel() == null ? "" : " · " + order.scoreLabel());
    }

    private String statusName(OrderStatus status) {
        return getTranslation("order.status." + status.name());
    }

    private String dateTime(Instant instant) {
        return BrowserTime.dateTime(instant, getLocale(), zone());
    }

    private ZoneId zone() {
        return UI.getCurrent() == null ? ZoneId.of("UTC") : BrowserTime.zone(UI.getCurrent());
    }

    private void applyFilters() {
        if (restoring) {
            return;
        }
        rememberFilters();
        ZoneId zone = zone();
        query = new OrderQuery(statuses.getValue().isEmpty() ? EnumSet.noneOf(OrderStatus.class)
                : EnumSet.copyOf(statuses.getValue()),
                packageFilter.getValue() == null ? null : packageFilter.getValue().id(), job.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                candidate.getValue());
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showEmptyStateIfNoOrders();
    }

    /** Orders are never deleted: once the viewer has one, a live change needs no check. */
    private void showEmptyStateIfNoOrders() {
        if (hadOrders) {
            return;
        }
        boolean none = !orders.hasOrders(viewer);
        hadOrders = !none;
        empty.setVisible(none);
        grid.setVisible(!none);
    }
}
