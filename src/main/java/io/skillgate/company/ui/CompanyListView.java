package io.skillgate.company.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.skillgate.company.CompanyService;
import io.skillgate.company.CompanySummary;

/** Operator area: every customer company on the platform. */
@Route("operator/companies")
@PageTitle("Customer companies")
@Menu(order = 90, title = "Customer companies")
@RolesAllowed("OPERATOR")
public class CompanyListView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public CompanyListView(CompanyService companyService) {
        setSizeFull();
        var companies = companyService.findAll();
        if (companies.isEmpty()) {
            add(new Paragraph("No customer companies yet. A company appears here when its admin signs up or "
                    + "connects SmartRecruiters."));
            return;
        }
        Grid<CompanySummary> grid = new Grid<>(CompanySummary.class, false);
        grid.addColumn(CompanySummary::name).setHeader("Name").setSortable(true);
        grid.addColumn(CompanySummary::slug).setHeader("Slug");
        grid.addColumn(c -> DATE.format(c.createdAt())).setHeader("Customer since");
        grid.setItems(companies);
        grid.setSizeFull();
        add(grid);
    }
}
