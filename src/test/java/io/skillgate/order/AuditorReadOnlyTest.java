package io.skillgate.order;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditQuery;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.support.OrderFixture;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An auditor reads the whole company (orders, audit log) and the services refuse every change made for them. */
@SpringBootTest
class AuditorReadOnlyTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private CompanyService companies;
    @Autowired
    private UserService users;
    @Autowired
    private AccessGroupService groups;
    @Autowired
    private OrderService orders;
    @Autowired
    private InvitationService invitations;
    @Autowired
    private ResultDeliveryLog deliveries;
    @Autowired
    private AuditService audit;

    private PortalUserPrincipal auditorOf(CompanyId company) {
        String email = "auditor-" + UUID.randomUUID() + "@audit.test";
        users.create(new CreateUserCommand(company, email, "Aud", "Itor", SystemRole.AUDITOR, null, true), "test");
        return users.loadPrincipal(email).orElseThrow();
    }

    @Test
    void anAuditorSeesTheWholeCompanyButMayNotResendOrReplay() {
        CompanyId company = companies.create("Audited " + UUID.randomUUID(), "test").id();
        PackageDetails pack = new PartnerFixture(context).addPackage(company, "Java", AssessmentType.SKILL_TEST, "Basics");
        String adminEmail = "admin-" + UUID.randomUUID() + "@audit.test";
        users.create(new CreateUserCommand(company, adminEmail, "Ad", "Min", SystemRole.ADMIN, null, true), "test");
        PortalUserPrincipal admin = users.loadPrincipal(adminEmail).orElseThrow();
        long group = groups.create(admin, "Restricted " + UUID.randomUUID()).id();
        groups.update(admin, group, Set.of(), Set.of(pack.id())); // the package is only for the group's members
        String orderId = new OrderFixture(context).order(company, pack.id(), OrderStatus.INVITED, Instant.now(), null);
        PortalUserPrincipal auditor = auditorOf(company);

        Viewer viewer = groups.viewerOf(auditor);

        assertThat(viewer.seesWholeCompany()).as("access groups do not limit an auditor").isTrue();
        assertThat(viewer.readOnly()).isTrue();
        assertThat(orders.details(viewer, orderId).orderId()).isEqualTo(orderId);
        assertThatThrownBy(() -> invitations.resend(viewer, orderId, auditor.email()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deliveries.replay(viewer, orderId, 1, auditor.email()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groups.viewerOf(users.loadPrincipal("admin@acme.test").orElseThrow()).readOnly()).isFalse();
    }

    @Test
    void anAuditorReadsTheCompanysAuditLogOnly() {
        CompanyId company = companies.create("Audited log " + UUID.randomUUID(), "test").id();
        CompanyId other = companies.create("Other log " + UUID.randomUUID(), "test").id();
        String mark = "test.auditor-" + UUID.randomUUID() + ".";
        audit.record(AuditEntry.of(company, "someone@audit.test", mark + "mine", "ours"));
        audit.record(AuditEntry.of(other, "someone@audit.test", mark + "theirs", "theirs"));

        var seen = audit.search(auditorOf(company), new AuditQuery(mark, null, null, null, null, other), 0, 10);

        assertThat(seen).extracting(e -> e.action()).containsExactly(mark + "mine");
    }
}
