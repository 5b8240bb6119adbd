package io.skillgate.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class UserAdminServiceTest {

    @Autowired
    private UserAdminService admins;

    @Autowired
    private UserService users;

    @Autowired
    private CompanyService companies;

    private record Tenant(CompanyId company, PortalUserPrincipal admin, String suffix) {
    }

    private Tenant tenant() {
        String suffix = Long.toString(System.nanoTime());
        CompanyId company = companies.create("Admin Screen Co " + suffix, "test").id();
        String email = "admin-" + suffix + "@screen.test";
        users.create(new CreateUserCommand(company, email, "Ada", "Admin", SystemRole.ADMIN, null, true), "test");
        return new Tenant(company, users.loadPrincipal(email).orElseThrow(), suffix);
    }

    private static CreateUserCommand newUser(Tenant tenant, String name, SystemRole role, boolean active) {
        return new CreateUserCommand(tenant.company(), name + "-" + tenant.suffix() + "@screen.test", "New", name,
                role, null, active, UserProfile.NONE);
    }

    private static ChangeUserCommand sameBut(UserSummary user, SystemRole role) {
        return new ChangeUserCommand(user.firstName(), user.lastName(), role, user.ssoIdentifier(), user.profile());
    }

    @Test
    void createsAUserOfTheAdminsCompanyActiveWhenAskedAndARefusedSsoIdentifierCreatesNobody() {
        Tenant tenant = tenant();
        UserSummary active = admins.create(tenant.admin(), newUser(tenant, "active", SystemRole.AUDITOR, true),
                "Active@IdP");
        assertThat(active.active()).isTrue();
        assertThat(active.companyId()).isEqualTo(tenant.company());
        assertThat(active.role()).isEqualTo(SystemRole.AUDITOR);
        assertThat(active.ssoIdentifier()).isEqualTo("Active@IdP");
        assertThat(admins.create(tenant.admin(), newUser(tenant, "idle", SystemRole.RECRUITER, false), " ").active())
                .isFalse();

        CreateUserCommand clash = newUser(tenant, "clash", SystemRole.RECRUITER, true);
        assertThatThrownBy(() -> admins.create(tenant.admin(), clash, "Active@IdP"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.reason())
                        .isEqualTo(UserException.Reason.DUPLICATE_SSO_IDENTIFIER));
        assertThat(users.emailExists(clash.email())).isFalse();
    }

    @Test
    void anAdminCannotDeactivateThemselvesButAnotherUser() {
        Tenant tenant = tenant();
        long self = tenant.admin().userId();
        assertThatThrownBy(() -> admins.setActive(tenant.admin(), self, false))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UserException.Reason.FORBIDDEN);
                    assertThat(e.getMessage()).contains("cannot deactivate yourself");
                });
        assertThat(users.find(self).orElseThrow().active()).isTrue();

        UserSummary other = admins.create(tenant.admin(), newUser(tenant, "other", SystemRole.ADMIN, true), null);
        admins.setActive(tenant.admin(), other.id(), false);
        assertThat(users.find(other.id()).orElseThrow().active()).isFalse();
        admins.setActive(tenant.admin(), other.id(), true);
        assertThat(users.find(other.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void anAdminCannotTakeAwayTheirOwnAdminRoleButChangeTheirNameAndAnotherAdminsRole() {
        Tenant tenant = tenant();
        UserSummary self = users.find(tenant.admin().userId()).orElseThrow();
        for (SystemRole lower : new SystemRole[] {SystemRole.RECRUITER, SystemRole.AUDITOR}) {
            assertThatThrownBy(() -> admins.change(tenant.admin(), self.id(), sameBut(self, lower)))
                    .isInstanceOfSatisfying(UserException.class, e -> {
                        assertThat(e.reason()).isEqualTo(UserException.Reason.FORBIDDEN);
                        assertThat(e.getMessage()).contains("your own admin role");
                    });
        }
        assertThat(users.find(self.id()).orElseThrow().role()).isEqualTo(SystemRole.ADMIN);
        assertThat(admins.change(tenant.admin(), self.id(), new ChangeUserCommand("Adele", "Admin", SystemRole.ADMIN,
                null, self.profile())).firstName()).isEqualTo("Adele");

        UserSummary other = admins.create(tenant.admin(), newUser(tenant, "peer", SystemRole.ADMIN, true), null);
        assertThat(admins.change(tenant.admin(), other.id(), sameBut(other, SystemRole.RECRUITER)).role())
                .isEqualTo(SystemRole.RECRUITER);
    }

    @Test
    void onlyAStillActiveAdminManagesAndOnlyTheirOwnCompanysUsers() {
        Tenant tenant = tenant();
        Tenant other = tenant();
        UserSummary theirs = admins.create(other.admin(), newUser(other, "theirs", SystemRole.RECRUITER, true), null);
        assertThatThrownBy(() -> admins.setActive(tenant.admin(), theirs.id(), false))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.reason()).isEqualTo(UserException.Reason.NOT_FOUND));
        assertThat(users.find(theirs.id()).orElseThrow().active()).isTrue();

        UserSummary recruiter = admins.create(tenant.admin(), newUser(tenant, "rita", SystemRole.RECRUITER, true),
                null);
        PortalUserPrincipal asRecruiter = users.loadPrincipal(recruiter.email()).orElseThrow();
        assertThatThrownBy(() -> admins.create(asRecruiter, newUser(tenant, "sneaky", SystemRole.ADMIN, true), null))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.reason()).isEqualTo(UserException.Reason.FORBIDDEN));

        // an admin demoted meanwhile (e.g. through the Users API) still holds ADMIN in their session
        UserSummary demoted = admins.create(tenant.admin(), newUser(tenant, "demoted", SystemRole.ADMIN, true), null);
        PortalUserPrincipal staleSession = users.loadPrincipal(demoted.email()).orElseThrow();
        admins.change(tenant.admin(), demoted.id(), sameBut(demoted, SystemRole.RECRUITER));
        assertThatThrownBy(() -> admins.setActive(staleSession, recruiter.id(), false))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.reason()).isEqualTo(UserException.Reason.FORBIDDEN));
        assertThat(users.find(recruiter.id()).orElseThrow().active()).isTrue();

        UserSummary deactivated = admins.create(tenant.admin(), newUser(tenant, "gone", SystemRole.ADMIN, true), null);
        PortalUserPrincipal goneSession = users.loadPrincipal(deactivated.email()).orElseThrow();
        admins.setActive(tenant.admin(), deactivated.id(), false);
        assertThatThrownBy(() -> admins.setActive(goneSession, recruiter.id(), false))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.reason()).isEqualTo(UserException.Reason.FORBIDDEN));
        assertThat(users.find(recruiter.id()).orElseThrow().active()).isTrue();
    }
}
