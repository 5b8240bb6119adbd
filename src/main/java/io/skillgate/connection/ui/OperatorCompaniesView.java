package io.skillgate.connection.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import io.skillgate.connection.CompanyConnection;
import io.skillgate.connection.ConnectionActivity;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.PartnerRegistration;

/**
 * Operators: every customer company with its SmartRecruiters connection and the connection's traffic, and how our
 * partner registration at SR stands, with the way to the page that sends it again (the SR module's
 * {@code operator/smartrecruiters}, linked by path: this module may not depend on that one). Replaces the company
 * module's plain list, which could not show connections without depending on this module.
 */
@Route("operator/companies")
@Menu(order = 90, title = "connection.operator.title")
@RolesAllowed("OPERATOR")
public class OperatorCompaniesView extends VerticalLayout implements HasDynamicTitle {

    static final String PARTNER_CONFIGURATION_PATH = "operator/smartrecruiters";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final int LAST_ORDER = 10;
    private static final int LAST_PUSH = 20;
    private static final int LAST_ERROR = 21;

    public OperatorCompaniesView(ConnectionService connections) {
        setSizeFull();
        Paragraph registration = new Paragraph(connections.partnerRegistration()
                .map(this::registrationText)
                .orElse(getTranslation("connection.operator.registration.none")));
        registration.setId("partner-registration");
        Anchor manage = new Anchor(PARTNER_CONFIGURATION_PATH,
                getTranslation("connection.operator.registration.manage"));
        manage.setId("partner-registration-link");
        add(new H2(getTranslation("connection.operator.registration.title")), registration, manage,
                new H2(getTranslation("connection.operator.companies.title")));

        List<CompanyConnection> companies = connections.overview();
        if (companies.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("connection.operator.companies.empty"));
            empty.setId("companies-empty");
            add(empty);
            return;
        }
        Grid<CompanyConnection> grid = new Grid<>(CompanyConnection.class, false);
        grid.addColumn(c -> c.company().name()).setHeader(header("name")).setSortable(true).setFlexGrow(2)
                .setAutoWidth(true);
        grid.addColumn(c -> DATE.format(c.company().createdAt())).setHeader(header("customer-since"));
        grid.addColumn(this::status).setHeader(header("status"));
        grid.addColumn(c -> text(c.srCompanyId())).setHeader(header("sr-company"));
        grid.addColumn(c -> when(c.connectedAt())).setHeader(header("connected-since"));
        grid.addColumn(c -> when(c.lastTokenIssuedAt())).setHeader(header("last-token"));
        grid.addColumn(c -> fact(c, LAST_ORDER)).setHeader(header("last-order"));
        grid.addColumn(c -> fact(c, LAST_PUSH)).setHeader(header("last-push"));
        grid.addColumn(c -> fact(c, LAST_ERROR)).setHeader(header("last-error"));
        grid.setItems(companies);
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connection.operator.title");
    }

    private String registrationText(PartnerRegistration.Attempt attempt) {
        return attempt.accepted()
                ? getTranslation("connection.operator.registration.accepted", WHEN.format(attempt.at()))
                : getTranslation("connection.operator.registration.failed", WHEN.format(attempt.at()),
                        attempt.message());
    }

    private String header(String column) {
        return getTranslation("connection.operator.companies." + column);
    }

    private String status(CompanyConnection company) {
        return getTranslation("connection.status." + (company.status() == null ? "none"
                : company.status().name().toLowerCase(Locale.ROOT)));
    }

    private String fact(CompanyConnection company, int order) {
        return company.activity().stream().filter(f -> f.order() == order).findFirst()
                .map(ConnectionActivity.Fact::at).map(this::when)
                .orElse(company.status() == null ? "" : getTranslation("connection.operator.never"));
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? getTranslation("connection.operator.never") : WHEN.format(instant);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
