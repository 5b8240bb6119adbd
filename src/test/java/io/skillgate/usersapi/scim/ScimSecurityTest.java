package io.skillgate.usersapi.scim;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import io.skillgate.access.AccessGroupSummary;
import io.skillgate.access.UserSummary;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.support.ApiKeyFixture;

import static io.skillgate.usersapi.scim.ScimClient.BASE;
import static io.skillgate.usersapi.scim.ScimClient.filtered;
import static io.skillgate.usersapi.scim.ScimClient.getting;
import static io.skillgate.usersapi.scim.ScimClient.patchOp;
import static io.skillgate.usersapi.scim.ScimClient.patching;
import static io.skillgate.usersapi.scim.ScimClient.posting;
import static io.skillgate.usersapi.scim.ScimClient.putting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

/**
 * Each security check of /scim/v2, so that removing one fails a test: a valid key (401 without, malformed, wrong
 * secret), the scope {@code scim} (403 with a Users API key), and every id scoped to the key's company (another
 * company's user or group is a 404 and stays as it was; it is neither found by filter nor addable as a member).
 */
class ScimSecurityTest extends ScimTestSupport {

    private ApiKeyFixture.Tenant other;

    @BeforeEach
    void anotherCompany() {
        other = fixture.tenant("Scim Theirs");
    }

    private static String newUser(String email) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
                 "name":{"givenName":"Eve","familyName":"Intruder"},"active":true}""".formatted(email);
    }

    private MvcResult unauthenticated(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getContentType()).startsWith("application/scim+json");
        assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        JsonNode error = json.readTree(result.getResponse().getContentAsString());
        assertThat(error.get("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.get("status").asText()).isEqualTo("401");
        return result;
    }

    @Test
    void withoutAValidKeyEverythingIs401AndNothingIsCreated() throws Exception {
        String email = "eve-" + tenant.suffix() + "@scim.test";
        long before = users.count(tenant.company());
        unauthenticated(getting("/Users"));
        unauthenticated(getting("/ServiceProviderConfig"));
        unauthenticated(posting("/Users", newUser(email)));
        unauthenticated(posting("/Users", newUser(email)).header(HttpHeaders.AUTHORIZATION, "Bearer nonsense"));
        unauthenticated(posting("/Users", newUser(email))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.substring(0, token.length() - 2) + "xx"));
        unauthenticated(posting("/Users", newUser(email)).header(HttpHeaders.AUTHORIZATION, "Basic " + token));
        assertThat(users.count(tenant.company())).isEqualTo(before);
        assertThat(users.emailExists(email)).isFalse();
    }

    @Test
    void aKeyWithoutTheScimScopeIs403AndChangesNothing() throws Exception {
        ScimClient usersApiKey = scim.as(fixture.key(tenant, ApiKeyScope.USERS_MANAGE, ApiKeyScope.USERS_READ,
                ApiKeyScope.AUDIT_READ).token());
        String email = "eve-" + tenant.suffix() + "@scim.test";
        UserSummary user = fixture.user(tenant, "Sam", "Same");
        usersApiKey.error(getting("/Users"), 403, null);
        usersApiKey.error(getting("/Groups"), 403, null);
        usersApiKey.error(posting("/Users", newUser(email)), 403, null);
        usersApiKey.error(delete(BASE + "/Users/" + user.id()), 403, null);
        assertThat(users.emailExists(email)).isFalse();
        // deactivation is not repeated: the fixture's users start inactive, so activate first through SCIM
        scim.call(patching("/Users/" + user.id(), patchOp("{\"op\":\"replace\",\"path\":\"active\",\"value\":true}")),
                200);
        usersApiKey.error(delete(BASE + "/Users/" + user.id()), 403, null);
        assertThat(users.findInCompany(tenant.company(), user.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void anotherCompanysUserIsNotFoundAndStaysAsItWas() throws Exception {
        UserSummary theirs = fixture.user(other, "Tom", "Theirs");
        String id = Long.toString(theirs.id());
        scim.error(getting("/Users/" + id), 404, null);
        scim.error(putting("/Users/" + id, """
                {"userName":"%s","name":{"givenName":"Changed","familyName":"Changed"},"active":true}"""
                .formatted(theirs.email())), 404, null);
        scim.error(patching("/Users/" + id, patchOp("{\"op\":\"replace\",\"value\":{\"active\":true}}")), 404, null);
        scim.error(delete(BASE + "/Users/" + id), 404, null);
        assertThat(scim.call(filtered("/Users", "userName eq \"" + theirs.email() + "\""), 200)
                .get("totalResults").asInt()).isZero();
        assertThat(scim.call(filtered("/Users", "id eq \"" + id + "\""), 200).get("totalResults").asInt()).isZero();
        JsonNode all = scim.call(getting("/Users"), 200);
        assertThat(all.get("totalResults").asLong()).isEqualTo(users.count(tenant.company()));
        assertThat(all.findValuesAsText("id")).doesNotContain(id);
        UserSummary after = users.findInCompany(other.company(), theirs.id()).orElseThrow();
        assertThat(after.firstName()).isEqualTo("Tom");
        assertThat(after.active()).isEqualTo(theirs.active());
        assertThat(after.updatedAt()).isEqualTo(theirs.updatedAt());
    }

    @Test
    void anotherCompanysGroupIsNotFoundAndTheirUsersCannotBecomeMembers() throws Exception {
        long theirGroup = fixture.group(other, "Theirs");
        UserSummary theirUser = fixture.user(other, "Tia", "Theirs");
        UserSummary ours = fixture.user(tenant, "Ola", "Ours");
        String name = group(other, theirGroup).name();
        scim.error(getting("/Groups/" + theirGroup), 404, null);
        scim.error(patching("/Groups/" + theirGroup, patchOp("""
                {"op":"Add","path":"members","value":[{"value":"%d"}]}""".formatted(ours.id()))), 404, null);
        scim.error(putting("/Groups/" + theirGroup, """
                {"displayName":"%s","members":[{"value":"%d"}]}""".formatted(name, ours.id())), 404, null);
        scim.error(delete(BASE + "/Groups/" + theirGroup), 404, null);
        assertThat(scim.call(filtered("/Groups", "displayName eq \"" + name + "\""), 200).get("totalResults").asInt())
                .isZero();
        assertThat(group(other, theirGroup).memberIds()).isEmpty();

        long ourGroup = fixture.group(tenant, "Ours");
        scim.error(patching("/Groups/" + ourGroup, patchOp("""
                {"op":"Add","path":"members","value":[{"value":"%d"},{"value":"%d"}]}"""
                .formatted(ours.id(), theirUser.id()))), 400, "invalidValue");
        assertThat(group(tenant, ourGroup).memberIds()).isEmpty();
        scim.error(posting("/Groups", """
                {"displayName":"New %s","members":[{"value":"%d"}]}""".formatted(tenant.suffix(), theirUser.id())),
                400, "invalidValue");
        assertThat(groups.groups(tenant.company())).noneMatch(g -> g.name().equals("New " + tenant.suffix()));
    }

    private AccessGroupSummary group(ApiKeyFixture.Tenant owner, long id) {
        return groups.groups(owner.company()).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

}
