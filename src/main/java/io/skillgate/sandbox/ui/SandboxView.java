package io.skillgate.sandbox.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

import io.skillgate.sandbox.SandboxPlayer;
import io.skillgate.sandbox.SandboxState;

/**
 * {@code /sandbox} (dev and tests only, registered by {@link SandboxRouteRegistration}): a person plays
 * SmartRecruiters against this portal — connects a company through our consent page, orders assessments for
 * generated candidates, and watches the results we send back (refreshed every two seconds). Anonymous: the
 * page stands for an outside party, and the sandbox never exists in prod.
 */
@PageTitle("Play SmartRecruiters · Sandbox")
@AnonymousAllowed
public class SandboxView extends VerticalLayout implements BeforeEnterObserver {

    static final int POLL_MILLIS = 2000;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final transient SandboxPlayer player;
    private final transient SandboxState state;
    private final TextField companyId = new TextField("SR company id");
    private final VerticalLayout companies = new VerticalLayout();
    private final Grid<SandboxState.ResultCall> results = new Grid<>();
    private @Nullable List<String> shownCompanies;
    private List<SandboxState.ResultCall> shownCalls = List.of();
    private @Nullable Registration poll;

    public SandboxView(SandboxPlayer player, SandboxState state) {
        this.player = player;
        this.state = state;
        companyId.setValue(player.newCompanyId());
        companyId.setWidth("24em");
        Button connect = new Button("Connect: open Skillgate's consent page", e -> connect());
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout connectRow = new HorizontalLayout(companyId, connect);
        connectRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        companies.setPadding(false);
        results.addColumn(call -> TIME.format(call.receivedAt())).setHeader("Received").setAutoWidth(true);
        results.addColumn(SandboxState.ResultCall::orderId).setHeader("Order").setAutoWidth(true);
        results.addColumn(SandboxState.ResultCall::kind).setHeader("Kind").setAutoWidth(true);
        results.addColumn(SandboxState.ResultCall::body).setHeader("Body").setFlexGrow(1)
                .setTooltipGenerator(SandboxState.ResultCall::body);
        results.setAllRowsVisible(false);
        results.setHeight("24em");
        add(new H2("Play SmartRecruiters"),
                new Paragraph("This page plays SmartRecruiters' side against this portal through the built-in "
                        + "sandbox (dev and tests only). It calls the URLs Skillgate announced in its partner "
                        + "configuration, with the credential Skillgate handed over for each company."),
                new Anchor("sandbox/mailbox", "Mailbox: the invitations Skillgate sent to candidates"),
                new H3("Connect a company"), connectRow,
                new H3("Integrated companies"), companies,
                new H3("Results received from Skillgate (newest first)"), results);
        setWidthFull();
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("connected").ifPresent(id -> Notification.show("SR company " + id
                + " is back from Skillgate's consent page" + (state.integration(id).isPresent()
                ? " and integrated: Skillgate handed over its credential."
                : "; no integration call has arrived from Skillgate for it yet."), 8000,
                Notification.Position.TOP_CENTER));
        query.getSingleParameter("completed").ifPresent(order -> Notification.show("The candidate of order "
                + order + " finished the inline assessment and is back at SmartRecruiters.", 8000,
                Notification.Position.TOP_CENTER));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MILLIS);
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
    }

    private void connect() {
        try {
            SandboxPlayer.ConsentLink link = player.consentLink(companyId.getValue(), appBaseUrl());
            if (link.popup()) {
                UI.getCurrent().getPage().open(link.url(), "_blank");
            } else {
                UI.getCurrent().getPage().setLocation(link.url());
            }
        } catch (SandboxPlayer.CannotPlay e) {
            error(e.getMessage());
        }
    }

    private void refresh() {
        List<SandboxState.Integration> integrated = state.integrations();
        List<String> ids = integrated.stream().map(SandboxState.Integration::companyId).toList();
        if (!ids.equals(shownCompanies)) {
            companies.removeAll();
            integrated.forEach(integration -> companies.add(row(integration)));
            if (integrated.isEmpty()) {
                companies.add(new Paragraph("None yet: connect one above. Skillgate calls SmartRecruiters' "
                        + "integration endpoint once the company's admin has given consent."));
            }
            shownCompanies = ids;
        }
        List<SandboxState.ResultCall> calls = state.resultCallsNewestFirst();
        if (!calls.equals(shownCalls)) {
            results.setItems(calls);
            shownCalls = calls;
        }
    }

    private HorizontalLayout row(SandboxState.Integration integration) {
        String id = integration.companyId();
        Span text = new Span(id + " — Skillgate's client " + integration.partnerClientId() + ", SR's client "
                + integration.srClientId() + ", integrated " + TIME.format(integration.integratedAt()));
        Button order = new Button("Order an assessment for a generated candidate", e -> openOrder(id, false));
        Button inline = new Button("Order inline", e -> openOrder(id, true));
        HorizontalLayout row = new HorizontalLayout(text, order, inline);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("integrated-company");
        return row;
    }

    private void openOrder(String id, boolean inline) {
        try {
            new OrderDialog(player, id, inline, appBaseUrl()).open();
        } catch (SandboxPlayer.CannotPlay e) {
            error(e.getMessage());
        }
    }

    /** This portal's absolute base URL as the browser reaches it (SR's callbacks point back to the sandbox here). */
    private static String appBaseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            throw new SandboxPlayer.CannotPlay("No request to take this server's address from");
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
