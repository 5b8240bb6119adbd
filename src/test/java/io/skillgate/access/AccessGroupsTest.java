package io.skillgate.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.order.InvitationService;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderQuery;
import io.skillgate.order.OrderRefused;
import io.skillgate.order.OrderService;
import io.skillgate.order.OrderSort;
import io.skillgate.order.OrderSummary;
import io.skillgate.order.PlaceOrderCommand;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Access groups decide what a recruiter sees: packages no group names, plus their own groups' packages, and only
 * those packages' orders — in lists, on the order page and for actions. Admins see everything.
 */
@SpringBootTest
class AccessGroupsTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private AccessGroupService groups;
    @Autowired
    private UserService users;
    @Autowired
    private OrderService orders;
    @Autowired
    private InvitationService invitations;

    private CompanyId company;
    private PortalUserPrincipal admin;
    private PortalUserPrincipal sales;
    private PortalUserPrincipal loner;
    private PackageDetails salesPack;
    private PackageDetails techPack;
    private PackageDetails openPack;

    @BeforeEach
    void companyWithThreePackages() {
        company = context.getBean(CompanyService.class).create("Groups " + UUID.randomUUID(), "test").id();
        admin = user("admin", SystemRole.ADMIN);
        sales = user("sales", SystemRole.RECRUITER);
        loner = user("loner", SystemRole.RECRUITER);
        PartnerFixture fixture = new PartnerFixture(context);
        salesPack = fixture.addPackage(company, "Sales", AssessmentType.SKILL_TEST, "A");
        techPack = fixture.addPackage(company, "Tech", AssessmentType.SKILL_TEST, "A");
        openPack = fixture.addPackage(company, "Open", AssessmentType.SKILL_TEST, "A");
    }

    private PortalUserPrincipal user(String name, SystemRole role) {
        String email = name + "-" + System.nanoTime() + "@groups.test";
        users.create(new CreateUserCommand(company, email, name, "Tester", role, "password-" + name + "-1", true),
                "test");
        return users.loadPrincipal(email).orElseThrow();
    }

    private String order(PackageDetails pack) {
        return orders.place(new PlaceOrderCommand(company, OrderKind.REGULAR, Long.toString(System.nanoTime(), 36),
                "https://api.smartrecruiters.test/" + UUID.randomUUID() + "/results", pack.id(), null,
                "c@example.test", "Cand", pack.name(), "en", null, null, null, null, Map.of())).orderId();
    }

    private void restrict() {
        AccessGroupSummary salesGroup = groups.create(admin, "Sales");
        AccessGroupSummary techGroup = groups.create(admin, "Tech");
        groups.update(admin, salesGroup.id(), Set.of(sales.userId()), Set.of(salesPack.id()));
        groups.update(admin, techGroup.id(), Set.of(), Set.of(techPack.id()));
    }

    @Test
    void withoutGroupsEveryoneSeesTheWholeCompany() {
        assertThat(groups.viewerOf(sales).seesWholeCompany()).isTrue();
        assertThat(groups.viewerOf(admin).seesWholeCompany()).isTrue();
    }

    @Test
    void aRecruiterSeesOpenPackagesAndTheirGroupsOnly() {
        restrict();
        assertThat(groups.viewerOf(sales).packageIds()).containsExactlyInAnyOrder(salesPack.id(), openPack.id());
        assertThat(groups.viewerOf(loner).packageIds()).containsExactly(openPack.id());
        assertThat(groups.viewerOf(admin).seesWholeCompany()).isTrue();
    }

    @Test
    void ordersOfAnotherGroupsPackageAreNeitherListedNorOpenedNorActedOn() {
        String salesOrder = order(salesPack);
        String techOrder = order(techPack);
        String openOrder = order(openPack);
        restrict();
        Viewer viewer = groups.viewerOf(sales);

        assertThat(orders.search(viewer, OrderQuery.ALL, OrderSort.RECEIVED, true, 0, 50))
                .extracting(OrderSummary::orderId).containsExactlyInAnyOrder(salesOrder, openOrder);
        assertThat(orders.count(viewer, OrderQuery.ALL)).isEqualTo(2);
        assertThatThrownBy(() -> orders.details(viewer, techOrder)).isInstanceOf(OrderRefused.class);
        assertThatThrownBy(() -> orders.answers(viewer, techOrder)).isInstanceOf(OrderRefused.class);
        assertThat(orders.report(viewer, techOrder)).isEmpty();
        assertThatThrownBy(() -> invitations.resend(viewer, techOrder, sales.email()))
                .isInstanceOf(OrderRefused.class);
        assertThat(orders.details(viewer, salesOrder).orderId()).isEqualTo(salesOrder);
        assertThat(orders.search(groups.viewerOf(admin), OrderQuery.ALL, OrderSort.RECEIVED, true, 0, 50))
                .hasSize(3);
    }

    @Test
    void onlyTheCompanysAdminsManageGroupsAndOnlyWithTheirOwnUsersAndPackages() {
        assertThatThrownBy(() -> groups.create(sales, "Mine")).isInstanceOf(AccessDeniedException.class);
        AccessGroupSummary group = groups.create(admin, "Sales");
        assertThatThrownBy(() -> groups.create(admin, " Sales ")).isInstanceOf(UserException.class)
                .hasMessageContaining("exists already");

        CompanyId other = context.getBean(CompanyService.class).create("Other " + UUID.randomUUID(), "test").id();
        PackageDetails theirPack = new PartnerFixture(context).addPackage(other, "Theirs", AssessmentType.SKILL_TEST,
                "A");
        assertThatThrownBy(() -> groups.update(admin, group.id(), Set.of(), Set.of(theirPack.id())))
                .isInstanceOf(UserException.class);
        String stranger = "stranger-" + System.nanoTime() + "@other.test";
        long strangerId = users.create(new CreateUserCommand(other, stranger, "S", "T", SystemRole.RECRUITER,
                "password-stranger-1", true), "test").id();
        assertThatThrownBy(() -> groups.update(admin, group.id(), Set.of(strangerId), Set.of()))
                .isInstanceOf(UserException.class);
        assertThat(groups.groups(company)).singleElement().satisfies(g -> {
            assertThat(g.memberIds()).isEmpty();
            assertThat(g.packageIds()).isEmpty();
        });

        users.create(new CreateUserCommand(other, "admin-" + stranger, "A", "O", SystemRole.ADMIN,
                "password-other-admin-1", true), "test");
        PortalUserPrincipal otherAdmin = users.loadPrincipal("admin-" + stranger).orElseThrow();
        assertThatThrownBy(() -> groups.delete(otherAdmin, group.id())).isInstanceOf(UserException.class);
        assertThat(groups.groups(company)).hasSize(1);
    }
}
