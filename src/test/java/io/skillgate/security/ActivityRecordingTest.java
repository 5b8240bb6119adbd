package io.skillgate.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.support.ApiKeyFixture;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signed-in UI requests are the user's last activity (at most every 5 minutes); Vaadin's heartbeats are not. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class ActivityRecordingTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserService users;

    @Autowired
    private MovableClock clock;

    @Test
    void signedInRequestsButNotHeartbeatsRecordTheLastActivity() throws Exception {
        ApiKeyFixture.Tenant tenant = new ApiKeyFixture(context).tenant("Activity Co");
        String email = "busy-" + tenant.suffix() + "@activity.test";
        UserSummary user = users.create(new CreateUserCommand(tenant.company(), email, "Bea", "Busy",
                SystemRole.RECRUITER, PASSWORD, true), "test");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", email).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());
        assertThat(users.find(user.id()).orElseThrow().lastSignInAt()).isEqualTo(clock.instant());

        clock.advance(Duration.ofMinutes(10));
        mvc.perform(get("/reports/no-such-report").session(session)).andExpect(status().isNotFound());
        var seen = clock.instant();
        assertThat(users.find(user.id()).orElseThrow().lastActivityAt()).isEqualTo(seen);

        clock.advance(Duration.ofMinutes(10));
        mvc.perform(get("/reports/no-such-report?v-r=heartbeat").session(session)).andExpect(status().isNotFound());
        assertThat(users.find(user.id()).orElseThrow().lastActivityAt()).as("a heartbeat").isEqualTo(seen);

        mvc.perform(get("/reports/no-such-report").session(session)).andExpect(status().isNotFound());
        assertThat(users.find(user.id()).orElseThrow().lastActivityAt()).isEqualTo(clock.instant());
    }
}
