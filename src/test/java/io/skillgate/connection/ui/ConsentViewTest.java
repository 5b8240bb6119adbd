package io.skillgate.connection.ui;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.ConnectionStatus;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent screen per role. This context runs no HTTP server, so "SR" (the sandbox on this server) cannot be
 * reached: a grant here takes the unreachable path. The granting itself is covered by ConsentServiceTest and the
 * browser test.
 */
class ConsentViewTest extends KaribuTest {

    private static final String REDIRECT = "https://www.smartrecruiters.com/marketplace/skillgate";

    @Autowired
    private ConnectionService connections;

    @Autowired
    private CompanyService companies;

    @Autowired
    private UserService users;

    private static void openConsent(String companyId, String redirect) {
        UI.getCurrent().navigate(ConsentView.PATH, QueryParameters.simple(Map.of("companyId", companyId,
                "redirect", redirect)));
    }

    private static String text() {
        return _get(ConsentView.class).getElement().getTextRecursively();
    }

    /** A new company with an admin of its own, signed in. */
    private CompanyId signInAsAdminOfNewCompany() {
        CompanyId company = companies.create("Consent View Co " + System.nanoTime(), "test").id();
        String email = "admin-" + company.value() + "@consent-view.test";
        users.create(new CreateUserCommand(company, email, "Ada", "Admin", SystemRole.ADMIN, "consent-view-pass",
                true), "test");
        signIn(email);
        return company;
    }

    @Test
    void anAdminSeesWhatSrWillBeAbleToDoAndWhoGrantsIt() {
        signIn(ADMIN);
        openConsent("sr-acme-1", REDIRECT);

        assertThat(text()).contains("SmartRecruiters company sr-acme-1 asks to connect to Acme")
                .contains("place assessment orders").contains(ADMIN);
        assertThat(_get(Button.class, spec -> spec.withId("consent-allow")).isEnabled()).isTrue();
        _get(Button.class, spec -> spec.withId("consent-deny"));
    }

    @Test
    void aRecruiterIsToldToAskAnAdminAndCannotGrant() {
        signIn(RECRUITER);
        openConsent("sr-acme-2", REDIRECT);

        assertThat(_get(Paragraph.class, spec -> spec.withId("consent-error")).getText())
                .contains("Only an administrator");
        assertThat(_find(Button.class, spec -> spec.withId("consent-allow"))).isEmpty();
    }

    @Test
    void anOperatorCannotGrantForACustomer() {
        signIn(OPERATOR);
        openConsent("sr-acme-3", REDIRECT);

        assertThat(_get(Paragraph.class, spec -> spec.withId("consent-error")).getText())
                .contains("Only an administrator");
        assertThat(_find(Button.class, spec -> spec.withId("consent-allow"))).isEmpty();
    }

    @Test
    void aForeignRedirectIsRefusedAndNeverOffered() {
        signIn(ADMIN);
        openConsent("sr-acme-4", "https://evil.example/phish");

        assertThat(_get(Paragraph.class, spec -> spec.withId("consent-error")).getText())
                .contains("not a SmartRecruiters address");
        assertThat(_find(Button.class, spec -> spec.withId("consent-allow"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).noneMatch(a -> a.getHref().contains("evil"));
    }

    @Test
    void whenSrCannotBeReachedThePageSaysSoAndNothingIsStored() {
        CompanyId company = signInAsAdminOfNewCompany();
        openConsent("sr-unreachable-" + UUID.randomUUID(), REDIRECT);

        _click(_get(Button.class, spec -> spec.withId("consent-allow")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("consent-error")).getText())
                .contains("did not answer").contains("Nothing was stored");
        assertThat(connections.status(company)).isEmpty();
    }

    @Test
    void theConnectionPageShowsTheLinkAndDisconnectsIt() {
        CompanyId company = signInAsAdminOfNewCompany();
        UI.getCurrent().navigate(ConnectionView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("connection-summary")).getText())
                .startsWith("Not connected");

        String srCompanyId = "sr-page-" + UUID.randomUUID();
        connections.connect(company, srCompanyId, "test");
        UI.getCurrent().navigate(ConsentView.PATH); // leave and come back: a fresh view reads the new state
        UI.getCurrent().navigate(ConnectionView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("connection-summary")).getText())
                .contains("Connected to SmartRecruiters company " + srCompanyId);

        _click(_get(Button.class, spec -> spec.withText("Disconnect")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);

        assertThat(connections.status(company)).contains(ConnectionStatus.DISABLED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("connection-summary")).getText())
                .startsWith("Disconnected");
    }
}
