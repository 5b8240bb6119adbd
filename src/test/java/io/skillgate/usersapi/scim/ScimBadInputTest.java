package io.skillgate.usersapi.scim;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import io.skillgate.access.UserSummary;

import static io.skillgate.usersapi.scim.ScimClient.BASE;
import static io.skillgate.usersapi.scim.ScimClient.filtered;
import static io.skillgate.usersapi.scim.ScimClient.getting;
import static io.skillgate.usersapi.scim.ScimClient.patchOp;
import static io.skillgate.usersapi.scim.ScimClient.patching;
import static io.skillgate.usersapi.scim.ScimClient.posting;
import static io.skillgate.usersapi.scim.ScimClient.putting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Input SCIM refuses with a 4xx in its error shape, never a 500, and without writing anything. */
class ScimBadInputTest extends ScimTestSupport {

    private UserSummary user;

    @BeforeEach
    void aUser() {
        user = fixture.user(tenant, "Una", "Unchanged");
    }

    private void unchanged() {
        UserSummary now = users.findInCompany(tenant.company(), user.id()).orElseThrow();
        assertThat(now).isEqualTo(user);
    }

    @Test
    void malformedOrMistypedBodiesAre4xxAndCreateNothing() throws Exception {
        long before = users.count(tenant.company());
        scim.error(posting("/Users", "{\"userName\": \"x@y.test\", "), 400, "invalidSyntax");
        scim.error(posting("/Users", "[]"), 400, "invalidSyntax");
        scim.error(posting("/Users", ""), 400, "invalidSyntax");
        scim.error(posting("/Users", "{\"userName\": 42, \"name\": {\"givenName\": \"A\", \"familyName\": \"B\"}}"),
                400, "invalidValue");
        scim.error(posting("/Users", "{\"userName\": \"not-an-email\", \"name\": {\"givenName\": \"A\","
                + " \"familyName\": \"B\"}}"), 400, "invalidValue");
        scim.error(posting("/Users", "{\"userName\": \"nameless-" + tenant.suffix() + "@y.test\"}"), 400,
                "invalidValue");
        scim.error(posting("/Users", "{\"userName\": \"x-" + tenant.suffix() + "@y.test\", \"name\": {\"givenName\":"
                + " \"A\", \"familyName\": \"B\"}, \"active\": \"maybe\"}"), 400, "invalidValue");
        scim.error(posting("/Users", "{\"userName\": \"x-" + tenant.suffix() + "@y.test\", \"name\": {\"givenName\":"
                + " \"A\", \"familyName\": \"B\"}, \"roles\": [{\"value\": \"OPERATOR\"}]}"), 400, "invalidValue");
        scim.error(post(BASE + "/Users").contentType(MediaType.TEXT_PLAIN).content("userName=x"), 415, null);
        scim.error(post(BASE + "/Users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"pad\":\"" + "x".repeat(Scim.MAX_BODY_BYTES) + "\"}"), 413, null);
        assertThat(users.count(tenant.company())).isEqualTo(before);
    }

    @Test
    void plainApplicationJsonIsAcceptedToo() throws Exception {
        String email = "json-" + tenant.suffix() + "@y.test";
        scim.call(post(BASE + "/Users").contentType(MediaType.APPLICATION_JSON).content("""
                {"userName":"%s","name":{"givenName":"Jo","familyName":"Json"}}""".formatted(email)), 201);
        assertThat(users.emailExists(email)).isTrue();
        scim.error(posting("/Users", """
                {"userName":"%s","name":{"givenName":"Jo","familyName":"Again"}}""".formatted(email.toUpperCase())),
                409, "uniqueness");
    }

    @Test
    void filtersOtherThanAttributeEqStringAreInvalid() throws Exception {
        for (String filter : new String[] {"userName co \"a\"", "userName eq \"a\" and active eq true",
                "userName eq a", "userName eq \"a", "title eq \"x\"", "active eq \"true\"", "(userName eq \"a\")",
                "userName  ne \"a\"", "", "name.givenName eq \"Una\""}) {
            scim.error(filtered("/Users", filter), 400, "invalidFilter");
        }
        scim.error(filtered("/Groups", "members eq \"1\""), 400, "invalidFilter");
        assertThat(scim.call(filtered("/Users", "USERNAME EQ \"" + user.email() + "\""), 200)
                .get("totalResults").asInt()).isEqualTo(1);
        assertThat(scim.call(filtered("/Users", "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \""
                + user.email() + "\""), 200).get("totalResults").asInt()).isEqualTo(1);
        assertThat(scim.call(filtered("/Users", "emails[type eq \"work\"].value eq \"" + user.email() + "\""), 200)
                .get("totalResults").asInt()).isEqualTo(1);
        scim.error(getting("/Users").param("count", "many"), 400, "invalidValue");
    }

    @Test
    void aPatchThatFailsAnywhereChangesNothing() throws Exception {
        String path = "/Users/" + user.id();
        scim.error(patching(path, """
                {"Operations":[{"op":"replace","path":"active","value":true}]}"""), 400, "invalidSyntax");
        scim.error(patching(path, patchOp("{\"op\":\"move\",\"path\":\"active\",\"value\":true}")), 400,
                "invalidSyntax");
        scim.error(patching(path, patchOp("""
                {"op":"replace","path":"name.familyName","value":"Changed"},
                {"op":"replace","path":"active","value":"maybe"}""")), 400, "invalidValue");
        scim.error(patching(path, patchOp("""
                {"op":"replace","path":"name.familyName","value":"Changed"},
                {"op":"replace","path":"userName","value":"someone-else@y.test"}""")), 400, "mutability");
        scim.error(patching(path, patchOp("{\"op\":\"remove\",\"path\":\"name.givenName\"}")), 400, "mutability");
        scim.error(patching(path, patchOp("{\"op\":\"remove\"}")), 400, "noTarget");
        scim.error(patching(path, patchOp("{\"op\":\"replace\",\"path\":\"name[[\",\"value\":1}")), 400,
                "invalidPath");
        scim.error(patching(path, patchOp("""
                {"op":"replace","path":"name.familyName","value":"%s"}""".formatted("x".repeat(101)))), 400,
                "invalidValue");
        scim.error(putting(path, """
                {"userName":"other-%s@y.test","name":{"givenName":"Una","familyName":"Changed"}}"""
                .formatted(tenant.suffix())), 400, "mutability");
        scim.error(patching(path, patchOp("""
                {"op":"replace","path":"name.familyName","value":"Changed"},
                {"op":"add","path":"externalId","value":"%s"}""".formatted("x".repeat(256)))), 400, "invalidValue");
        scim.error(patching(path, patchOp("""
                {"op":"replace","path":"name.familyName","value":"Changed"},
                {"op":"add","path":"externalId","value":42}""")), 400, "invalidValue");
        scim.error(patching(path, patchOp("""
                {"op":"replace","path":"name.familyName","value":"Changed"},
                {"op":"add","path":"externalId","value":""}""")), 400, "invalidValue");
        scim.error(patching("/Users/not-a-number", patchOp("{\"op\":\"replace\",\"value\":{\"active\":true}}")), 404,
                null);
        unchanged();
    }

    @Test
    void groupRequestsThatDoNotFitChangeNothing() throws Exception {
        long group = fixture.group(tenant, "Strict");
        String name = groups.groups(tenant.company()).stream().filter(g -> g.id() == group).findFirst().orElseThrow()
                .name();
        scim.error(patching("/Groups/" + group, patchOp("""
                {"op":"Add","path":"members","value":[{"value":"%d"}]},
                {"op":"replace","path":"displayName","value":"Renamed"}""".formatted(user.id()))), 400, "mutability");
        scim.error(patching("/Groups/" + group, patchOp("""
                {"op":"Add","path":"members","value":[{"value":"abc"}]}""")), 400, "invalidValue");
        scim.error(patching("/Groups/" + group, patchOp("""
                {"op":"Add","path":"members[value eq \\"1\\"]","value":[{"value":"1"}]}""")), 400, "invalidPath");
        scim.error(posting("/Groups", "{\"displayName\":\"" + name + "\"}"), 409, "uniqueness");
        scim.error(posting("/Groups", "{\"members\":[]}"), 400, "invalidValue");
        assertThat(groups.groups(tenant.company()).stream().filter(g -> g.id() == group).findFirst().orElseThrow()
                .memberIds()).isEmpty();
        // removing someone who is not a member is not an error
        scim.call(patching("/Groups/" + group, patchOp("""
                {"op":"Remove","path":"members[value eq \\"%d\\"]"}""".formatted(user.id()))), 204);
    }

    @Test
    void unknownPathsAndMethodsAnswerInScimShape() throws Exception {
        scim.error(getting("/Nope"), 404, null);
        scim.error(getting("/Users/99999999999"), 404, null);
        scim.error(getting("/ResourceTypes/Nope"), 404, null);
        scim.error(delete(BASE + "/Users"), 405, null);
        scim.error(post(BASE + "/Users/" + user.id()).contentType(ScimClient.SCIM).content("{}"), 405, null);
        unchanged();
    }
}
