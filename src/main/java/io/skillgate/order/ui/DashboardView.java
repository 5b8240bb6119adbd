package io.skillgate.order.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import io.skillgate.base.Viewers;
import io.skillgate.base.ui.BarChart;
import io.skillgate.order.OrderStatistics;
import io.skillgate.order.OrderStatisticsService;
import io.skillgate.order.OrderStatus;

/**
 * Company users: how SR's orders go — orders, completed, completion rate and median time to complete for a period,
 * orders by status, per package and per day. Shows only what the signed-in user's {@link io.skillgate.base.Viewer}
 * may see; days are the browser's days (UTC until the browser has told its time zone).
 */
@Route("dashboard")
@Menu(order = 5, title = "order.dashboard.title")
@RolesAllowed({"ADMIN", "RECRUITER", "AUDITOR"})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** The periods offered; the "last N days" end today. */
    enum Period {
        LAST_7(7), LAST_30(30), LAST_90(90), CUSTOM(0);

        final int days;

        Period(int days) {
            this.days = days;
        }
    }

    private final transient OrderStatisticsService statistics;
    private final transient Viewers viewers;
    private final DashboardTexts texts = new DashboardTexts(this, this::getLocale);
    private ZoneId zone = ZoneOffset.UTC;

    private final Select<Period> period = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph zoneNote = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final FlexLayout kpis = new FlexLayout();
    private final BarChart byStatus = new BarChart(BarChart.Orientation.HORIZONTAL);
    private final BarChart rateByPackage = new BarChart(BarChart.Orientation.HORIZONTAL);
    private final Grid<OrderStatistics.PackageFigures> packages = new Grid<>();
    private final BarChart perDay = new BarChart(BarChart.Orientation.VERTICAL);
    private final VerticalLayout figures = new VerticalLayout();

    public DashboardView(OrderStatisticsService statistics, Viewers viewers) {
        this.statistics = statistics;
        this.viewers = viewers;
        addClassName("dashboard");
        period.setLabel(getTranslation("order.dashboard.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("order.dashboard.period." + p.name().toLowerCase()));
        from.setLabel(getTranslation("order.dashboard.from"));
        to.setLabel(getTranslation("order.dashboard.to"));
        LocalDate today = statistics.today(zone);
        from.setValue(today.minusDays(29));
        to.setValue(today);
        period.setValue(Period.LAST_30);
        period.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout chooser = new HorizontalLayout(period, from, to);
        chooser.setAlignItems(FlexComponent.Alignment.BASELINE);
        zoneNote.addClassName("zone-note");
        message.setId("dashboard-message");

        kpis.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        kpis.getStyle().set("gap", "var(--lumo-space-m)");
        packages.addColumn(OrderStatistics.PackageFigures::name)
                .setHeader(getTranslation("order.dashboard.packages.package")).setFlexGrow(2);
        packages.addColumn(p -> p.figures().orders()).setHeader(getTranslation("order.dashboard.kpi.orders"));
        packages.addColumn(p -> p.figures().completed()).setHeader(getTranslation("order.dashboard.kpi.completed"));
        packages.addColumn(p -> texts.rate(p.figures().completionRate()))
                .setHeader(getTranslation("order.dashboard.kpi.rate"));
        packages.addColumn(p -> texts.duration(p.figures().medianTimeToComplete()))
                .setHeader(getTranslation("order.dashboard.kpi.median"));
        packages.setAllRowsVisible(true);
        figures.setPadding(false);
        figures.add(kpis, new H2(getTranslation("order.dashboard.status.title")), byStatus,
                new H2(getTranslation("order.dashboard.packages.title")), packages, rateByPackage,
                new H2(getTranslation("order.dashboard.trend.title")), perDay);
        add(chooser, zoneNote, message, figures);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.dashboard.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException unknownZone) {
                return;
            }
            refresh();
        });
    }

    void refresh() {
        Period chosen = period.getValue() == null ? Period.LAST_30 : period.getValue();
        boolean custom = chosen == Period.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        LocalDate today = statistics.today(zone);
        LocalDate first = custom ? from.getValue() : today.minusDays(chosen.days - 1L);
        LocalDate last = custom ? to.getValue() : today;
        zoneNote.setText(getTranslation("order.dashboard.zone", zone.getId()));
        if (first == null || last == null || last.isBefore(first)
                || ChronoUnit.DAYS.between(first, last) >= OrderStatisticsService.MAX_DAYS) {
            show(getTranslation("order.dashboard.invalid-range", OrderStatisticsService.MAX_DAYS));
            return;
        }
        OrderStatistics result = statistics.statistics(viewers.require(), first, last, zone);
        if (result.isEmpty()) {
            show(getTranslation("order.dashboard.empty"));
            return;
        }
        message.setVisible(false);
        figures.setVisible(true);
        OrderStatistics.Figures total = result.total();
        kpis.removeAll();
        kpis.add(kpi("orders", texts.count(total.orders())), kpi("completed", texts.count(total.completed())),
                kpi("rate", texts.rate(total.completionRate())),
                kpi("median", texts.duration(total.medianTimeToComplete())));
        byStatus.show(getTranslation("order.dashboard.status.title"),
                getTranslation("order.dashboard.status.description", total.orders()),
                Arrays.stream(OrderStatus.values()).map(status -> new BarChart.Bar(texts.status(status),
                        total.byStatus().get(status), texts.count(total.byStatus().get(status)),
                        DashboardTexts.colour(status))).toList());
        packages.setItems(result.packages());
        rateByPackage.show(getTranslation("order.dashboard.packages.chart"),
                getTranslation("order.dashboard.packages.chart.description"),
                result.packages().stream().map(p -> new BarChart.Bar(p.name(),
                        p.figures().completionRate() == null ? 0 : p.figures().completionRate() * 100,
                        texts.rate(p.figures().completionRate()), "var(--lumo-success-color)")).toList());
        perDay.show(getTranslation("order.dashboard.trend.title"),
                getTranslation("order.dashboard.trend.description", texts.date(first), texts.date(last)),
                result.days().stream().map(d -> new BarChart.Bar(texts.shortDate(d.day()), d.orders(),
                        texts.count(d.orders()))).toList());
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
        figures.setVisible(false);
    }

    private Div kpi(String name, String value) {
        Span label = new Span(getTranslation("order.dashboard.kpi." + name));
        label.addClassName("kpi-label");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span figure = new Span(value);
        figure.addClassName("kpi-value");
        figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Div card = new Div(label, figure);
        card.setId("kpi-" + name);
        card.addClassName("kpi");
        card.getElement().setAttribute("title", getTranslation("order.dashboard.kpi." + name + ".help"));
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "10rem")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)");
        return card;
    }

    List<BarChart> charts() {
        return List.of(byStatus, rateByPackage, perDay);
    }
}
