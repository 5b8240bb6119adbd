package io.skillgate.usersapi;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.support.ApiKeyFixture;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SAM endpoints of the Users API: the activity feed ({@code audit_read}) and the subscriptions CSV
 * ({@code users_read}), their scopes, parameters, paging, and that another company's data never appears.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class ActivityApiTest {

    private static final String BASE = UsersApiTest.BASE;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserService users;

    @Autowired
    private MovableClock clock;

    @Autowired
    private ObjectMapper json;

    private ApiKeyFixture fixture;
    private ApiKeyFixture.Tenant tenant;
    private ApiKeyFixture.Tenant other;
    private String since;

    @BeforeEach
    void twoCompanies() {
        since = clock.instant().toString();
        fixture = new ApiKeyFixture(context);
        tenant = fixture.tenant("Sam");
        other = fixture.tenant("Notsam");
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    /** Fails if the activity rule of the security chain is removed (users_read would then read the audit log). */
    @Test
    void theActivityFeedNeedsAuditReadAndAKey() throws Exception {
        String audit = fixture.key(tenant, ApiKeyScope.AUDIT_READ).token();
        String read = fixture.key(tenant, ApiKeyScope.USERS_READ).token();
        String manage = fixture.key(tenant, ApiKeyScope.USERS_MANAGE).token();

        mvc.perform(get(BASE + "/activity").param("since", since)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].code").value("UNAUTHORIZED"));
        call(get(BASE + "/activity").param("since", since), read).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].code").value("INSUFFICIENT_SCOPE"));
        call(get(BASE + "/activity").param("since", since), manage).andExpect(status().isForbidden());
        call(get(BASE + "/activity/").param("since", since), read).andExpect(status().is4xxClientError());
        call(get(BASE + "/activity").param("since", since), audit).andExpect(status().isOk());
        call(get(BASE + "/users"), audit).andExpect(status().isForbidden());
    }

    @Test
    void theFeedPagesTheCompanysEventsSinceATimeById() throws Exception {
        String audit = fixture.key(tenant, ApiKeyScope.AUDIT_READ).token();
        UserSummary first = fixture.user(tenant, "First", "Feed");
        UserSummary second = fixture.user(tenant, "Second", "Feed");
        UserSummary foreign = fixture.user(other, "Foreign", "Feed");

        JsonNode all = read(call(get(BASE + "/activity").param("since", since).param("limit", "200"), audit));
        assertThat(all.path("nextPageId").isNull()).isTrue();
        String text = all.path("content").toString();
        assertThat(text).contains(first.email(), second.email(), tenant.admin().email())
                .doesNotContain(foreign.email(), other.admin().email());
        JsonNode event = all.path("content").get(0);
        assertThat(event.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "occurredAt", "actor", "action", "detail", "remoteAddress");
        assertThat(Instant.parse(event.path("occurredAt").asText())).isAfterOrEqualTo(Instant.parse(since));

        JsonNode page1 = read(call(get(BASE + "/activity").param("since", since).param("limit", "1"), audit));
        assertThat(page1.path("content")).hasSize(1);
        String next = page1.path("nextPageId").asText();
        assertThat(next).isEqualTo(page1.path("content").get(0).path("id").asText());
        JsonNode page2 = read(call(get(BASE + "/activity").param("since", since).param("limit", "1")
                .param("pageId", next), audit));
        assertThat(Long.parseLong(page2.path("content").get(0).path("id").asText())).isGreaterThan(Long.parseLong(next));
        assertThat(page2.path("content").get(0)).isEqualTo(all.path("content").get(1));

        clock.advance(java.time.Duration.ofSeconds(5));
        JsonNode later = read(call(get(BASE + "/activity").param("since", clock.instant().toString()), audit));
        assertThat(later.path("content")).isEmpty();
    }

    @Test
    void badParametersAre400InTheUsersApiShape() throws Exception {
        String audit = fixture.key(tenant, ApiKeyScope.AUDIT_READ).token();
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get(BASE + "/activity"),
                get(BASE + "/activity").param("since", "yesterday"),
                get(BASE + "/activity").param("since", since).param("limit", "0"),
                get(BASE + "/activity").param("since", since).param("limit", "201"),
                get(BASE + "/activity").param("since", since).param("pageId", "-3"),
                get(BASE + "/activity").param("since", since).param("limit", "many")}) {
            call(request, audit).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("Bad Request"))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        }
    }

    @Test
    void theSubscriptionsCsvListsTheCompanysUsersOnlyAndIsFormulaSafe() throws Exception {
        String read = fixture.key(tenant, ApiKeyScope.USERS_READ).token();
        String audit = fixture.key(tenant, ApiKeyScope.AUDIT_READ).token();
        UserSummary risky = users.create(new CreateUserCommand(tenant.company(),
                "risky-" + tenant.suffix() + "@sam.test", "=HYPERLINK(1)", "Risky", SystemRole.RECRUITER, null, true),
                "test");
        users.recordSignIn(risky.id());
        users.recordActivity(risky.id());
        UserSummary foreign = fixture.user(other, "Foreign", "Csv");

        mvc.perform(get(BASE + "/subscriptions.csv")).andExpect(status().isUnauthorized());
        call(get(BASE + "/subscriptions.csv"), audit).andExpect(status().isForbidden());
        String csv = call(get(BASE + "/subscriptions.csv"), read).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("email,first name,last name,role,active,last sign-in (UTC),"
                + "last activity (UTC),created (UTC)");
        assertThat(lines).hasSize(3);
        String now = clock.instant().toString();
        assertThat(csv).contains(risky.email() + ",'=HYPERLINK(1),Risky,recruiter,true," + now + "," + now + ",")
                .contains(tenant.admin().email() + ",Ada,Admin,admin,true,,,")
                .doesNotContain(foreign.email());
    }

    @Test
    void theUserJsonCarriesLastSignInAndLastActivity() throws Exception {
        String read = fixture.key(tenant, ApiKeyScope.USERS_READ).token();
        UserSummary user = fixture.user(tenant, "Seen", "Json");
        call(get(BASE + "/users/" + user.id()), read).andExpect(status().isOk())
                .andExpect(jsonPath("$.lastSignInOn").value((Object) null))
                .andExpect(jsonPath("$.lastActivityOn").value((Object) null));
        users.recordSignIn(user.id());
        users.recordActivity(user.id());
        String now = clock.instant().toString();
        call(get(BASE + "/users/" + user.id()), read).andExpect(jsonPath("$.lastSignInOn").value(now))
                .andExpect(jsonPath("$.lastActivityOn").value(now));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
