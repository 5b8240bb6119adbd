package io.skillgate.order.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import io.skillgate.base.CompanyId;
import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.base.ui.BarChart;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.company.CompanyService;
import io.skillgate.order.OrderStatistics;
import io.skillgate.order.OrderStatus;
import io.skillgate.support.KaribuTest;
import io.skillgate.support.OrderFixture;
import io.skillgate.support.PartnerFixture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard per role: company users see their company's figures (orders placed in 2003 here, a year no other
 * test uses), the empty state, and operators are refused.
 */
class DashboardViewTest extends KaribuTest {

    private static final LocalDate DAY = LocalDate.of(2003, 5, 6);

    @Autowired
    private CompanyService companies;
    @Autowired
    private CatalogService catalog;

    private static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private static void chooseRange(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        Select<DashboardView.Period> period = _get(Select.class, spec -> spec.withLabel("Period"));
        period.setValue(DashboardView.Period.CUSTOM);
        _get(DatePicker.class, spec -> spec.withLabel("From")).setValue(from);
        _get(DatePicker.class, spec -> spec.withLabel("To")).setValue(to);
    }

    private static String kpi(String name) {
        return _get(_get(Div.class, spec -> spec.withId("kpi-" + name)), Span.class,
                spec -> spec.withClasses("kpi-value")).getText();
    }

    /** Three orders for Acme's first package on DAY (2 completed in 2 h and 4 h, 1 expired), one of another company. */
    private String acmeOrders() {
        CompanyId acme = companies.findBySlug("acme").orElseThrow().id();
        String packageId = catalog.activePackages(acme).get(0).id();
        OrderFixture orders = new OrderFixture(context);
        orders.order(acme, packageId, OrderStatus.COMPLETED, at(DAY, 9), Duration.ofHours(2));
        orders.order(acme, packageId, OrderStatus.COMPLETED, at(DAY, 10), Duration.ofHours(4));
        orders.order(acme, packageId, OrderStatus.EXPIRED, at(DAY, 11), null);
        CompanyId other = companies.create("Dashboard other " + UUID.randomUUID(), "test").id();
        String othersPackage = new PartnerFixture(context).addPackage(other, "Other", AssessmentType.SKILL_TEST,
                "Basics").id();
        orders.order(other, othersPackage, OrderStatus.COMPLETED, at(DAY, 12), Duration.ofMinutes(5));
        return catalog.find(acme, packageId).orElseThrow().name();
    }

    @Test
    void anAdminSeesTheCompanysFiguresChartsAndPackages() {
        String packageName = acmeOrders();
        signIn(ADMIN);
        UI.getCurrent().navigate("dashboard");
        assertThat(currentView()).isEqualTo(DashboardView.class);

        chooseRange(DAY.minusDays(2), DAY.plusDays(2));

        assertThat(kpi("orders")).as("not the other company's order").isEqualTo("3");
        assertThat(kpi("completed")).isEqualTo("2");
        assertThat(kpi("rate")).isEqualTo("67%");
        assertThat(kpi("median")).isEqualTo("3 h 0 min");
        BarChart byStatus = _find(BarChart.class).stream()
                .filter(c -> c.getTitle().equals("Orders by status")).findFirst().orElseThrow();
        assertThat(byStatus.getBars()).extracting(BarChart.Bar::label, BarChart.Bar::valueText)
                .contains(org.assertj.core.groups.Tuple.tuple("Completed", "2"),
                        org.assertj.core.groups.Tuple.tuple("Expired", "1"),
                        org.assertj.core.groups.Tuple.tuple("Rejected", "0"));
        assertThat(byStatus.svg()).contains("<title>Completed: 2</title>", "var(--lumo-success-color)");
        BarChart perDay = _find(BarChart.class).stream()
                .filter(c -> c.getTitle().equals("Orders per day")).findFirst().orElseThrow();
        assertThat(perDay.getBars()).extracting(BarChart.Bar::value).containsExactly(0.0, 0.0, 3.0, 0.0, 0.0);
        @SuppressWarnings("unchecked")
        Grid<OrderStatistics.PackageFigures> packages = _get(Grid.class);
        assertThat(_size(packages)).isEqualTo(1);
        assertThat(_get(packages, 0).name()).isEqualTo(packageName);
        assertThat(_find(Paragraph.class, spec -> spec.withId("dashboard-message"))).as("hidden").isEmpty();
    }

    @Test
    void aRecruiterSeesTheDashboardAndAnEmptyPeriodSaysWhereOrdersComeFrom() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("dashboard");
        assertThat(currentView()).isEqualTo(DashboardView.class);

        chooseRange(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 1, 31));

        Paragraph message = _get(Paragraph.class, spec -> spec.withId("dashboard-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText())
                .isEqualTo("No orders in this period — orders appear here when SmartRecruiters sends them.");
        assertThat(_find(Div.class, spec -> spec.withId("kpi-orders"))).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsExplainedNotQueried() {
        signIn(ADMIN);
        UI.getCurrent().navigate("dashboard");
        chooseRange(DAY, DAY.minusDays(1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-message")).getText())
                .startsWith("Choose a start and an end date");
    }

    @Test
    void theLastNDaysPeriodsAreOffered() {
        signIn(ADMIN);
        UI.getCurrent().navigate("dashboard");
        @SuppressWarnings("unchecked")
        Select<DashboardView.Period> period = _get(Select.class, spec -> spec.withLabel("Period"));
        assertThat(period.getValue()).isEqualTo(DashboardView.Period.LAST_30);
        assertThat(_find(DatePicker.class, spec -> spec.withLabel("From"))).as("hidden").isEmpty();
        period.setValue(DashboardView.Period.LAST_7);
        BarChart perDay = _find(BarChart.class).stream()
                .filter(c -> c.getTitle().equals("Orders per day")).findFirst().orElse(null);
        // either the chart of 7 days or the empty state (other tests may place orders today)
        if (perDay != null && perDay.isVisible() && !perDay.getBars().isEmpty()) {
            assertThat(perDay.getBars()).hasSize(7);
        }
    }

    @Test
    void anOperatorHasNoDashboard() {
        signIn(OPERATOR);
        UI.getCurrent().navigate("dashboard");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
