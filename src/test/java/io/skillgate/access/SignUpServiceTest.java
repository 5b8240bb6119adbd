package io.skillgate.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.skillgate.company.CompanyService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SignUpServiceTest {

    @Autowired
    private SignUpService signUp;

    @Autowired
    private UserService users;

    @Autowired
    private CompanyService companies;

    @Test
    void createsTheCompanyAndItsFirstActiveAdmin() {
        String email = "first-" + System.nanoTime() + "@signup.test";
        UserSummary admin = signUp.signUp(new SignUpCommand("Signup Co " + System.nanoTime(), email, "Sam", "Signup",
                "signup-password-1"));

        assertThat(admin.role()).isEqualTo(SystemRole.ADMIN);
        assertThat(admin.active()).isTrue();
        PortalUserPrincipal principal = users.loadPrincipal(email).orElseThrow();
        assertThat(principal.companyAdmin()).isTrue();
        assertThat(companies.find(principal.requireCompanyId())).isPresent();
    }

    @Test
    void aRefusedSignUpLeavesNoCompanyBehind() {
        int before = companies.findAll().size();
        String name = "Half Co " + System.nanoTime();

        assertThatThrownBy(() -> signUp.signUp(new SignUpCommand(name, "half-" + System.nanoTime() + "@signup.test",
                "Hal", "Half", "short"))).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> signUp.signUp(new SignUpCommand(name, KNOWN, "Hal", "Half", "long-enough-pass")))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.reason()).isEqualTo(UserException.Reason.DUPLICATE_EMAIL));
        assertThatThrownBy(() -> signUp.signUp(new SignUpCommand(" ", "x-" + System.nanoTime() + "@signup.test",
                "Hal", "Half", "long-enough-pass"))).isInstanceOf(UserException.class);

        assertThat(companies.findAll()).hasSize(before).noneMatch(c -> c.name().equals(name));
    }

    @Test
    void whenDisabledItIsRefusedAndCreatesNothing() {
        SignUpService disabled = new SignUpService(companies, users, false);
        int before = companies.findAll().size();

        assertThat(disabled.enabled()).isFalse();
        assertThatThrownBy(() -> disabled.signUp(new SignUpCommand("Nope Co", "nope-" + System.nanoTime()
                + "@signup.test", "No", "Pe", "long-enough-pass"))).isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.reason()).isEqualTo(UserException.Reason.FORBIDDEN));
        assertThat(companies.findAll()).hasSize(before);
    }

    private static final String KNOWN = "admin@acme.test";
}
