package io.skillgate.connection.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.base.CompanyId;
import io.skillgate.base.ui.Confirmation;
import io.skillgate.base.SignedInUser;
import io.skillgate.connection.ConnectionActivity;
import io.skillgate.connection.ConnectionHealth;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.ConnectionStatus;

/**
 * Company admins: the SmartRecruiters connection and its health — who connected it and when, when SR last got a
 * token, the last order received, and what other modules report — and disconnecting from our side.
 */
@Route("connection")
@Menu(order = 60, title = "connection.admin.title")
@RolesAllowed("ADMIN")
public class ConnectionView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** One line of the page. */
    record Line(String label, String value) {
    }

    private final transient ConnectionService connections;
    private final transient @Nullable SignedInUser admin;
    private final Grid<Line> facts = new Grid<>(Line.class, false);
    private final Paragraph summary = new Paragraph();
    private final Button disconnect = new Button();

    public ConnectionView(ConnectionService connections, AuthenticationContext authenticationContext) {
        this.connections = connections;
        this.admin = authenticationContext.getAuthenticatedUser(SignedInUser.class).orElse(null);
        summary.setId("connection-summary");
        disconnect.setText(getTranslation("connection.admin.disconnect"));
        facts.addColumn(Line::label).setHeader("").setAutoWidth(true);
        facts.addColumn(Line::value).setHeader("").setFlexGrow(1);
        facts.setAllRowsVisible(true);
        disconnect.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disconnect.addClickListener(e -> confirmDisconnect());
        add(summary, facts, disconnect);
        refresh();
    }

    private @Nullable CompanyId companyId() {
        return admin == null ? null : admin.companyId();
    }

    void refresh() {
        CompanyId companyId = companyId();
        ConnectionHealth health = companyId == null ? null : connections.health(companyId).orElse(null);
        if (health == null) {
            summary.setText(getTranslation("connection.admin.not-connected"));
            facts.setItems(List.of());
            facts.setVisible(false);
            disconnect.setVisible(false);
            return;
        }
        boolean active = health.status() == ConnectionStatus.ACTIVE;
        summary.setText(getTranslation(active ? "connection.admin.connected" : "connection.admin.disconnected",
                health.srCompanyId()));
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(getTranslation("connection.admin.status"), getTranslation("connection.admin.status."
                + health.status().name().toLowerCase(java.util.Locale.ROOT))));
        lines.add(new Line(getTranslation("connection.admin.sr-company"), health.srCompanyId()));
        lines.add(new Line(getTranslation("connection.admin.connected-at"),
                whenBy(health.connectedAt(), health.connectedBy())));
        if (health.disabledAt() != null) {
            lines.add(new Line(getTranslation("connection.admin.disconnected-at"),
                    whenBy(health.disabledAt(), health.disabledBy())));
        }
        lines.add(new Line(getTranslation("connection.admin.client-id"), health.clientId()));
        lines.add(new Line(getTranslation("connection.admin.last-token"), when(health.lastTokenIssuedAt())));
        lines.add(new Line(getTranslation("connection.admin.credential"), getTranslation(health.srCredentialStored()
                ? "connection.admin.credential.stored" : "connection.admin.credential.none")));
        // what other modules report (ConnectionActivity) comes with English labels and details
        for (ConnectionActivity.Fact fact : health.activity()) {
            String detail = fact.detail() == null ? "" : fact.detail();
            lines.add(new Line(fact.label(), fact.at() == null ? detail
                    : when(fact.at()) + (detail.isEmpty() ? "" : " — " + detail)));
        }
        facts.setItems(lines);
        facts.setVisible(true);
        disconnect.setVisible(active);
    }

    private void confirmDisconnect() {
        Confirmation.ask("connection-disconnect-confirm", getTranslation("connection.admin.confirm.title"),
                getTranslation("connection.admin.confirm.text"), getTranslation("connection.admin.disconnect"), true,
                () -> {
                    CompanyId companyId = companyId();
                    if (companyId != null && admin != null) {
                        connections.disable(companyId, admin.email());
                    }
                    refresh();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connection.admin.title");
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? getTranslation("connection.admin.never") : WHEN.format(instant);
    }

    private String whenBy(@Nullable Instant instant, @Nullable String who) {
        return who == null ? when(instant) : getTranslation("connection.admin.when-by", when(instant), who);
    }
}
