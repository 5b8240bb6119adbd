package io.skillgate.audit.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditEventDetails;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.company.CompanyService;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit screen: filters from the address, company scope per role, and the CSV of what is shown. */
class AuditLogViewTest extends KaribuTest {

    private String mark;
    private CompanyId acme;
    private CompanyId other;

    @BeforeEach
    void eventsOfTwoCompanies() {
        mark = "v" + Long.toString(System.nanoTime(), 36) + ".";
        CompanyService companies = context.getBean(CompanyService.class);
        acme = companies.findBySlug("acme").orElseThrow().id();
        other = companies.create("Audited " + UUID.randomUUID(), "test").id();
        AuditService audit = context.getBean(AuditService.class);
        audit.record(new AuditEntry(acme, "ada@acme.test", mark + "user.created", "created bob", "192.0.2.1"));
        audit.record(new AuditEntry(acme, "ada@acme.test", mark + "sso.settings.changed", "=HYPERLINK(\"x\")",
                "192.0.2.2"));
        audit.record(new AuditEntry(other, "mallory@other.test", mark + "user.created", "created eve",
                "198.51.100.9"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEventDetails> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private static List<String> details() {
        return GridKt._findAll(grid()).stream().map(AuditEventDetails::detail).toList();
    }

    private static String csv() {
        return new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("audit-export"))),
                StandardCharsets.UTF_8);
    }

    @Test
    void anAdminFiltersByTheAddressAndExportsOnlyTheirCompanysMatches() {
        signIn(ADMIN);
        UI.getCurrent().navigate("audit", QueryParameters.fromString("action=" + mark + "user.&company="
                + other.value() + "&from=nonsense"));

        assertThat(_get(TextField.class, spec -> spec.withId("audit-action")).getValue()).isEqualTo(mark + "user.");
        assertThat(_find(IntegerField.class, spec -> spec.withId("audit-company"))).isEmpty();
        assertThat(details()).containsExactly("created bob");
        String csv = csv();
        assertThat(csv).startsWith("id,occurred at (UTC),company id,actor,action,detail,from address")
                .contains("created bob", "192.0.2.1").doesNotContain("created eve", "HYPERLINK");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-action")), mark);
        assertThat(details()).containsExactly("=HYPERLINK(\"x\")", "created bob");
        assertThat(csv()).contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain("created eve");
    }

    @Test
    void anOperatorSeesEveryCompanyAndPicksOneInTheAddress() {
        signIn(OPERATOR);
        UI.getCurrent().navigate("audit", QueryParameters.fromString("action=" + mark));
        assertThat(details()).containsExactly("created eve", "=HYPERLINK(\"x\")", "created bob");

        UI.getCurrent().navigate("audit", QueryParameters.fromString("action=" + mark + "&company="
                + other.value()));
        assertThat(_get(IntegerField.class, spec -> spec.withId("audit-company")).getValue())
                .isEqualTo((int) other.value());
        assertThat(details()).containsExactly("created eve");
        assertThat(csv()).contains("created eve", "mallory@other.test").doesNotContain("created bob");
    }

    @Test
    void recruitersHaveNoAuditScreen() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("audit");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(AccessDeniedView.class);
    }
}
