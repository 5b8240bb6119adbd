package io.skillgate.order.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.candidate.CandidateFixture;
import io.skillgate.order.AttemptService;
import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderService;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderSummary;
import io.skillgate.order.PlaceOrderCommand;
import io.skillgate.support.KaribuTest;
import io.skillgate.support.PartnerFixture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The orders grid and the order page, per role; what another company owns is never shown. */
class OrderScreensTest extends KaribuTest {

    private CompanyId acme;
    private PackageDetails pack;
    private String lastName;

    @BeforeEach
    void acmeWithAPackage() {
        acme = context.getBean(CompanyService.class).findBySlug("acme").orElseThrow().id();
        pack = context.getBean(CatalogService.class).create(acme, new CreatePackageCommand("Grid test " + UUID.randomUUID(),
                "", AssessmentType.SKILL_TEST, List.of(new CreatePackageCommand.NewAssessment("Basics", "",
                        AssessmentType.SKILL_TEST, null, List.of(NewQuestion.singleChoice("2 + 2?",
                        List.of("3", "4"), 1))))), "test");
        lastName = "Gridtest" + Long.toString(System.nanoTime(), 36);
    }

    private String place(CompanyId company, String packageId, String firstName) {
        return context.getBean(OrderService.class).place(new PlaceOrderCommand(company, OrderKind.REGULAR,
                Long.toString(System.nanoTime(), 36), "https://api.smartrecruiters.test/" + UUID.randomUUID() + "/results",
                packageId, null, firstName.toLowerCase() + "@example.test", firstName, lastName, "en", null, null,
                "job-1", null, Map.of())).orderId();
    }

    @SuppressWarnings("unchecked")
    private static Grid<OrderSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("orders-grid"));
    }

    private static List<String> candidates(Grid<OrderSummary> grid) {
        return GridKt._findAll(grid).stream().map(OrderSummary::candidateName).toList();
    }

    @Test
    void aRecruiterFindsTheCompanysOrdersByCandidate() {
        place(acme, pack.id(), "Alice");
        place(acme, pack.id(), "Bob");
        signIn(RECRUITER);
        UI.getCurrent().navigate(OrderListView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("orders-candidate")), lastName);
        assertThat(candidates(grid())).containsExactly("Bob " + lastName, "Alice " + lastName);
        _setValue(_get(TextField.class, spec -> spec.withId("orders-candidate")), "bob@");
        assertThat(candidates(grid())).allMatch(name -> name.startsWith("Bob"));
    }

    @Test
    void theAddressCarriesTheFiltersAndNonsenseInItIsIgnored() {
        place(acme, pack.id(), "Erin");
        signIn(ADMIN);
        UI.getCurrent().navigate("orders", QueryParameters.fromString("candidate=" + lastName + "&status=COMPLETED"));
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("orders-status")).getValue())
                .containsExactly(OrderStatus.COMPLETED);
        assertThat(candidates(grid())).isEmpty();

        UI.getCurrent().navigate("orders", QueryParameters.fromString("candidate=" + lastName
                + "&status=RECEIVED,BOGUS&from=yesterday&package=" + UUID.randomUUID()));
        assertThat(candidates(grid())).containsExactly("Erin " + lastName);
    }

    @Test
    void anOrderThatArrivesWhileTheGridIsOpenShowsWithoutReload() {
        CompanyId company = context.getBean(CompanyService.class).create("Live " + UUID.randomUUID(), "test").id();
        String email = "live-" + System.nanoTime() + "@live.test";
        context.getBean(UserService.class).create(new CreateUserCommand(company, email, "Liv", "Live",
                SystemRole.ADMIN, "live-password-1", true), "test");
        PackageDetails theirs = new PartnerFixture(context).addPackage(company, "Live", AssessmentType.SKILL_TEST, "A");
        signIn(email);
        UI.getCurrent().navigate(OrderListView.class);
        Div empty = _get(Div.class, spec -> spec.withId("orders-empty"));
        assertThat(empty.isVisible()).isTrue();

        place(company, theirs.id(), "Dora");
        assertThat(empty.isVisible()).as("not before the UI ran the change").isTrue();
        MockVaadin.clientRoundtrip();
        assertThat(empty.isVisible()).isFalse();
        assertThat(grid().isVisible()).isTrue();
        assertThat(candidates(grid())).containsExactly("Dora " + lastName);
    }

    @Test
    void anotherCompanysOrdersAreNeitherListedNorOpened() {
        PartnerFixture partners = new PartnerFixture(context);
        CompanyId other = partners.connect("Other " + UUID.randomUUID()).company();
        PackageDetails otherPack = partners.addPackage(other, "Theirs", AssessmentType.SKILL_TEST, "A");
        String theirs = place(other, otherPack.id(), "Mallory");
        signIn(ADMIN);
        UI.getCurrent().navigate(OrderListView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("orders-candidate")), lastName);
        assertThat(candidates(grid())).isEmpty();

        UI.getCurrent().navigate("orders/" + theirs);
        assertThat(_find(com.vaadin.flow.component.html.H2.class).get(0).getText()).isEqualTo("Order not found");
        assertThat(_find(Div.class, spec -> spec.withId("order-facts"))).isEmpty();
    }

    @Test
    void theOrderPageShowsFactsTimelineAndWhatWasSentToSr() {
        String orderId = place(acme, pack.id(), "Carol");
        signIn(ADMIN);
        UI.getCurrent().navigate("orders/" + orderId);

        assertThat(_get(Span.class, spec -> spec.withId("order-status")).getText()).isEqualTo("Received");
        assertThat(_get(Div.class, spec -> spec.withId("order-facts")).getElement().getTextRecursively())
                .contains("carol@example.test", orderId);
        assertThat(_get(OrderedList.class, spec -> spec.withId("order-timeline")).getChildren().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(_get(Div.class, spec -> spec.withId("order-answers")).getElement().getTextRecursively())
                .contains("has not started");
    }

    @Test
    void aCompletedOrderIsAnnouncedWhereverTheUserIsAndOnlyToItsCompany() {
        CandidateFixture.Link link = new CandidateFixture(context).inlineOrder(CandidateFixture.basicsAndSpeed(), "en",
                null);
        String email = "notified-" + System.nanoTime() + "@live.test";
        context.getBean(UserService.class).create(new CreateUserCommand(link.company(), email, "Nora", "Note",
                SystemRole.RECRUITER, "notified-password-1", true), "test");
        signIn(email);
        UI.getCurrent().navigate("");

        AttemptService attempts = context.getBean(AttemptService.class);
        for (var assessment : link.content().assessments()) {
            attempts.start(link.token(), assessment.id());
            attempts.submit(link.token(), assessment.id());
        }
        MockVaadin.clientRoundtrip();
        assertThat(_find(Notification.class)).singleElement().satisfies(n ->
                assertThat(n.getElement().getTextRecursively()).contains("completed the assessment"));
    }

    @Test
    void anotherCompanysCompletionIsNotAnnounced() {
        signIn(ADMIN);
        UI.getCurrent().navigate("");
        CandidateFixture.Link link = new CandidateFixture(context).inlineOrder(CandidateFixture.basicsAndSpeed(), "en",
                null);
        AttemptService attempts = context.getBean(AttemptService.class);
        for (var assessment : link.content().assessments()) {
            attempts.start(link.token(), assessment.id());
            attempts.submit(link.token(), assessment.id());
        }
        MockVaadin.clientRoundtrip();
        assertThat(_find(Notification.class)).isEmpty();
    }

    @Test
    void operatorsHaveNoOrderScreens() {
        signIn(OPERATOR);
        UI.getCurrent().navigate("orders");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(AccessDeniedView.class);
    }
}
