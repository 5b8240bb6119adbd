package io.skillgate.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class UserServiceTest {

    @Autowired
    private UserService users;

    @Autowired
    private CompanyService companies;

    @Autowired
    private PasswordEncoder passwordEncoder;

    private CompanyId newCompany(String name) {
        return companies.create(name, "test").id();
    }

    private static CreateUserCommand command(CompanyId company, String email, SystemRole role, String password) {
        return new CreateUserCommand(company, email, "First", "Last", role, password, true);
    }

    @Test
    void storesANormalizedEmailAndOnlyAHashOfThePassword() {
        CompanyId company = newCompany("Hash Co");
        UserSummary created = users.create(command(company, "  Mixed.Case@Example.TEST ", SystemRole.RECRUITER,
                "correct horse battery"), "test");

        assertThat(created.email()).isEqualTo("mixed.case@example.test");
        PortalUserPrincipal principal = users.loadPrincipal("MIXED.case@example.test").orElseThrow();
        assertThat(principal.getPassword()).startsWith("{bcrypt}").doesNotContain("correct horse battery");
        assertThat(passwordEncoder.matches("correct horse battery", principal.getPassword())).isTrue();
    }

    @Test
    void refusesADuplicateEmailWhateverItsCase() {
        CompanyId company = newCompany("Dup Co");
        users.create(command(company, "dup.user@example.test", SystemRole.ADMIN, "long enough password"), "test");

        assertThatThrownBy(() -> users.create(command(company, "DUP.user@example.test", SystemRole.RECRUITER,
                "long enough password"), "test"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.reason()).isEqualTo(UserException.Reason.DUPLICATE_EMAIL));
    }

    @Test
    void refusesShortAndOverlongPasswords() {
        CompanyId company = newCompany("Pw Co");
        assertThatThrownBy(() -> users.create(command(company, "short@example.test", SystemRole.ADMIN, "short"),
                "test")).isInstanceOf(UserException.class).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> users.create(command(company, "long@example.test", SystemRole.ADMIN,
                "x".repeat(73)), "test")).isInstanceOf(UserException.class).hasMessageContaining("72 bytes");
        assertThat(users.emailExists("short@example.test")).isFalse();
        assertThat(users.emailExists("long@example.test")).isFalse();
    }

    @Test
    void refusesInvalidInputWithAClearMessage() {
        CompanyId company = newCompany("Invalid Co");
        assertThatThrownBy(() -> users.create(command(company, "not-an-email", SystemRole.ADMIN,
                "long enough password"), "test"))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UserException.Reason.INVALID);
                    assertThat(e.getMessage()).startsWith("email");
                });
        assertThatThrownBy(() -> users.create(command(null, "companyless@example.test", SystemRole.ADMIN,
                "long enough password"), "test")).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> users.create(command(company, "op-in-company@example.test", SystemRole.OPERATOR,
                "long enough password"), "test")).isInstanceOf(UserException.class);
    }

    @Test
    void storesTheProfileNormalizedAndRefusesAnInvalidOneWithoutWritingAnything() {
        CompanyId company = newCompany("Profile Co");
        UserSummary created = users.create(new CreateUserCommand(company, "profile@example.test", "Pro", "File",
                SystemRole.RECRUITER, null, false, new UserProfile("ext", SsoLoginMode.PASSWORD, "zh-TW",
                new UserLocation(" us ", " Boston ", "MA", " ", null))), "test");
        assertThat(created.profile()).isEqualTo(new UserProfile("ext", SsoLoginMode.PASSWORD, "zh-TW",
                new UserLocation("US", "Boston", "MA", null, null)));
        assertThat(users.loadPrincipal("profile@example.test").orElseThrow().ssoLoginMode())
                .isEqualTo(SsoLoginMode.PASSWORD);

        assertThatThrownBy(() -> users.create(new CreateUserCommand(company, "bad-profile@example.test", "Bad",
                "Profile", SystemRole.RECRUITER, null, false, new UserProfile(null, null, "xx", null)), "test"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.reason()).isEqualTo(UserException.Reason.INVALID));
        assertThat(users.emailExists("bad-profile@example.test")).isFalse();

        UserSummary before = users.find(created.id()).orElseThrow();
        ChangeUserCommand badLocation = new ChangeUserCommand("Changed", "File", SystemRole.ADMIN, null,
                new UserProfile(null, null, null, new UserLocation("USA", "Boston", null, null, null)));
        assertThatThrownBy(() -> users.change(company, created.id(), badLocation, "test"))
                .isInstanceOf(UserException.class).hasMessageContaining("country code");
        assertThat(users.find(created.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anAdminListsOnlyTheirOwnCompanysUsersAndARecruiterNone() {
        CompanyId mine = newCompany("Mine Co");
        CompanyId theirs = newCompany("Theirs Co");
        users.create(command(mine, "admin@mine.test", SystemRole.ADMIN, "long enough password"), "test");
        users.create(command(mine, "rec@mine.test", SystemRole.RECRUITER, "long enough password"), "test");
        users.create(command(theirs, "admin@theirs.test", SystemRole.ADMIN, "long enough password"), "test");

        PortalUserPrincipal admin = users.loadPrincipal("admin@mine.test").orElseThrow();
        assertThat(users.listCompanyUsers(admin)).extracting(UserSummary::email)
                .containsExactlyInAnyOrder("admin@mine.test", "rec@mine.test");

        PortalUserPrincipal recruiter = users.loadPrincipal("rec@mine.test").orElseThrow();
        assertThatThrownBy(() -> users.listCompanyUsers(recruiter))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.reason()).isEqualTo(UserException.Reason.FORBIDDEN));
    }

    @Test
    void deactivationIsVisibleToTheNextSignIn() {
        CompanyId company = newCompany("Deact Co");
        UserSummary user = users.create(command(company, "leaver@example.test", SystemRole.RECRUITER,
                "long enough password"), "test");
        users.setActive(user.id(), false, "admin@example.test");
        assertThat(users.loadPrincipal("leaver@example.test").orElseThrow().isEnabled()).isFalse();
    }
}
