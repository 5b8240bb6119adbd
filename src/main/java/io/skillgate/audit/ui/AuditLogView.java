package io.skillgate.audit.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.audit.AuditEventDetails;
import io.skillgate.audit.AuditQuery;
import io.skillgate.audit.AuditService;
import io.skillgate.base.SignedInUser;
import io.skillgate.base.ui.BrowserTime;

/**
 * The audit log: who did what, when and from where. A company admin sees their company's events, an operator every
 * company's (and may pick one). Filters live in the address, the grid loads page by page from the database, and the
 * filtered set downloads as CSV.
 */
@Route("audit")
@Menu(order = 95, title = "audit.log.title")
@RolesAllowed({"ADMIN", "AUDITOR", "OPERATOR"})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 50;

    private final transient AuditService audit;
    private final transient Clock clock;
    private final SignedInUser reader;
    private final AuditFilterForm filters;
    private final Grid<AuditEventDetails> grid = new Grid<>();
    private AuditQuery query = AuditQuery.ALL;

    public AuditLogView(AuditService audit, AuthenticationContext authenticationContext, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        this.reader = authenticationContext.getAuthenticatedUser(SignedInUser.class)
                .orElseThrow(() -> new AccessDeniedException("the audit log needs a signed-in user"));
        this.filters = new AuditFilterForm(reader.operator(), this::applyFilters);
        addClassName("audit-log-view");
        setSizeFull();

        HorizontalLayout bar = new HorizontalLayout(filters, export());
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.setFlexGrow(1, filters);
        configureGrid();
        add(bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.restore(event.getLocation().getQueryParameters().getParameters());
        applyFilters();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.title");
    }

    private Anchor export() {
        Anchor export = new Anchor(csvDownload(), "");
        export.setId("audit-export");
        export.setRouterIgnore(true);
        Button button = new Button(getTranslation("audit.log.export"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        export.add(button);
        return export;
    }

    private DownloadHandler csvDownload() {
        return event -> {
            AuditQuery current = query;
            event.setFileName("audit-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                audit.exportCsv(reader, current, out);
            }
        };
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addColumn(e -> BrowserTime.dateTime(e.occurredAt(), getLocale(), zone()))
                .setHeader(getTranslation("audit.log.column.when")).setAutoWidth(true).setFlexGrow(0).setKey("when");
        if (reader.operator()) {
            grid.addColumn(e -> e.companyId() == null ? "" : e.companyId().toString())
                    .setHeader(getTranslation("audit.log.column.company")).setAutoWidth(true).setFlexGrow(0)
                    .setKey("company");
        }
        grid.addColumn(AuditEventDetails::actor).setHeader(getTranslation("audit.log.column.actor"))
                .setAutoWidth(true).setKey("actor");
        grid.addColumn(AuditEventDetails::action).setHeader(getTranslation("audit.log.column.action"))
                .setAutoWidth(true).setFlexGrow(0).setKey("action");
        grid.addColumn(AuditEventDetails::detail).setHeader(getTranslation("audit.log.column.detail"))
                .setTooltipGenerator(AuditEventDetails::detail).setFlexGrow(3).setKey("detail");
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress())
                .setHeader(getTranslation("audit.log.column.address")).setAutoWidth(true).setFlexGrow(0)
                .setKey("address");
        grid.setItems(q -> audit.search(reader, query, q.getOffset(), Math.min(q.getLimit(), 500)).stream());
        grid.setPageSize(PAGE);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("audit.log.nomatch"));
    }

    private ZoneId zone() {
        return UI.getCurrent() == null ? ZoneOffset.UTC : BrowserTime.zone(UI.getCurrent());
    }

    private void applyFilters() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null,
                    new Location("audit", QueryParameters.simple(filters.parameters())));
        }
        query = filters.query(zone());
        grid.getDataProvider().refreshAll();
    }
}
