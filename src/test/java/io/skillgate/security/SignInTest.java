package io.skillgate.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.audit.AuditEventDetails;
import io.skillgate.audit.AuditService;
import io.skillgate.sso.SsoService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Direct sign-in as the UI chain wires it: the provider, the event publisher, the audit listener. */
@SpringBootTest
class SignInTest {

    private static final String PASSWORD = "the right password";

    @Autowired
    private UserService users;

    @Autowired
    private CompanyService companies;

    @Autowired
    private AuditService audit;

    @Autowired
    private UserDetailsService userDetailsService;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private AuthenticationEventPublisher eventPublisher;

    @Autowired
    private SsoService sso;

    private ProviderManager signIn;
    private CompanyId company;

    @BeforeEach
    void setUp() {
        signIn = new ProviderManager(new SignInAuthenticationProvider(userDetailsService, passwordEncoder, sso));
        signIn.setAuthenticationEventPublisher(eventPublisher);
        if (company == null) {
            company = companies.create("Sign-in Co " + System.nanoTime(), "test").id();
        }
    }

    private String newUser(boolean active) {
        String email = "signin-" + System.nanoTime() + "@example.test";
        users.create(new CreateUserCommand(company, email, "Sam", "Signin", SystemRole.RECRUITER, PASSWORD, active),
                "test");
        return email;
    }

    private Authentication attempt(String email, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void theRightPasswordSignsInAndIsRemembered() {
        String email = newUser(true);
        Authentication result = attempt(email.toUpperCase(), PASSWORD);

        PortalUserPrincipal principal = (PortalUserPrincipal) result.getPrincipal();
        assertThat(principal.email()).isEqualTo(email);
        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_RECRUITER");
        assertThat(users.find(principal.userId()).orElseThrow().lastSignInAt()).isNotNull();
        assertThat(audit.recent(company, 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("signin.succeeded");
            assertThat(e.actor()).isEqualTo(email);
        });
    }

    @Test
    void aWrongPasswordFailsAndIsAudited() {
        String email = newUser(true);
        assertThatThrownBy(() -> attempt(email, "wrong password!")).isInstanceOf(BadCredentialsException.class);
        assertThat(audit.recent(company, 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("signin.failed");
            assertThat(e.actor()).isEqualTo(email);
            assertThat(e.detail()).contains("bad credentials").doesNotContain("wrong password!");
        });
    }

    @Test
    void anUnknownUserFailsLikeAWrongPasswordAndIsAudited() {
        String email = "nobody-" + System.nanoTime() + "@example.test";
        assertThatThrownBy(() -> attempt(email, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(audit.recentByAction("signin.failed", 50)).extracting(AuditEventDetails::actor).contains(email);
    }

    @Test
    void aDeactivatedUserWithTheRightPasswordIsToldSo() {
        String email = newUser(false);
        assertThatThrownBy(() -> attempt(email, PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(audit.recent(company, 50)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(email);
            assertThat(e.detail()).contains("deactivated");
        });
    }

    @Test
    void aDeactivatedUserWithAWrongPasswordLearnsNothingAboutTheAccount() {
        String email = newUser(false);
        assertThatThrownBy(() -> attempt(email, "wrong password!")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aUserWithoutAPasswordYetFailsLikeAWrongPassword() {
        String email = "nopassword-" + System.nanoTime() + "@example.test";
        users.create(new CreateUserCommand(company, email, "Nora", "Nopass", SystemRole.RECRUITER, null, true), "test");
        assertThatThrownBy(() -> attempt(email, PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }
}
