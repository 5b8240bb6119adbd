package io.skillgate.sandbox.ui;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import io.skillgate.sandbox.SandboxFixture;
import io.skillgate.sandbox.SandboxState;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "play SR" page at {@code /sandbox}: open without signing in (it plays an outside party and exists only
 * outside prod), the consent link, the integrated companies, and the results list refreshed by polling.
 */
class SandboxViewTest extends KaribuTest {

    private static final String CONNECT = "Connect: open Skillgate's consent page";

    @Autowired
    private SandboxState state;

    private SandboxFixture sandbox;

    @BeforeEach
    void emptySandbox() {
        state.reset();
        sandbox = new SandboxFixture(state);
    }

    private static List<Class<?>> chain() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .<Class<?>>map(Object::getClass).toList();
    }

    private static List<String> notifications() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    /** window.open(url, target) calls queued for the browser (Page.open and Page.setLocation), as "target url". */
    private static List<String> opened() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("window.open"))
                .map(i -> i.getInvocation().getParameters())
                .map(p -> (p.size() > 1 ? p.get(1) : "_self") + " " + p.get(0))
                .toList();
    }

    private static void connect(String srCompanyId) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("SR company id")), srCompanyId);
        _click(_get(Button.class, spec -> spec.withText(CONNECT)));
    }

    @Test
    void anyoneMayOpenItWithoutSigningInAndItHasNoPortalNavigation() {
        UI.getCurrent().navigate("sandbox");

        assertThat(chain()).containsExactly(SandboxView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("SR company id")).getValue())
                .startsWith("sandbox-co-");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(SandboxView.POLL_MILLIS);
    }

    @Test
    void withoutAStoredConfigurationConnectingSaysSo() {
        UI.getCurrent().navigate("sandbox");
        connect("sr-play-1");

        assertThat(notifications()).singleElement().asString().startsWith("No partner configuration stored");
        assertThat(opened()).isEmpty();
    }

    @Test
    void inRedirectModeTheConsentPageGetsTheCompanyAndTheWayBackHere() {
        sandbox.configure("http://portal.test", "REDIRECT");
        UI.getCurrent().navigate("sandbox");
        connect("sr play/1");

        // Karibu's fake request comes from http://127.0.0.1:8080
        assertThat(opened()).containsExactly("_self http://portal.test/connect/smartrecruiters?companyId=sr%20play%2F1"
                + "&redirect=http%3A%2F%2F127.0.0.1%3A8080%2Fsandbox%3Fconnected%3Dsr%2520play%252F1");
    }

    @Test
    void inPopupModeTheConsentPageOpensInANewWindowWithoutAWayBack() {
        sandbox.configure("http://portal.test", "POPUP");
        UI.getCurrent().navigate("sandbox");
        connect("sr-play-2");

        assertThat(opened()).containsExactly("_blank http://portal.test/connect/smartrecruiters?companyId=sr-play-2");
    }

    @Test
    void backFromTheConsentPageANotificationSaysWhetherTheCompanyIsIntegrated() {
        sandbox.configure("http://portal.test", "REDIRECT");
        sandbox.integrate("sr-back-1", "sg_back", "secret");

        UI.getCurrent().navigate("sandbox", QueryParameters.of("connected", "sr-back-1"));
        assertThat(notifications()).singleElement().asString().contains("sr-back-1").contains("and integrated");

        UI.getCurrent().navigate("sandbox", QueryParameters.of("connected", "sr-back-2"));
        assertThat(notifications()).last().asString().contains("no integration call has arrived");
    }

    @Test
    void integratedCompaniesAndTheResultsWeSentAreListedNewestFirstAndRefreshedByPolling() {
        sandbox.configure("http://portal.test", "REDIRECT");
        String srClient = sandbox.integrate("sr-list-1", "sg_list", "secret");
        String first = UUID.randomUUID().toString();
        sandbox.recordResult(srClient, first, "{\"status\":\"IN_PROGRESS\"}");
        UI.getCurrent().navigate("sandbox");

        assertThat(_find(Span.class)).extracting(Span::getText).anySatisfy(text -> assertThat(text)
                .startsWith("sr-list-1 — Skillgate's client sg_list, SR's client " + srClient));
        assertThat(_find(Button.class)).extracting(Button::getText)
                .contains("Order an assessment for a generated candidate", "Order inline");
        @SuppressWarnings("unchecked")
        Grid<SandboxState.ResultCall> results = _get(Grid.class);
        assertThat(_size(results)).isEqualTo(1);

        String second = UUID.randomUUID().toString();
        sandbox.recordResult(srClient, second, "{\"status\":\"COMPLETED\"}");
        assertThat(_size(results)).as("not before the next poll").isEqualTo(1);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(_size(results)).isEqualTo(2);
        assertThat(_getFormattedRow(results, 0)).containsSubsequence(second, "results", "{\"status\":\"COMPLETED\"}");
        assertThat(_getFormattedRow(results, 1)).contains(first);
    }

    @Test
    void withNoIntegratedCompanyThereIsNothingToOrderFor() {
        UI.getCurrent().navigate("sandbox");

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("None yet: connect one above."));
        assertThat(_find(Button.class)).extracting(Button::getText)
                .doesNotContain("Order an assessment for a generated candidate", "Order inline");
    }

    @Test
    void orderingWithoutAStoredConfigurationSaysSoInsteadOfOpeningTheDialog() {
        sandbox.integrate("sr-lost-1", "sg_lost", "secret");
        UI.getCurrent().navigate("sandbox");

        _click(_get(Button.class, spec -> spec.withText("Order an assessment for a generated candidate")));

        assertThat(notifications()).singleElement().asString().startsWith("No partner configuration stored");
        assertThat(_find(Dialog.class)).isEmpty();
    }
}
