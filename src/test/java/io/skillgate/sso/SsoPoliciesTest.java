package io.skillgate.sso;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.skillgate.access.ChangeUserCommand;
import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SsoLoginMode;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserProfile;
import io.skillgate.access.UserSummary;
import io.skillgate.audit.AuditService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Login binding, SSO only with a break-glass admin, a user's own login mode, and the rules for saving settings,
 * through the real chain.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SsoPoliciesTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private SsoService sso;

    @Autowired
    private AuditService audit;

    private SsoFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SsoFixture(context, new SamlTestIdp());
    }

    @Test
    void anUnknownIdentifierIsBoundToWhoeverThenSignsInDirectlyAndTheBindingIsAudited() throws Exception {
        fixture.enable();
        MockHttpSession session = new MockHttpSession();
        String nameId = "Rita.R@Corp.Example";
        mvc.perform(post(fixture.acsPath()).session(session)
                        .param("SAMLResponse", SamlTestIdp.base64(fixture.idp.xml(fixture.spec(nameId)))))
                .andExpect(redirectedUrl("/login?sso-bind")).andExpect(unauthenticated());
        assertThat(session.getAttribute(PendingSsoBinding.SESSION_ATTRIBUTE)).isInstanceOf(PendingSsoBinding.class);

        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", fixture.recruiterEmail).param("password", SsoFixture.PASSWORD))
                .andExpect(authenticated().withUsername(fixture.recruiterEmail));
        long userId = fixture.users().loadPrincipal(fixture.recruiterEmail).orElseThrow().userId();
        assertThat(fixture.users().find(userId).orElseThrow().ssoIdentifier()).isEqualTo(nameId);
        assertThat(audit.recent(fixture.company.id(), 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("user.sso-identifier.bound");
            assertThat(entry.detail()).contains(nameId).contains(fixture.recruiterEmail);
        });

        // from now on the identifier signs in directly, and only with its exact case
        mvc.perform(post(fixture.acsPath()).param("SAMLResponse",
                        SamlTestIdp.base64(fixture.idp.xml(fixture.spec(nameId)))))
                .andExpect(authenticated().withUsername(fixture.recruiterEmail));
        mvc.perform(post(fixture.acsPath()).param("SAMLResponse",
                        SamlTestIdp.base64(fixture.idp.xml(fixture.spec(nameId.toLowerCase())))))
                .andExpect(redirectedUrl("/login?sso-bind")).andExpect(unauthenticated());
    }

    @Test
    void withLoginBindingOffAnUnknownIdentifierIsRefused() throws Exception {
        fixture.save(fixture.command(true, false, false, null));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(fixture.acsPath()).session(session).param("SAMLResponse",
                        SamlTestIdp.base64(fixture.idp.xml(fixture.spec("nobody@corp.example")))))
                .andExpect(redirectedUrl("/login?sso-error=unknown")).andExpect(unauthenticated());
        assertThat(session.getAttribute(PendingSsoBinding.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void aBindingOfAnotherCompanysUserIsNotApplied() throws Exception {
        fixture.enable();
        SsoFixture other = new SsoFixture(context, new SamlTestIdp());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(fixture.acsPath()).session(session).param("SAMLResponse",
                        SamlTestIdp.base64(fixture.idp.xml(fixture.spec("stranger@corp.example")))))
                .andExpect(redirectedUrl("/login?sso-bind"));
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", other.recruiterEmail).param("password", SsoFixture.PASSWORD))
                .andExpect(authenticated().withUsername(other.recruiterEmail));
        long userId = other.users().loadPrincipal(other.recruiterEmail).orElseThrow().userId();
        assertThat(other.users().find(userId).orElseThrow().ssoIdentifier()).isNull();
    }

    @Test
    void ssoOnlyNeedsASuccessfulTestAndABreakGlassAdminThenRefusesOtherPasswordSignIns() throws Exception {
        fixture.enable();
        assertThatThrownBy(() -> fixture.save(fixture.command(true, false, true, fixture.admin.email())))
                .isInstanceOfSatisfying(SsoSettingsRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo(SsoSettingsRefused.Field.SSO_ONLY));
        sso.recordTest(fixture.company.id(), true, "test passed", fixture.admin.email());
        assertThatThrownBy(() -> fixture.save(fixture.command(true, false, true, null)))
                .isInstanceOfSatisfying(SsoSettingsRefused.class, refused ->
                        assertThat(refused.field()).isEqualTo(SsoSettingsRefused.Field.BREAK_GLASS_EMAIL));
        assertThatThrownBy(() -> fixture.save(fixture.command(true, false, true, fixture.recruiterEmail)))
                .as("a recruiter cannot be the break-glass admin").isInstanceOf(SsoSettingsRefused.class);
        fixture.save(fixture.command(true, false, true, fixture.admin.email()));

        mvc.perform(post("/login").with(csrf()).param("username", fixture.recruiterEmail)
                        .param("password", SsoFixture.PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        assertThat(audit.recent(fixture.company.id(), 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("signin.failed");
            assertThat(entry.actor()).isEqualTo(fixture.recruiterEmail);
            assertThat(entry.detail()).contains("single sign-on only");
        });
        mvc.perform(post("/login").with(csrf()).param("username", fixture.admin.email())
                        .param("password", SsoFixture.PASSWORD))
                .andExpect(authenticated().withUsername(fixture.admin.email()));
        // the recruiter still signs in by SSO
        mvc.perform(post(fixture.acsPath()).param("SAMLResponse",
                        SamlTestIdp.base64(fixture.idp.xml(fixture.spec(fixture.recruiterEmail)))))
                .andExpect(authenticated().withUsername(fixture.recruiterEmail));
    }

    @Test
    void changingTheIdpAsksForANewTestBeforeSsoOnlyCanStayOn() {
        fixture.enable();
        sso.recordTest(fixture.company.id(), true, "test passed", fixture.admin.email());
        SamlTestIdp newIdp = new SamlTestIdp();
        SaveSsoSettingsCommand changed = new SaveSsoSettingsCommand(true, IdpSource.MANUAL, null, null,
                newIdp.entityId(), SamlTestIdp.SSO_URL, newIdp.certificatePem(), null, SignatureAlgorithm.RSA_SHA256,
                NameIdFormat.EMAIL, true, false, true, fixture.admin.email());
        assertThatThrownBy(() -> fixture.save(changed)).isInstanceOf(SsoSettingsRefused.class);
    }

    @Test
    void ssoIdentifiersAreUniquePerCompanyAndKeptExactly() {
        fixture.enable();
        var admin = fixture.admin;
        long recruiter = fixture.users().loadPrincipal(fixture.recruiterEmail).orElseThrow().userId();
        String second = "second-" + System.nanoTime() + "@sso.test";
        fixture.users().create(new CreateUserCommand(fixture.company.id(), second, "Sec", "Ond", SystemRole.RECRUITER,
                SsoFixture.PASSWORD, true), "test");
        long secondId = fixture.users().loadPrincipal(second).orElseThrow().userId();
        fixture.users().setSsoIdentifier(admin, recruiter, "Rita");
        assertThatThrownBy(() -> fixture.users().setSsoIdentifier(admin, secondId, "Rita"))
                .hasMessageContaining("already");
        fixture.users().setSsoIdentifier(admin, secondId, "rita");
        assertThat(fixture.users().find(secondId).orElseThrow().ssoIdentifier()).isEqualTo("rita");
        assertThatThrownBy(() -> fixture.users().setSsoIdentifier(admin, secondId, " padded "))
                .hasMessageContaining("spaces");
        assertThatThrownBy(() -> fixture.users().setSsoIdentifier(admin, secondId, admin.email()))
                .as("the admin's e-mail, which is their identifier while they have none").hasMessageContaining("already")
                .satisfies(e -> assertThat(fixture.users().find(secondId).orElseThrow().ssoIdentifier())
                        .isEqualTo("rita"));
    }

    // a user's own login mode (the Users API's ssoLoginMode) counts only while the company's SSO is enabled

    private void loginMode(String email, SsoLoginMode mode) {
        UserSummary user = fixture.users().findByEmailInCompany(fixture.company.id(), email).orElseThrow();
        fixture.users().change(fixture.company.id(), user.id(), new ChangeUserCommand(user.firstName(),
                user.lastName(), user.role(), user.ssoIdentifier(), new UserProfile(null, mode, null, null)), "test");
    }

    private ResultActions passwordSignIn(String email) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", email)
                .param("password", SsoFixture.PASSWORD));
    }

    private ResultActions samlSignIn(String nameId) throws Exception {
        return mvc.perform(post(fixture.acsPath()).param("SAMLResponse",
                SamlTestIdp.base64(fixture.idp.xml(fixture.spec(nameId)))));
    }

    @Test
    void withTheCompanysSsoEnabledLoginModeSsoRefusesThePasswordButNotTheIdp() throws Exception {
        fixture.enable();
        loginMode(fixture.recruiterEmail, SsoLoginMode.SSO);

        passwordSignIn(fixture.recruiterEmail).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        assertThat(audit.recent(fixture.company.id(), 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("signin.failed");
            assertThat(entry.actor()).isEqualTo(fixture.recruiterEmail);
            assertThat(entry.detail()).contains("single sign-on only");
        });
        samlSignIn(fixture.recruiterEmail).andExpect(authenticated().withUsername(fixture.recruiterEmail));
        // a user without a mode keeps both ways
        passwordSignIn(fixture.admin.email()).andExpect(authenticated().withUsername(fixture.admin.email()));
    }

    @Test
    void withTheCompanysSsoEnabledLoginModePasswordRefusesTheIdpButNotThePassword() throws Exception {
        fixture.enable();
        loginMode(fixture.recruiterEmail, SsoLoginMode.PASSWORD);

        samlSignIn(fixture.recruiterEmail).andExpect(redirectedUrl("/login?sso-error=password"))
                .andExpect(unauthenticated());
        assertThat(audit.recent(fixture.company.id(), 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("sso.refused");
            assertThat(entry.detail()).contains("(password-login-mode)").contains(fixture.recruiterEmail);
        });
        passwordSignIn(fixture.recruiterEmail).andExpect(authenticated().withUsername(fixture.recruiterEmail));
        // a user without a mode keeps both ways
        samlSignIn(fixture.admin.email()).andExpect(authenticated().withUsername(fixture.admin.email()));
    }

    @Test
    void withTheCompanysSsoDisabledLoginModeSsoChangesNothing() throws Exception {
        loginMode(fixture.recruiterEmail, SsoLoginMode.SSO);
        passwordSignIn(fixture.recruiterEmail).andExpect(authenticated().withUsername(fixture.recruiterEmail));

        fixture.enable();
        fixture.save(new SaveSsoSettingsCommand(false, IdpSource.MANUAL, null, null, fixture.idp.entityId(),
                SamlTestIdp.SSO_URL, fixture.idp.certificatePem(), null, SignatureAlgorithm.RSA_SHA256,
                NameIdFormat.EMAIL, true, true, false, null));
        passwordSignIn(fixture.recruiterEmail).andExpect(authenticated().withUsername(fixture.recruiterEmail));
    }

    @Test
    void theBreakGlassAdminKeepsThePasswordWhateverTheirLoginMode() throws Exception {
        fixture.enable();
        sso.recordTest(fixture.company.id(), true, "test passed", fixture.admin.email());
        fixture.save(fixture.command(true, false, true, fixture.admin.email()));
        loginMode(fixture.admin.email(), SsoLoginMode.SSO);

        passwordSignIn(fixture.admin.email()).andExpect(authenticated().withUsername(fixture.admin.email()));
        passwordSignIn(fixture.recruiterEmail).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }
}
