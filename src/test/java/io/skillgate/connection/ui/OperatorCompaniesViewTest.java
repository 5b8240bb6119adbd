package io.skillgate.connection.ui;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.company.CompanyService;
import io.skillgate.order.OrderStatus;
import io.skillgate.support.KaribuTest;
import io.skillgate.support.OrderFixture;
import io.skillgate.support.PartnerFixture;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator's list of customer companies with their connections; company users are refused. */
class OperatorCompaniesViewTest extends KaribuTest {

    @Autowired
    private CompanyService companies;

    private static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }

    private static List<String> row(String companyName) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i))
                .filter(r -> r.get(0).equals(companyName)).findFirst().orElseThrow();
    }

    @Test
    void anOperatorSeesEveryCompanyWithItsConnectionAndThePartnerRegistration() {
        PartnerFixture fixture = new PartnerFixture(context);
        PartnerFixture.Connected connected = fixture.connect("Operator list");
        String packageId = fixture.addPackage(connected.company(), "P", AssessmentType.SKILL_TEST, "A").id();
        new OrderFixture(context).order(connected.company(), packageId, OrderStatus.INVITED,
                Instant.parse("2026-02-03T04:05:00Z"), null);
        String connectedName = companies.find(connected.company()).orElseThrow().name();
        String loneName = companies.create("Never connected " + UUID.randomUUID(), "test").name();

        signIn(OPERATOR);
        UI.getCurrent().navigate("operator/companies");
        assertThat(currentView()).isEqualTo(OperatorCompaniesView.class);

        List<String> row = row(connectedName);
        assertThat(row.get(2)).isEqualTo("connected");
        assertThat(row.get(3)).isEqualTo(connected.srCompanyId());
        assertThat(row.get(4)).endsWith("UTC");
        assertThat(row.get(5)).as("a token was issued").endsWith("UTC");
        assertThat(row.get(6)).isEqualTo("2026-02-03 04:05 UTC");
        assertThat(row.get(7)).isEqualTo("never");
        List<String> lone = row(loneName);
        assertThat(lone.get(2)).isEqualTo("not connected");
        assertThat(lone.subList(3, 9)).containsOnly("", "never");

        assertThat(_get(Paragraph.class, spec -> spec.withId("partner-registration")).getText()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("partner-registration-link")).getHref())
                .isEqualTo("operator/smartrecruiters");
    }

    @Test
    void anAdminMayNotOpenIt() {
        signIn(ADMIN);
        UI.getCurrent().navigate("operator/companies");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void aRecruiterMayNotOpenIt() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("operator/companies");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
