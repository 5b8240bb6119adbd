package io.skillgate.apikey.ui;

import java.time.ZoneId;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.apikey.ApiKeyService;
import io.skillgate.apikey.ApiKeySummary;
import io.skillgate.base.ui.BrowserTime;
import io.skillgate.base.ui.Confirmation;

/**
 * Company admins: the API keys of their company (apps and integrations' credentials) — scopes, last use, revoke
 * with a confirmation, and a dialog that creates a key and shows its secret once.
 */
@Route("api-keys")
@Menu(order = 57, title = "apikey.title")
@RolesAllowed("ADMIN")
public class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiKeyService keys;
    private final PortalUserPrincipal admin;
    private final Grid<ApiKeySummary> grid = new Grid<>();

    public ApiKeysView(ApiKeyService keys, AuthenticationContext authentication) {
        this.keys = keys;
        this.admin = authentication.getAuthenticatedUser(PortalUserPrincipal.class).orElseThrow();
        addClassName("api-keys-view");
        setSizeFull();

        Button create = new Button(getTranslation("apikey.create"), e -> new CreateApiKeyDialog(keys, admin,
                this::refresh).open());
        create.setId("api-key-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("api-keys-grid");
        grid.addColumn(ApiKeySummary::name).setHeader(getTranslation("apikey.column.name"));
        grid.addColumn(ApiKeySummary::publicId).setHeader(getTranslation("apikey.column.id"));
        grid.addColumn(key -> key.scopes().stream().map(ApiKeyScope::code).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("apikey.column.scopes"));
        grid.addColumn(key -> key.lastUsedAt() == null ? getTranslation("apikey.never")
                : time(key.lastUsedAt())).setHeader(getTranslation("apikey.column.lastused"));
        grid.addColumn(key -> key.createdBy() + ", " + time(key.createdAt()))
                .setHeader(getTranslation("apikey.column.created"));
        grid.addComponentColumn(this::statusOrRevoke).setKey("status")
                .setHeader(getTranslation("apikey.column.status"));
        grid.setEmptyStateText(getTranslation("apikey.empty"));
        grid.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("apikey.intro")), create, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apikey.title");
    }

    private String time(java.time.Instant instant) {
        ZoneId zone = getUI().map(BrowserTime::zone).orElse(java.time.ZoneOffset.UTC);
        return BrowserTime.dateTime(instant, getLocale(), zone);
    }

    private com.vaadin.flow.component.Component statusOrRevoke(ApiKeySummary key) {
        if (key.revoked()) {
            return new com.vaadin.flow.component.html.Span(getTranslation("apikey.revoked", time(key.revokedAt())));
        }
        Button revoke = new Button(getTranslation("apikey.revoke"), e -> Confirmation.ask("api-key-revoke-confirm",
                getTranslation("apikey.revoke.title", key.name()), getTranslation("apikey.revoke.text"),
                getTranslation("apikey.revoke"), true, () -> {
                    keys.revoke(admin, key.id());
                    refresh();
                }));
        revoke.setId("api-key-revoke-" + key.publicId());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return revoke;
    }

    private void refresh() {
        grid.setItems(keys.list(admin));
    }
}
