package io.skillgate.apikey.ui;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.apikey.ApiKeyService;
import io.skillgate.apikey.ApiKeySummary;
import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.support.KaribuTest;

import com.github.mvysny.kaributesting.v10.GridKt;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin creates a key (its secret shown once), sees it listed with its scopes, and revokes it after confirming. */
class ApiKeysViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void anAdminCreatesAKeySeesItsSecretOnceAndRevokesIt() {
        PortalUserPrincipal admin = signIn(ADMIN);
        UI.getCurrent().navigate(ApiKeysView.class);
        String name = "Karibu key " + System.nanoTime();

        _click(_get(Button.class, spec -> spec.withId("api-key-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("api-key-name")), name);
        _click(_get(Button.class, spec -> spec.withId("api-key-dialog-create")));
        CheckboxGroup<ApiKeyScope> scopes = _get(CheckboxGroup.class, spec -> spec.withId("api-key-scopes"));
        assertThat(scopes.isInvalid()).isTrue(); // at least one scope
        _setValue(scopes, Set.of(ApiKeyScope.USERS_READ, ApiKeyScope.USERS_MANAGE));
        _click(_get(Button.class, spec -> spec.withId("api-key-dialog-create")));

        String token = _get(TextField.class, spec -> spec.withId("api-key-secret")).getValue();
        assertThat(token).startsWith("sgk_");
        ApiKeyService keys = context.getBean(ApiKeyService.class);
        assertThat(keys.authenticate(token)).hasValueSatisfying(key -> assertThat(key.scopes())
                .containsExactlyInAnyOrder(ApiKeyScope.USERS_READ, ApiKeyScope.USERS_MANAGE));
        _get(Button.class, spec -> spec.withId("api-key-secret-copy"));
        _click(_get(Button.class, spec -> spec.withId("api-key-dialog-done")));

        Grid<ApiKeySummary> grid = _get(Grid.class, spec -> spec.withId("api-keys-grid"));
        ApiKeySummary listed = _findAll(grid).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        assertThat(listed.publicId()).isEqualTo(token.substring(4, 20));

        int row = _findAll(grid).indexOf(listed);
        _click((Button) GridKt._getCellComponent(grid, row, "status"));
        assertThat(keys.authenticate(token)).isPresent(); // not before the confirmation
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(keys.authenticate(token)).isEmpty();
        assertThat(keys.list(admin)).filteredOn(k -> k.name().equals(name)).singleElement()
                .satisfies(k -> assertThat(k.revoked()).isTrue());
    }

    @Test
    void aRecruiterCannotOpenTheKeys() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("api-keys");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass())
                .isEqualTo(AccessDeniedView.class);
    }
}
