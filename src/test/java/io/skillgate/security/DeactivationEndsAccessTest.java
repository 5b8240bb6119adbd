package io.skillgate.security;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.apikey.ApiKeyService;
import io.skillgate.apikey.CreateApiKeyCommand;
import io.skillgate.apikey.IssuedApiKey;
import io.skillgate.audit.AuditService;
import io.skillgate.support.ApiKeyFixture;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deactivating a user ends what they hold at once: their API keys stop working, their UI sessions end on this node
 * as the change commits, on any node with their next request, and on idle pages with the next sweep. A password set
 * by a link ends, on any node, the sessions that signed in before it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class DeactivationEndsAccessTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserService users;

    @Autowired
    private ApiKeyService keys;

    @Autowired
    private AuditService audit;

    @Autowired
    private SignedInSessions sessions;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private MovableClock clock;

    private record SignedIn(PortalUserPrincipal user, MockHttpSession session) {
    }

    /** A new admin of a new company, signed in through the login form; the session has made one more request. */
    private SignedIn signedInAdmin() throws Exception {
        ApiKeyFixture.Tenant tenant = new ApiKeyFixture(context).tenant("Deactivation Co");
        String email = "admin2-" + tenant.suffix() + "@deactivation.test";
        users.create(new CreateUserCommand(tenant.company(), email, "Dee", "Active", SystemRole.ADMIN, PASSWORD, true),
                "test");
        return new SignedIn(users.loadPrincipal(email).orElseThrow(), signIn(email));
    }

    /** A session signed in through the login form that has made one more request. */
    private MockHttpSession signIn(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", email).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());
        // any signed-in request of the UI chain; this one is answered without the Vaadin servlet MockMvc lacks
        MockHttpSession signedIn = (MockHttpSession) mvc.perform(get("/reports/no-such-report").session(session))
                .andExpect(status().isNotFound()).andReturn().getRequest().getSession(false);
        assertThat(signedIn).isNotNull();
        return signedIn;
    }

    @Test
    void deactivatingAUserHereEndsTheirSessionAtOnce() throws Exception {
        SignedIn admin = signedInAdmin();

        users.setActive(admin.user().requireCompanyId(), admin.user().userId(), false, "test");

        assertThat(admin.session().isInvalid()).isTrue();
    }

    @Test
    void aUserDeactivatedOnAnotherNodeLosesTheSessionWithTheNextRequest() throws Exception {
        SignedIn admin = signedInAdmin();
        // another node deactivated them: only the database knows
        new JdbcTemplate(dataSource).update("UPDATE portal_users SET active = FALSE WHERE id = ?", admin.user().userId());

        mvc.perform(get("/reports/no-such-report").session(admin.session())).andExpect(status().isNotFound());
        assertThat(admin.session().isInvalid()).isTrue();
    }

    @Test
    void aPasswordSetByALinkOnAnotherNodeEndsTheSessionsSignedInBeforeIt() throws Exception {
        SignedIn before = signedInAdmin();
        clock.advance(Duration.ofMinutes(1));
        // another node set the password through a link: only the database knows
        new JdbcTemplate(dataSource).update("UPDATE portal_users SET password_changed_at = ? WHERE id = ?",
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), before.user().userId());
        clock.advance(Duration.ofMinutes(1));
        MockHttpSession after = signIn(before.user().email());

        mvc.perform(get("/reports/no-such-report").session(before.session())).andExpect(status().isNotFound());
        mvc.perform(get("/reports/no-such-report").session(after)).andExpect(status().isNotFound());
        assertThat(before.session().isInvalid()).as("signed in before the new password").isTrue();
        assertThat(after.isInvalid()).as("signed in with the new password").isFalse();
    }

    @Test
    void anIdlePageOfAUserDeactivatedElsewhereEndsWithTheSweep() throws Exception {
        SignedIn admin = signedInAdmin();
        SignedIn other = signedInAdmin();
        new JdbcTemplate(dataSource).update("UPDATE portal_users SET active = FALSE WHERE id = ?", admin.user().userId());

        sessions.sweep();

        assertThat(admin.session().isInvalid()).isTrue();
        assertThat(other.session().isInvalid()).as("an active user's session stays").isFalse();
    }

    @Test
    void deactivatingAUserRevokesTheApiKeysTheyCreated() throws Exception {
        SignedIn admin = signedInAdmin();
        IssuedApiKey key = keys.create(admin.user(), new CreateApiKeyCommand("Theirs", "", Set.of(ApiKeyScope.USERS_READ)));
        assertThat(keys.authenticate(key.token())).isPresent();

        users.setActive(admin.user().requireCompanyId(), admin.user().userId(), false, "test");

        assertThat(keys.authenticate(key.token())).isEmpty();
        assertThat(audit.recent(admin.user().requireCompanyId(), 5)).anyMatch(e -> e.action().equals("apikey.revoked")
                && e.detail().contains(key.key().publicId()) && e.detail().contains("was deactivated"));
    }
}
