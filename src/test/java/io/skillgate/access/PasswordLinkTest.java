package io.skillgate.access;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import io.skillgate.audit.AuditEventDetails;
import io.skillgate.audit.AuditService;
import io.skillgate.base.Secrets;
import io.skillgate.sandbox.SandboxMailbox;
import io.skillgate.sso.SamlTestIdp;
import io.skillgate.sso.SsoFixture;
import io.skillgate.sso.SsoService;
import io.skillgate.support.ApiKeyFixture;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * Password links, end to end on MariaDB and the sandbox's SMTP server: request, mail, set, sign in; and every check
 * that keeps them safe. Same context as the reclamation and Users API tests (MockMvc, movable clock).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class PasswordLinkTest {

    private static final String NEW_PASSWORD = "a long new password";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/password/([A-Za-z0-9_-]{43})\\b");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PasswordLinkService passwordLinks;

    @Autowired
    private UserService users;

    @Autowired
    private AuditService audit;

    @Autowired
    private SsoService sso;

    @Autowired
    private SandboxMailbox mailbox;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MovableClock clock;

    @Autowired
    private MockMvc mvc;

    private ApiKeyFixture.Tenant tenant;
    /** A client address of this test alone, so the per-client throttle of other tests does not count. */
    private String client;

    @BeforeEach
    void setUp() {
        tenant = new ApiKeyFixture(context).tenant("Pwlink");
        client = "10.77." + UUID.randomUUID();
    }

    private UserSummary user(String name, boolean active, UserProfile profile) {
        return users.create(new CreateUserCommand(tenant.company(), name + "-" + tenant.suffix() + "@pwlink.test",
                name, "Tester", SystemRole.RECRUITER, null, active, profile), "test");
    }

    private UserSummary user(String name) {
        return user(name, true, UserProfile.NONE);
    }

    /** Waits for the {@code count}th mail to the address (sent on another thread after the commit) and returns it. */
    private SandboxMailbox.Mail mail(String email, int count) throws InterruptedException {
        for (int i = 0; i < 100 && mailbox.mailsTo(email).size() < count; i++) {
            Thread.sleep(100);
        }
        List<SandboxMailbox.Mail> mails = mailbox.mailsTo(email);
        assertThat(mails).as("mails to " + email).hasSize(count);
        return mails.get(0);
    }

    /** Gives a mail that should not come time to arrive, then checks that none did. */
    private void noMail(String email) throws InterruptedException {
        Thread.sleep(500);
        assertThat(mailbox.mailsTo(email)).isEmpty();
    }

    private static String token(SandboxMailbox.Mail mail) {
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        return link.group(1);
    }

    private String requestToken(UserSummary user, int mailNumber) throws InterruptedException {
        return requestTokenFor(user.email(), mailNumber);
    }

    private String requestTokenFor(String email, int mailNumber) throws InterruptedException {
        passwordLinks.request(email, client);
        return token(mail(email, mailNumber));
    }

    private int links(UserSummary user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM password_links WHERE user_id = ?", Integer.class, user.id());
    }

    private List<AuditEventDetails> auditOf(String action) {
        return audit.recent(tenant.company(), 50).stream().filter(e -> e.action().equals(action)).toList();
    }

    private void invalid(String token, String password) {
        assertThatThrownBy(() -> passwordLinks.complete(token, password, client))
                .isInstanceOfSatisfying(PasswordLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(PasswordLinkException.Reason.INVALID_LINK));
    }

    @Test
    void aUserWithoutPasswordGetsALinkInTheirLanguageSetsAPasswordAndSignsInWithIt() throws Exception {
        UserSummary user = user("nopass", true, new UserProfile(null, null, "de", null));
        mvc.perform(formLogin("/login").user(user.email()).password(NEW_PASSWORD)).andExpect(unauthenticated());

        passwordLinks.request("  " + user.email().toUpperCase() + " ", client);

        SandboxMailbox.Mail mail = mail(user.email(), 1);
        assertThat(mail.subject()).isEqualTo("Ihr Skillgate-Passwort festlegen");
        assertThat(mail.body()).contains("Hallo nopass");
        String token = token(mail);
        assertThat(passwordLinks.usable(token)).isTrue();
        passwordLinks.complete(token, NEW_PASSWORD, client);

        mvc.perform(formLogin("/login").user(user.email()).password(NEW_PASSWORD))
                .andExpect(authenticated().withUsername(user.email()));
        assertThat(auditOf("user.password-link.sent")).anySatisfy(e -> assertThat(e.actor()).isEqualTo(user.email()));
        assertThat(auditOf("user.password-set")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(user.email());
            assertThat(e.remoteAddress()).isEqualTo(client);
        });
        assertThat(audit.recent(tenant.company(), 50)).noneSatisfy(e -> assertThat(e.detail()).contains(token));
    }

    @Test
    void aLinkWorksOnlyOnce() throws Exception {
        UserSummary user = user("once");
        String token = requestToken(user, 1);
        passwordLinks.complete(token, NEW_PASSWORD, client);

        assertThat(passwordLinks.usable(token)).isFalse();
        invalid(token, "another long password");
        mvc.perform(formLogin("/login").user(user.email()).password("another long password"))
                .andExpect(unauthenticated());
    }

    @Test
    void onlyTheTokensHashIsStored() throws Exception {
        UserSummary user = user("hashed");
        String token = requestToken(user, 1);

        List<String> stored = jdbc.queryForList("SELECT token_hash FROM password_links WHERE user_id = ?",
                String.class, user.id());
        assertThat(stored).containsExactly(Secrets.sha256(token));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_links WHERE token_hash = ?", Integer.class,
                token)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_link_requests WHERE email_hash = ?",
                Integer.class, user.email())).as("nor the address asked for").isZero();
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        UserSummary user = user("late");
        String token = requestToken(user, 1);

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThat(passwordLinks.usable(token)).isFalse();
        invalid(token, NEW_PASSWORD);
    }

    @Test
    void aNewerLinkReplacesTheOlderOne() throws Exception {
        UserSummary user = user("twice");
        String older = requestToken(user, 1);
        String newer = requestToken(user, 2);

        invalid(older, NEW_PASSWORD);
        passwordLinks.complete(newer, NEW_PASSWORD, client);
    }

    @Test
    void anUnknownInactiveOrOperatorAddressGetsTheSameAnswerButNoMail() throws Exception {
        String unknown = "nobody-" + tenant.suffix() + "@pwlink.test";
        UserSummary inactive = user("inactive", false, UserProfile.NONE);

        passwordLinks.request(unknown, client);
        passwordLinks.request(inactive.email(), client);
        passwordLinks.request("operator@skillgate.test", client);

        assertThat(links(inactive)).isZero();
        assertThat(auditOf("user.password-link.refused")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(inactive.email(), "deactivated"));
        assertThat(audit.recentByAction("user.password-link.refused", 50))
                .anySatisfy(e -> assertThat(e.detail()).contains(unknown, "no user"))
                .anySatisfy(e -> assertThat(e.detail()).contains("operator@skillgate.test", "operators"));
        noMail(unknown);
        noMail(inactive.email());
        noMail("operator@skillgate.test");
    }

    @Test
    void aUserDeactivatedAfterTheMailCannotUseTheLink() throws Exception {
        UserSummary user = user("gone");
        String token = requestToken(user, 1);
        users.setActive(tenant.company(), user.id(), false, "test");

        invalid(token, NEW_PASSWORD);
    }

    @Test
    void theFourthRequestForOneAddressWithinTheHourSendsNothing() throws Exception {
        UserSummary user = user("eager");
        for (int i = 0; i < 3; i++) {
            passwordLinks.request(user.email(), "10.78." + UUID.randomUUID());
        }
        mail(user.email(), 3);

        passwordLinks.request(user.email(), "10.78." + UUID.randomUUID());
        Thread.sleep(500);
        assertThat(mailbox.mailsTo(user.email())).hasSize(3);
        assertThat(auditOf("user.password-link.throttled")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(user.email()));

        clock.advance(Duration.ofHours(1));
        passwordLinks.request(user.email(), client);
        mail(user.email(), 4);
    }

    @Test
    void oneClientAddressIsThrottledToo() throws Exception {
        for (int i = 0; i < 20; i++) {
            passwordLinks.request("probe-" + i + "-" + tenant.suffix() + "@pwlink.test", client);
        }
        UserSummary user = user("behind");
        passwordLinks.request(user.email(), client);

        assertThat(links(user)).isZero();
        noMail(user.email());
        passwordLinks.request(user.email(), "10.79." + UUID.randomUUID());
        mail(user.email(), 1);
    }

    @Test
    void thePasswordPolicyApplies() throws Exception {
        UserSummary user = user("weak");
        String token = requestToken(user, 1);

        assertThatThrownBy(() -> passwordLinks.complete(token, "short", client))
                .isInstanceOfSatisfying(PasswordLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(PasswordLinkException.Reason.PASSWORD_TOO_SHORT));
        assertThatThrownBy(() -> passwordLinks.complete(token, "é".repeat(37), client))
                .isInstanceOfSatisfying(PasswordLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(PasswordLinkException.Reason.PASSWORD_TOO_LONG));
        assertThat(passwordLinks.usable(token)).as("a refused password leaves the link usable").isTrue();
        passwordLinks.complete(token, NEW_PASSWORD, client);
    }

    @Test
    void aUserWhoseCompanyRequiresSsoGetsNoLinkButTheBreakGlassAdminDoes() throws Exception {
        SsoFixture company = new SsoFixture(context, new SamlTestIdp());
        company.enable();
        String before = requestTokenFor(company.recruiterEmail, 1);
        sso.recordTest(company.company.id(), true, "test passed", company.admin.email());
        company.save(company.command(true, false, true, company.admin.email()));

        passwordLinks.request(company.recruiterEmail, client);
        Thread.sleep(500);
        assertThat(mailbox.mailsTo(company.recruiterEmail)).hasSize(1);
        assertThat(audit.recent(company.company.id(), 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("user.password-link.refused");
            assertThat(e.detail()).contains("single sign-on");
        });
        invalid(before, NEW_PASSWORD);
        requestTokenFor(company.admin.email(), 1);
    }

    @Test
    void aUserWithLoginModeSsoGetsNoLinkWhileTheCompanysSsoIsOn() throws Exception {
        SsoFixture company = new SsoFixture(context, new SamlTestIdp());
        company.enable();
        String email = "sso-mode-" + tenant.suffix() + "@pwlink.test";
        users.create(new CreateUserCommand(company.company.id(), email, "Sam", "Sso", SystemRole.RECRUITER, null,
                true, new UserProfile(null, SsoLoginMode.SSO, null, null)), "test");

        passwordLinks.request(email, client);

        noMail(email);
    }
}
