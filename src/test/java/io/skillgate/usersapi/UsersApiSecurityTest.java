package io.skillgate.usersapi;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.apikey.ApiKeyService;
import io.skillgate.apikey.IssuedApiKey;
import io.skillgate.support.ApiKeyFixture;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each security check of the Users API, so that removing one fails a test: the key itself (missing, malformed,
 * unknown, wrong secret, revoked), the scope, and the scoping of every id to the key's company.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class UsersApiSecurityTest {

    private static final String BASE = UsersApiTest.BASE;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserService users;

    @Autowired
    private AccessGroupService groups;

    @Autowired
    private ApiKeyService keys;

    private ApiKeyFixture fixture;
    private ApiKeyFixture.Tenant tenant;
    private ApiKeyFixture.Tenant other;
    private IssuedApiKey manage;

    @BeforeEach
    void twoCompanies() {
        fixture = new ApiKeyFixture(context);
        tenant = fixture.tenant("Ours");
        other = fixture.tenant("Theirs");
        manage = fixture.key(tenant, ApiKeyScope.USERS_MANAGE);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    private static MockHttpServletRequestBuilder createUser(String email) {
        return post(BASE + "/users").contentType(MediaType.APPLICATION_JSON).content("""
                {"email": "%s", "firstName": "Eve", "lastName": "Sdropper", "systemRole": {"id": "ADMIN"}}
                """.formatted(email));
    }

    @Test
    void withoutAValidKeyEverythingIs401InTheErrorShape() throws Exception {
        mvc.perform(get(BASE + "/users")).andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"skillgate\""))
                .andExpect(jsonPath("$.message").value("Unauthorized"))
                .andExpect(jsonPath("$.errors[0].code").value("UNAUTHORIZED"));
        call(get(BASE + "/users"), "sgk_garbage").andExpect(status().isUnauthorized());
        call(get(BASE + "/users"), "sgk_" + "x".repeat(500)).andExpect(status().isUnauthorized());
        call(get(BASE + "/users"), "not-a-key-at-all").andExpect(status().isUnauthorized());
        mvc.perform(get(BASE + "/users").header(HttpHeaders.AUTHORIZATION, "Basic " + manage.token()))
                .andExpect(status().isUnauthorized());
        call(get(BASE + "/users"), manage.token()).andExpect(status().isOk());
    }

    /** Fails if the secret's hash is not compared: the public id alone must not be enough. */
    @Test
    void theRightKeyIdWithAWrongSecretIs401() throws Exception {
        String token = manage.token();
        String publicPart = token.substring(0, "sgk_".length() + 16 + 1);
        String wrongSecret = publicPart + "A".repeat(token.length() - publicPart.length());
        call(get(BASE + "/users"), wrongSecret).andExpect(status().isUnauthorized());
        call(get(BASE + "/users"), publicPart).andExpect(status().isUnauthorized());
        call(get(BASE + "/users"), token + "x").andExpect(status().isUnauthorized());
        String email = "wrong-secret-" + tenant.suffix() + "@ours.test";
        call(createUser(email), wrongSecret).andExpect(status().isUnauthorized());
        assertThat(users.emailExists(email)).isFalse();
    }

    /** Fails if revocation is not checked. */
    @Test
    void aRevokedKeyIs401AtOnce() throws Exception {
        call(get(BASE + "/system-roles"), manage.token()).andExpect(status().isOk());
        keys.revoke(tenant.admin(), manage.key().id());
        call(get(BASE + "/system-roles"), manage.token()).andExpect(status().isUnauthorized());
        String email = "revoked-" + tenant.suffix() + "@ours.test";
        call(createUser(email), manage.token()).andExpect(status().isUnauthorized());
        assertThat(users.emailExists(email)).isFalse();
    }

    /** Fails if the scope check is removed: reads need users_read or users_manage, writes users_manage. */
    @Test
    void theKeysScopeDecidesWhatItMayDo() throws Exception {
        String read = fixture.key(tenant, ApiKeyScope.USERS_READ).token();
        String orders = fixture.key(tenant, ApiKeyScope.ORDERS_READ, ApiKeyScope.SCIM).token();
        UserSummary user = fixture.user(tenant, "Scoped", "User");

        call(get(BASE + "/users/" + user.id()), read).andExpect(status().isOk());
        call(get(BASE + "/access-groups"), read).andExpect(status().isOk());
        call(get(BASE + "/users"), orders).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].code").value("INSUFFICIENT_SCOPE"));

        String email = "scope-" + tenant.suffix() + "@ours.test";
        call(createUser(email), read).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Forbidden"))
                .andExpect(jsonPath("$.errors[0].code").value("INSUFFICIENT_SCOPE"));
        call(createUser(email), orders).andExpect(status().isForbidden());
        assertThat(users.emailExists(email)).isFalse();
        call(put(BASE + "/users/" + user.id() + "/activation"), read).andExpect(status().isForbidden());
        call(patch(BASE + "/users/" + user.id()).contentType("application/json-patch+json")
                .content("[{\"op\":\"replace\",\"path\":\"/firstName\",\"value\":\"X\"}]"), read)
                .andExpect(status().isForbidden());
        UserSummary after = users.findInCompany(tenant.company(), user.id()).orElseThrow();
        assertThat(after.active()).isFalse();
        assertThat(after.firstName()).isEqualTo("Scoped");

        call(createUser(email), manage.token()).andExpect(status().isCreated());
    }

    /** Fails if any endpoint forgets the key's company: another company's ids are 404 and nothing changes. */
    @Test
    void anotherCompanysUsersAndGroupsAreNotFoundAndStayUnchanged() throws Exception {
        UserSummary theirs = fixture.user(other, "Their", "User");
        long theirGroup = fixture.group(other, "Theirs");
        groups.addMembers(other.company(), theirGroup, Set.of(theirs.id()), "test");
        UserSummary ours = fixture.user(tenant, "Our", "User");
        long ourGroup = fixture.group(tenant, "Ours");
        String token = manage.token();

        call(get(BASE + "/users/" + theirs.id()), token).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].code").value("USER_NOT_FOUND"));
        call(patch(BASE + "/users/" + theirs.id()).contentType("application/json-patch+json")
                .content("[{\"op\":\"replace\",\"path\":\"/firstName\",\"value\":\"Owned\"}]"), token)
                .andExpect(status().isNotFound());
        call(put(BASE + "/users/" + theirs.id() + "/activation"), token).andExpect(status().isNotFound());
        call(get(BASE + "/users").param("q", "Their").param("limit", "100"), token).andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(0));
        call(get(BASE + "/access-groups"), token).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == '" + theirGroup + "')]").isEmpty());

        call(post(BASE + "/access-groups/" + theirGroup + "/users").contentType(MediaType.APPLICATION_JSON)
                .content("[\"" + ours.id() + "\"]"), token).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].code").value("ACCESS_GROUP_NOT_FOUND"));
        call(post(BASE + "/access-groups/" + ourGroup + "/users").contentType(MediaType.APPLICATION_JSON)
                .content("[\"" + ours.id() + "\", \"" + theirs.id() + "\"]"), token).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].code").value("USER_NOT_FOUND"));
        call(delete(BASE + "/access-groups/" + theirGroup + "/users/" + theirs.id()), token)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].code").value("ACCESS_GROUP_NOT_FOUND"));

        UserSummary after = users.findInCompany(other.company(), theirs.id()).orElseThrow();
        assertThat(after.firstName()).isEqualTo("Their");
        assertThat(after.active()).isFalse();
        assertThat(groups.groups(other.company())).filteredOn(g -> g.id() == theirGroup).singleElement()
                .satisfies(g -> assertThat(g.memberIds()).containsExactly(theirs.id()));
        assertThat(groups.groups(tenant.company())).filteredOn(g -> g.id() == ourGroup).singleElement()
                .satisfies(g -> assertThat(g.memberIds()).isEmpty());
    }
}
