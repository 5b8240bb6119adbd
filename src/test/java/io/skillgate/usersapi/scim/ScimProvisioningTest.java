package io.skillgate.usersapi.scim;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.skillgate.access.AccessGroupSummary;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserSummary;
import io.skillgate.audit.AuditService;
import io.skillgate.support.ApiKeyFixture;

import static io.skillgate.usersapi.scim.ScimClient.filtered;
import static io.skillgate.usersapi.scim.ScimClient.getting;
import static io.skillgate.usersapi.scim.ScimClient.patchOp;
import static io.skillgate.usersapi.scim.ScimClient.patching;
import static io.skillgate.usersapi.scim.ScimClient.posting;
import static io.skillgate.usersapi.scim.ScimClient.putting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

/**
 * The request sequences Okta and Microsoft Entra send when they provision, replayed against the real chain on
 * MariaDB with a company's {@code scim} key; each answer and the stored state are checked.
 */
class ScimProvisioningTest extends ScimTestSupport {

    @Autowired
    private AuditService audit;

    private UserSummary stored(JsonNode user) {
        return users.findInCompany(tenant.company(), Long.parseLong(user.get("id").asText())).orElseThrow();
    }

    @Test
    void oktaLooksUpCreatesDeactivatesAndReplaces() throws Exception {
        String email = "ada.lovelace-" + tenant.suffix() + "@okta.test";
        JsonNode none = scim.call(filtered("/Users", "userName eq \"" + email + "\"").param("startIndex", "1")
                .param("count", "100"), 200);
        assertThat(none.get("schemas").toString()).isEqualTo("[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"]");
        assertThat(none.get("totalResults").asInt()).isZero();
        assertThat(none.get("Resources").isEmpty()).isTrue();

        JsonNode created = scim.call(posting("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
                 "name":{"givenName":"Ada","familyName":"Lovelace"},
                 "emails":[{"primary":true,"value":"%s","type":"work"}],"displayName":"Ada Lovelace",
                 "locale":"en-US","externalId":"00u1abcd","groups":[],"password":"Secret-12345!","active":true}
                """.formatted(email, email)), 201);
        assertThat(created.get("schemas").toString()).isEqualTo("[\"urn:ietf:params:scim:schemas:core:2.0:User\"]");
        assertThat(created.get("userName").asText()).isEqualTo(email);
        assertThat(created.get("active").asBoolean()).isTrue();
        assertThat(created.get("externalId").asText()).isEqualTo("00u1abcd");
        assertThat(created.at("/name/givenName").asText()).isEqualTo("Ada");
        assertThat(created.at("/name/familyName").asText()).isEqualTo("Lovelace");
        assertThat(created.at("/emails/0/value").asText()).isEqualTo(email);
        assertThat(created.at("/emails/0/primary").asBoolean()).isTrue();
        assertThat(created.at("/roles/0/value").asText()).isEqualTo("RECRUITER");
        assertThat(created.at("/meta/resourceType").asText()).isEqualTo("User");
        assertThat(created.at("/meta/location").asText())
                .isEqualTo("http://localhost/scim/v2/Users/" + created.get("id").asText());
        assertThat(created.at("/meta/created").asText()).isNotBlank();
        assertThat(created.has("password")).isFalse();
        UserSummary user = stored(created);
        assertThat(user.active()).isTrue();
        assertThat(user.scimExternalId()).isEqualTo("00u1abcd");
        assertThat(user.role()).isEqualTo(SystemRole.RECRUITER);
        assertThat(audit.recent(tenant.company(), 10)).anyMatch(e -> e.action().equals("user.created")
                && e.actor().startsWith("api-key:")).anyMatch(e -> e.action().equals("user.activated"));

        JsonNode found = scim.call(filtered("/Users", "userName eq \"" + email.toUpperCase() + "\""), 200);
        assertThat(found.get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.at("/Resources/0")).isEqualTo(created);
        assertThat(scim.call(getting("/Users/" + user.id()), 200)).isEqualTo(created);
        JsonNode byExternalId = scim.call(filtered("/Users", "externalId eq \"00u1abcd\""), 200);
        assertThat(byExternalId.at("/Resources").findValuesAsText("id")).contains(created.get("id").asText());
        assertThat(scim.call(filtered("/Users", "externalId eq \"00U1ABCD\""), 200).get("totalResults").asInt())
                .as("externalId is case-exact").isZero();

        JsonNode deactivated = scim.call(patching("/Users/" + user.id(), patchOp("""
                {"op":"replace","value":{"active":false}}""")), 200);
        assertThat(deactivated.get("active").asBoolean()).isFalse();
        assertThat(stored(created).active()).isFalse();
        assertThat(audit.recent(tenant.company(), 10)).anyMatch(e -> e.action().equals("user.deactivated"));

        JsonNode replaced = scim.call(putting("/Users/" + user.id(), """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"%d","userName":"%s",
                 "name":{"givenName":"Augusta Ada","familyName":"King"},"emails":[{"primary":true,"value":"%s"}],
                 "active":true}
                """.formatted(user.id(), email, email)), 200);
        assertThat(replaced.at("/name/givenName").asText()).isEqualTo("Augusta Ada");
        assertThat(replaced.get("active").asBoolean()).isTrue();
        UserSummary after = stored(created);
        assertThat(after.firstName()).isEqualTo("Augusta Ada");
        assertThat(after.lastName()).isEqualTo("King");
        assertThat(after.active()).isTrue();
        assertThat(replaced.has("externalId")).as("a PUT replaces the whole user: no externalId sent, none kept")
                .isFalse();
        assertThat(after.scimExternalId()).isNull();
    }

    @Test
    void anAuditorsRoleIsShownAsAuditor() throws Exception {
        UserSummary user = fixture.user(tenant, "Aud", "Itor");
        JsonNode patched = scim.call(patching("/Users/" + user.id(), patchOp("""
                {"op":"replace","path":"roles","value":[{"value":"AUDITOR"}]}""")), 200);
        assertThat(patched.at("/roles/0/value").asText()).isEqualTo("AUDITOR");
        assertThat(patched.at("/roles/0/display").asText()).isEqualTo("Auditor");
    }

    @Test
    void externalIdIsKeptExactlyChangedAndRemovedByPatchAndStaysInItsCompany() throws Exception {
        UserSummary user = fixture.user(tenant, "Ext", "Ernal");
        String externalId = "Entra-" + tenant.suffix() + "-ObjectId";
        JsonNode patched = scim.call(patching("/Users/" + user.id(), patchOp("""
                {"op":"add","path":"externalId","value":"%s"}""".formatted(externalId))), 200);
        assertThat(patched.get("externalId").asText()).isEqualTo(externalId);
        assertThat(users.findInCompany(tenant.company(), user.id()).orElseThrow().scimExternalId())
                .isEqualTo(externalId);
        assertThat(audit.recent(tenant.company(), 5)).anyMatch(e -> e.action().equals("user.changed")
                && e.detail().contains("SCIM externalId"));
        JsonNode found = scim.call(filtered("/Users", "urn:ietf:params:scim:schemas:core:2.0:User:externalId eq \""
                + externalId + "\""), 200);
        assertThat(found.get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.at("/Resources/0/id").asText()).isEqualTo(Long.toString(user.id()));

        ApiKeyFixture.Tenant other = fixture.tenant("Scim other");
        ScimClient otherClient = scim.as(fixture.key(other, ApiKeyScope.SCIM).token());
        assertThat(otherClient.call(filtered("/Users", "externalId eq \"" + externalId + "\""), 200)
                .get("totalResults").asInt()).as("another company's key finds nobody").isZero();

        JsonNode removed = scim.call(patching("/Users/" + user.id(), patchOp("""
                {"op":"remove","path":"externalId"}""")), 200);
        assertThat(removed.has("externalId")).isFalse();
        assertThat(users.findInCompany(tenant.company(), user.id()).orElseThrow().scimExternalId()).isNull();
    }

    @Test
    void entraLooksUpCreatesPatchesWithStringBooleansAndManagesGroupMembers() throws Exception {
        String email = "Test_User_" + tenant.suffix() + "@entra.test";
        assertThat(scim.call(filtered("/Users", "userName eq \"" + email + "\""), 200).get("totalResults").asInt())
                .isZero();
        JsonNode created = scim.call(posting("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "externalId":"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef","userName":"%s","active":true,
                 "emails":[{"primary":true,"type":"work","value":"%s"}],"meta":{"resourceType":"User"},
                 "name":{"formatted":"Grace Hopper","familyName":"Hopper","givenName":"Grace"},"roles":[],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Navy"}}
                """.formatted(email, email)), 201);
        // stored lower case, as every e-mail is
        assertThat(created.get("userName").asText()).isEqualTo(email.toLowerCase());
        long id = stored(created).id();

        JsonNode patched = scim.call(patching("/Users/" + id, patchOp("""
                {"op":"Replace","path":"active","value":"False"},
                {"op":"Replace","path":"name.familyName","value":"Hopper-Murray"},
                {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"R&D"},
                {"op":"Replace","path":"displayName","value":"Grace Hopper-Murray"},
                {"op":"Replace","path":"roles[primary eq \\"True\\"].value","value":"Admin"}""")), 200);
        assertThat(patched.get("active").asBoolean()).isFalse();
        assertThat(patched.at("/name/familyName").asText()).isEqualTo("Hopper-Murray");
        UserSummary user = stored(created);
        assertThat(user.active()).isFalse();
        assertThat(user.lastName()).isEqualTo("Hopper-Murray");
        assertThat(user.role()).isEqualTo(SystemRole.ADMIN);
        scim.call(patching("/Users/" + id, patchOp("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"}")),
                200);
        assertThat(stored(created).active()).isTrue();

        String groupName = "Sales " + tenant.suffix();
        JsonNode noGroup = scim.call(filtered("/Groups", "displayName eq \"" + groupName + "\"")
                .param("excludedAttributes", "members"), 200);
        assertThat(noGroup.get("totalResults").asInt()).isZero();
        JsonNode group = scim.call(posting("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"externalId":"8aa1a0c0","displayName":"%s",
                 "members":[]}""".formatted(groupName)), 201);
        assertThat(group.get("displayName").asText()).isEqualTo(groupName);
        assertThat(group.at("/meta/resourceType").asText()).isEqualTo("Group");
        String groupId = group.get("id").asText();

        scim.call(patching("/Groups/" + groupId, patchOp("""
                {"op":"Add","path":"members","value":[{"value":"%d"}]}""".formatted(id))), 204);
        assertThat(members(groupId)).containsExactly(id);
        JsonNode listed = scim.call(filtered("/Groups", "displayName eq \"" + groupName + "\""), 200);
        assertThat(listed.at("/Resources/0/members/0/value").asText()).isEqualTo(Long.toString(id));
        assertThat(scim.call(filtered("/Groups", "displayName eq \"" + groupName + "\"")
                .param("excludedAttributes", "members"), 200).at("/Resources/0").has("members")).isFalse();
        assertThat(scim.call(getting("/Users/" + id), 200).at("/groups/0/value").asText()).isEqualTo(groupId);

        scim.call(patching("/Groups/" + groupId, patchOp("""
                {"op":"Remove","path":"members[value eq \\"%d\\"]"}""".formatted(id))), 204);
        assertThat(members(groupId)).isEmpty();

        scim.call(delete(ScimClient.BASE + "/Users/" + id), 204);
        assertThat(stored(created).active()).isFalse();
        scim.call(delete(ScimClient.BASE + "/Groups/" + groupId), 204);
        assertThat(groups.groups(tenant.company())).noneMatch(g -> g.name().equals(groupName));
        assertThat(audit.recent(tenant.company(), 20)).anyMatch(e -> e.action().equals("access.group.deleted"));
    }

    @Test
    void oktaStyleMemberRemovalWithAValueListAndAPutOfTheMembers() throws Exception {
        UserSummary ann = fixture.user(tenant, "Ann", "A");
        UserSummary bob = fixture.user(tenant, "Bob", "B");
        long group = fixture.group(tenant, "Push");
        String name = groups.groups(tenant.company()).stream().filter(g -> g.id() == group).findFirst().orElseThrow()
                .name();
        scim.call(putting("/Groups/" + group, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"%s",
                 "members":[{"value":"%d"},{"value":"%d"}]}""".formatted(name, ann.id(), bob.id())), 200);
        assertThat(members(Long.toString(group))).containsExactlyInAnyOrder(ann.id(), bob.id());
        scim.call(patching("/Groups/" + group, patchOp("""
                {"op":"remove","path":"members","value":[{"value":"%d"}]}""".formatted(ann.id()))), 204);
        assertThat(members(Long.toString(group))).containsExactly(bob.id());
    }

    @Test
    void listsPageByStartIndexAndCount() throws Exception {
        fixture.user(tenant, "Cy", "C");
        fixture.user(tenant, "Di", "D");
        long total = users.count(tenant.company());
        JsonNode page = scim.call(getting("/Users").param("startIndex", "2").param("count", "1"), 200);
        assertThat(page.get("totalResults").asLong()).isEqualTo(total).isEqualTo(3);
        assertThat(page.get("startIndex").asInt()).isEqualTo(2);
        assertThat(page.get("itemsPerPage").asInt()).isEqualTo(1);
        assertThat(page.at("/Resources/0/name/givenName").asText()).isEqualTo("Cy");
        assertThat(scim.call(getting("/Users").param("count", "1000"), 200).get("Resources").size()).isEqualTo(3);
        assertThat(scim.call(getting("/Users").param("count", "0"), 200).get("Resources").isEmpty()).isTrue();
    }

    @Test
    void discoveryDocumentsDescribeWhatIsServed() throws Exception {
        JsonNode config = scim.call(getting("/ServiceProviderConfig"), 200);
        assertThat(config.at("/patch/supported").asBoolean()).isTrue();
        assertThat(config.at("/bulk/supported").asBoolean()).isFalse();
        assertThat(config.at("/filter/maxResults").asInt()).isEqualTo(100);
        JsonNode types = scim.call(getting("/ResourceTypes"), 200);
        assertThat(types.get("totalResults").asInt()).isEqualTo(2);
        assertThat(scim.call(getting("/ResourceTypes/User"), 200).get("endpoint").asText()).isEqualTo("/Users");
        JsonNode schemas = scim.call(getting("/Schemas"), 200);
        assertThat(schemas.findValuesAsText("id")).contains("urn:ietf:params:scim:schemas:core:2.0:User",
                "urn:ietf:params:scim:schemas:core:2.0:Group");
        assertThat(scim.call(getting("/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group"), 200).get("name")
                .asText()).isEqualTo("Group");
    }

    private Set<Long> members(String groupId) {
        return groups.groups(tenant.company()).stream().filter(g -> Long.toString(g.id()).equals(groupId))
                .findFirst().map(AccessGroupSummary::memberIds).orElseThrow();
    }
}
