package io.skillgate.usersapi;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.SsoLoginMode;
import io.skillgate.access.UserLocation;
import io.skillgate.access.UserProfile;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.audit.AuditService;
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

/** The Users API's endpoints through the real security chain, on MariaDB, with a company's manage key. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class UsersApiTest {

    static final String BASE = "/api/users/v201804";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private UserService users;

    @Autowired
    private AccessGroupService groups;

    @Autowired
    private AuditService audit;

    @Autowired
    private Clock clock;

    private ApiKeyFixture fixture;
    private ApiKeyFixture.Tenant tenant;
    private String manage;

    @BeforeEach
    void aCompanyWithAManageKey() {
        fixture = new ApiKeyFixture(context);
        tenant = fixture.tenant("Users Co");
        manage = fixture.key(tenant, ApiKeyScope.USERS_MANAGE).token();
    }

    private MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + manage);
    }

    private JsonNode body(MockHttpServletRequestBuilder request, int status) throws Exception {
        String body = mvc.perform(auth(request)).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString();
        return body.isEmpty() ? json.nullNode() : json.readTree(body);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode createUser(String email, String role) throws Exception {
        return body(post(BASE + "/users").contentType(MediaType.APPLICATION_JSON).content("""
                {"email": "%s", "firstName": "Grace", "lastName": "Hopper", "systemRole": {"id": "%s"}}
                """.formatted(email, role)), 201);
    }

    @Test
    void aCreatedUserIsInactiveAndAnsweredInTheUsersApiShape() throws Exception {
        String email = "grace-" + tenant.suffix() + "@users.test";
        String answer = mvc.perform(auth(post(BASE + "/users").contentType(MediaType.APPLICATION_JSON).content("""
                        {"email": "%s", "firstName": "Grace", "lastName": "Hopper", "systemRole": {"id": "ADMIN"},
                         "ssoIdentifier": "G.Hopper"}
                        """.formatted(email))))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith(BASE + "/users/")))
                .andReturn().getResponse().getContentAsString();
        JsonNode user = json.readTree(answer);
        assertThat(fields(user)).containsExactlyInAnyOrder("id", "email", "firstName", "lastName", "systemRole",
                "externalData", "ssoIdentifier", "ssoLoginMode", "language", "location", "active", "updatedOn",
                "accessGroups", "lastSignInOn", "lastActivityOn");
        assertThat(user.get("language").toString()).as("SR's User always has a language")
                .isEqualTo("{\"code\":\"en\"}");
        assertThat(user.get("id").isTextual()).isTrue();
        assertThat(user.get("email").asText()).isEqualTo(email);
        assertThat(user.get("systemRole").toString()).isEqualTo("{\"id\":\"ADMIN\",\"name\":\"Administrator\"}");
        assertThat(user.get("ssoIdentifier").asText()).isEqualTo("G.Hopper");
        assertThat(user.get("active").asBoolean()).isFalse();
        assertThat(user.get("accessGroups").isArray()).isTrue();
        assertThat(java.time.Instant.parse(user.get("updatedOn").asText())).isNotNull();

        long id = Long.parseLong(user.get("id").asText());
        UserSummary stored = users.findInCompany(tenant.company(), id).orElseThrow();
        assertThat(stored.active()).isFalse();
        assertThat(stored.ssoIdentifier()).isEqualTo("G.Hopper");
        assertThat(body(get(BASE + "/users/" + id), 200)).isEqualTo(user);
        assertThat(audit.recent(tenant.company(), 5)).anyMatch(e -> e.action().equals("user.created")
                && e.actor().startsWith("api-key:"));
    }

    @Test
    void anExistingEmailIsAConflictAndInvalidFieldsAre422WithDataPaths() throws Exception {
        String email = "dup-" + tenant.suffix() + "@users.test";
        createUser(email, "RECRUITER");
        JsonNode conflict = body(post(BASE + "/users").contentType(MediaType.APPLICATION_JSON).content("""
                {"email": "%s", "firstName": "A", "lastName": "B", "systemRole": {"id": "RECRUITER"}}
                """.formatted(email.toUpperCase())), 409);
        assertThat(conflict.at("/errors/0/code").asText()).isEqualTo("USER_ALREADY_EXISTS");

        JsonNode invalid = body(post(BASE + "/users").contentType(MediaType.APPLICATION_JSON).content("""
                {"email": "not-an-email", "firstName": " ", "systemRole": {"id": "OPERATOR"}, "ssoIdentifier": " x"}
                """), 422);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("message", "errors");
        List<String> paths = new ArrayList<>();
        invalid.get("errors").forEach(error -> {
            assertThat(fields(error)).containsExactlyInAnyOrder("dataPath", "message");
            paths.add(error.get("dataPath").asText());
        });
        assertThat(paths).containsExactlyInAnyOrder("/email", "/firstName", "/lastName", "/systemRole/id",
                "/ssoIdentifier");
        assertThat(users.emailExists("not-an-email")).isFalse();
    }

    @Test
    void badJsonAndWrongMediaTypesAre4xxInTheErrorShape() throws Exception {
        JsonNode malformed = body(post(BASE + "/users").contentType(MediaType.APPLICATION_JSON).content("{\"email\":"),
                400);
        assertThat(malformed.at("/errors/0/code").asText()).isEqualTo("MALFORMED_BODY");
        assertThat(body(post(BASE + "/users").contentType(MediaType.APPLICATION_JSON).content("[1,2]"), 400)
                .at("/errors/0/code").asText()).isEqualTo("MALFORMED_BODY");
        assertThat(body(post(BASE + "/users").contentType(MediaType.TEXT_PLAIN).content("x"), 415)
                .at("/errors/0/code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(body(put(BASE + "/users"), 405).at("/errors/0/code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(body(get(BASE + "/nothing-here"), 404).at("/errors/0/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(body(get(BASE + "/users/abc"), 404).at("/errors/0/code").asText()).isEqualTo("USER_NOT_FOUND");
        assertThat(body(get(BASE + "/users").param("limit", "0"), 400).at("/errors/0/code").asText())
                .isEqualTo("INVALID_PARAMETER");
        assertThat(body(get(BASE + "/users").param("limit", "101"), 400).at("/errors/0/code").asText())
                .isEqualTo("INVALID_PARAMETER");
        assertThat(body(get(BASE + "/users").param("limit", "x"), 400).at("/errors/0/code").asText())
                .isEqualTo("INVALID_PARAMETER");
        assertThat(body(get(BASE + "/users").param("pageId", "-1"), 400).at("/errors/0/code").asText())
                .isEqualTo("INVALID_PARAMETER");
        assertThat(body(get(BASE + "/users").param("updatedAfter", "yesterday"), 400).at("/errors/0/code").asText())
                .isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void theListPagesByCursorFiltersByPrefixAndByUpdatedAfter() throws Exception {
        String prefix = "Zed" + tenant.suffix().substring(tenant.suffix().length() - 6);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(fixture.user(tenant, prefix + i, "Pager").id());
        }
        fixture.user(tenant, "Other", "Person");

        List<Long> seen = new ArrayList<>();
        String pageId = null;
        int pages = 0;
        do {
            MockHttpServletRequestBuilder request = get(BASE + "/users").param("q", prefix.toLowerCase())
                    .param("limit", "2");
            if (pageId != null) {
                request.param("pageId", pageId);
            }
            JsonNode page = body(request, 200);
            assertThat(fields(page)).containsExactlyInAnyOrder("limit", "nextPageId", "content");
            assertThat(page.get("limit").asInt()).isEqualTo(2);
            page.get("content").forEach(user -> seen.add(Long.parseLong(user.get("id").asText())));
            pageId = page.get("nextPageId").isNull() ? null : page.get("nextPageId").asText();
            pages++;
        } while (pageId != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);

        MovableClockConfiguration.of(clock).advance(Duration.ofMinutes(5));
        String mark = clock.instant().minusSeconds(1).toString();
        mvc.perform(auth(put(BASE + "/users/" + created.get(3) + "/activation"))).andExpect(status().isNoContent());
        JsonNode changed = body(get(BASE + "/users").param("updatedAfter", mark).param("q", prefix), 200);
        assertThat(changed.get("content")).hasSize(1);
        assertThat(changed.at("/content/0/id").asText()).isEqualTo(Long.toString(created.get(3)));
        assertThat(changed.at("/content/0/active").asBoolean()).isTrue();
        // the e-mail matches by prefix too; a LIKE wildcard is taken literally
        assertThat(body(get(BASE + "/users").param("q", prefix.toLowerCase() + "0.pager"), 200).get("content"))
                .hasSize(1);
        assertThat(body(get(BASE + "/users").param("q", "%"), 200).get("content")).isEmpty();
    }

    @Test
    void activationIsSwitchedWith204() throws Exception {
        long id = fixture.user(tenant, "Act", "Ive").id();
        mvc.perform(auth(put(BASE + "/users/" + id + "/activation"))).andExpect(status().isNoContent());
        assertThat(users.findInCompany(tenant.company(), id).orElseThrow().active()).isTrue();
        mvc.perform(auth(delete(BASE + "/users/" + id + "/activation"))).andExpect(status().isNoContent());
        assertThat(users.findInCompany(tenant.company(), id).orElseThrow().active()).isFalse();
    }

    @Test
    void aJsonPatchChangesNameRoleAndSsoIdentifier() throws Exception {
        long id = fixture.user(tenant, "Patch", "Me").id();
        JsonNode patched = body(patch(BASE + "/users/" + id).contentType("application/json-patch+json").content("""
                [{"op": "replace", "path": "/firstName", "value": "Patched"},
                 {"op": "replace", "path": "/systemRole", "value": {"id": "ADMIN"}},
                 {"op": "add", "path": "/ssoIdentifier", "value": "patched-%s"}]
                """.formatted(tenant.suffix())), 200);
        assertThat(patched.get("firstName").asText()).isEqualTo("Patched");
        assertThat(patched.at("/systemRole/id").asText()).isEqualTo("ADMIN");
        UserSummary stored = users.findInCompany(tenant.company(), id).orElseThrow();
        assertThat(stored.firstName()).isEqualTo("Patched");
        assertThat(stored.lastName()).isEqualTo("Me");
        assertThat(stored.role()).isEqualTo(io.skillgate.access.SystemRole.ADMIN);
        assertThat(stored.ssoIdentifier()).isEqualTo("patched-" + tenant.suffix());

        body(patch(BASE + "/users/" + id).contentType("application/json-patch+json").content("""
                [{"op": "remove", "path": "/ssoIdentifier"}, {"op": "replace", "path": "/systemRole/id", "value": "RECRUITER"}]
                """), 200);
        stored = users.findInCompany(tenant.company(), id).orElseThrow();
        assertThat(stored.ssoIdentifier()).isNull();
        assertThat(stored.role()).isEqualTo(io.skillgate.access.SystemRole.RECRUITER);
    }

    @Test
    void aPatchOnAnotherPathIsMalformedOrConflictingIsRefusedAndChangesNothing() throws Exception {
        UserSummary user = fixture.user(tenant, "Keep", "Me");
        UserSummary holder = fixture.user(tenant, "Holds", "Identifier");
        String taken = "taken-" + tenant.suffix();
        users.setSsoIdentifier(tenant.admin(), holder.id(), taken);
        String path = BASE + "/users/" + user.id();

        JsonNode unknownPath = body(patch(path).contentType("application/json-patch+json").content("""
                [{"op": "replace", "path": "/firstName", "value": "Changed"},
                 {"op": "replace", "path": "/email", "value": "evil@attacker.test"}]
                """), 422);
        assertThat(unknownPath.at("/errors/0/dataPath").asText()).isEqualTo("/email");
        body(patch(path).contentType("application/json-patch+json").content("""
                [{"op": "copy", "from": "/active", "path": "/firstName"}]
                """), 422);
        assertThat(body(patch(path).contentType("application/json-patch+json").content("""
                {"op": "replace", "path": "/firstName", "value": "Changed"}
                """), 400).at("/errors/0/code").asText()).isEqualTo("MALFORMED_PATCH");
        assertThat(body(patch(path).contentType("application/json-patch+json").content("""
                [{"op": "frobnicate", "path": "/firstName"}]
                """), 400).at("/errors/0/code").asText()).isEqualTo("MALFORMED_PATCH");
        body(patch(path).contentType("application/json-patch+json").content("[{"), 400);
        body(patch(path).contentType(MediaType.APPLICATION_JSON).content("[]"), 415);
        assertThat(body(patch(path).contentType("application/json-patch+json").content("""
                [{"op": "replace", "path": "/systemRole/id", "value": "OPERATOR"}]
                """), 422).at("/errors/0/dataPath").asText()).isEqualTo("/systemRole/id");
        assertThat(body(patch(path).contentType("application/json-patch+json").content("""
                [{"op": "replace", "path": "/firstName", "value": "Changed"},
                 {"op": "add", "path": "/ssoIdentifier", "value": "%s"}]
                """.formatted(taken)), 409).at("/errors/0/code").asText()).isEqualTo("SSO_IDENTIFIER_ALREADY_EXISTS");

        UserSummary after = users.findInCompany(tenant.company(), user.id()).orElseThrow();
        assertThat(after.firstName()).isEqualTo("Keep");
        assertThat(after.email()).isEqualTo(user.email());
        assertThat(after.ssoIdentifier()).isNull();
    }

    @Test
    void systemRolesAndAccessGroupsAreListedAndMembersAddedAndRemoved() throws Exception {
        assertThat(body(get(BASE + "/system-roles"), 200).toString()).isEqualTo("{\"content\":["
                + "{\"id\":\"ADMIN\",\"name\":\"Administrator\"},{\"id\":\"RECRUITER\",\"name\":\"Recruiter\"},"
                + "{\"id\":\"AUDITOR\",\"name\":\"Auditor\"}]}");
        long group = fixture.group(tenant, "Sales");
        UserSummary first = fixture.user(tenant, "Member", "One");
        UserSummary second = fixture.user(tenant, "Member", "Two");
        JsonNode listed = body(get(BASE + "/access-groups"), 200);
        assertThat(listed.get("content")).anyMatch(g -> g.get("id").asText().equals(Long.toString(group)));

        mvc.perform(auth(post(BASE + "/access-groups/" + group + "/users").contentType(MediaType.APPLICATION_JSON)
                .content("[\"" + first.id() + "\", " + second.id() + "]"))).andExpect(status().isCreated());
        assertThat(members(group)).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(body(get(BASE + "/users/" + first.id()), 200).at("/accessGroups/0/id").asText())
                .isEqualTo(Long.toString(group));
        // adding again is fine
        mvc.perform(auth(post(BASE + "/access-groups/" + group + "/users").contentType(MediaType.APPLICATION_JSON)
                .content("[\"" + first.id() + "\"]"))).andExpect(status().isCreated());

        mvc.perform(auth(delete(BASE + "/access-groups/" + group + "/users/" + first.id())))
                .andExpect(status().isNoContent());
        assertThat(members(group)).containsExactly(second.id());
        mvc.perform(auth(delete(BASE + "/access-groups/" + group + "/users/" + first.id())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].code").value("USER_NOT_IN_ACCESS_GROUP"));
    }

    @Test
    void memberListsThatAreTooLongNotIdsOrNotAnArrayAreRefusedAndChangeNothing() throws Exception {
        long group = fixture.group(tenant, "Big");
        UserSummary member = fixture.user(tenant, "Would", "Be");
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < AccessGroupsController.MAX_IDS + 1; i++) {
            many.append(i == 0 ? "" : ",").append(member.id());
        }
        many.append(']');
        body(post(BASE + "/access-groups/" + group + "/users").contentType(MediaType.APPLICATION_JSON)
                .content(many.toString()), 422);
        assertThat(body(post(BASE + "/access-groups/" + group + "/users").contentType(MediaType.APPLICATION_JSON)
                .content("[\"" + member.id() + "\", \"x\"]"), 422).at("/errors/0/dataPath").asText()).isEqualTo("/1");
        body(post(BASE + "/access-groups/" + group + "/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"ids\": [1]}"), 400);
        String huge = "[" + "\"1\",".repeat(BodySizeLimit.MAX_BYTES / 4) + "\"1\"]";
        assertThat(body(post(BASE + "/access-groups/" + group + "/users").contentType(MediaType.APPLICATION_JSON)
                .content(huge), 413).at("/errors/0/code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(members(group)).isEmpty();
    }

    // externalData, ssoLoginMode, language and location

    private JsonNode create(String fields, int status) throws Exception {
        return body(post(BASE + "/users").contentType(MediaType.APPLICATION_JSON).content("""
                {"email": "%s", "firstName": "Lin", "lastName": "Profile", "systemRole": {"id": "RECRUITER"}, %s}
                """.formatted(email(), fields)), status);
    }

    private JsonNode patchUser(long id, String operations, int status) throws Exception {
        return body(patch(BASE + "/users/" + id).contentType(UsersController.JSON_PATCH).content(operations), status);
    }

    private String email() {
        return "lin-" + System.nanoTime() + "-" + tenant.suffix() + "@users.test";
    }

    private UserSummary stored(long id) {
        return users.findInCompany(tenant.company(), id).orElseThrow();
    }

    /** The only error of a 422 answer names this data path. */
    private static void refusedAt(JsonNode answer, String dataPath) {
        assertThat(answer.get("errors")).as(answer.toString()).hasSize(1);
        assertThat(answer.at("/errors/0/dataPath").asText()).isEqualTo(dataPath);
        assertThat(answer.at("/errors/0/message").asText()).isNotBlank();
    }

    @Test
    void aNewUserWithoutProfileAnswersLanguageEnAndNullsForTheRest() throws Exception {
        JsonNode user = create("\"ssoIdentifier\": null", 201);
        assertThat(user.get("language").toString()).isEqualTo("{\"code\":\"en\"}");
        assertThat(user.get("externalData").isNull()).isTrue();
        assertThat(user.get("ssoLoginMode").isNull()).isTrue();
        assertThat(user.get("location").isNull()).isTrue();
        assertThat(stored(user.get("id").asLong()).profile()).isEqualTo(UserProfile.NONE);
    }

    @Test
    void theProfileIsCreatedNormalizedReadAndListed() throws Exception {
        String external = "hris:42|" + "x".repeat(UserProfile.MAX_EXTERNAL_DATA - 8);
        String identifier = "i".repeat(UsersController.MAX_SSO_IDENTIFIER);
        JsonNode created = create("""
                "externalData": "%s", "ssoIdentifier": "%s", "ssoLoginMode": "SSO", "language": {"code": "pt-BR"},
                "location": {"countryCode": "de", "city": " Berlin ", "regionCode": " ", "postalCode": "10115"}
                """.formatted(external, identifier), 201);
        long id = created.get("id").asLong();

        assertThat(created.get("externalData").asText()).isEqualTo(external);
        assertThat(created.get("ssoIdentifier").asText()).isEqualTo(identifier);
        assertThat(created.get("ssoLoginMode").asText()).isEqualTo("SSO");
        assertThat(created.get("language").toString()).isEqualTo("{\"code\":\"pt-BR\"}");
        assertThat(created.get("location").toString()).isEqualTo("{\"countryCode\":\"DE\",\"city\":\"Berlin\","
                + "\"regionCode\":null,\"address\":null,\"postalCode\":\"10115\"}");
        assertThat(stored(id).profile()).isEqualTo(new UserProfile(external, SsoLoginMode.SSO, "pt-BR",
                new UserLocation("DE", "Berlin", null, null, "10115")));
        assertThat(body(get(BASE + "/users/" + id), 200)).isEqualTo(created);
        JsonNode listed = body(get(BASE + "/users").param("q", stored(id).email()), 200);
        assertThat(listed.get("content")).hasSize(1);
        assertThat(listed.at("/content/0")).isEqualTo(created);
    }

    @Test
    void aJsonPatchSetsChangesAndClearsEachProfileField() throws Exception {
        long id = fixture.user(tenant, "Pat", "Profile").id();
        JsonNode set = patchUser(id, """
                [{"op": "replace", "path": "/externalData", "value": "crm-7"},
                 {"op": "replace", "path": "/ssoLoginMode", "value": "PASSWORD"},
                 {"op": "replace", "path": "/language/code", "value": "de"},
                 {"op": "add", "path": "/location",
                  "value": {"countryCode": "AT", "city": "Wien", "address": "Ring 1"}}]
                """, 200);
        assertThat(set.get("externalData").asText()).isEqualTo("crm-7");
        assertThat(set.get("ssoLoginMode").asText()).isEqualTo("PASSWORD");
        assertThat(set.at("/language/code").asText()).isEqualTo("de");
        assertThat(stored(id).profile()).isEqualTo(new UserProfile("crm-7", SsoLoginMode.PASSWORD, "de",
                new UserLocation("AT", "Wien", null, "Ring 1", null)));

        patchUser(id, """
                [{"op": "replace", "path": "/location/city", "value": "Graz"},
                 {"op": "add", "path": "/location/postalCode", "value": "8010"},
                 {"op": "remove", "path": "/location/address"},
                 {"op": "replace", "path": "/language", "value": {"code": "fr-CA"}},
                 {"op": "replace", "path": "/ssoLoginMode", "value": "SSO"}]
                """, 200);
        assertThat(stored(id).profile()).isEqualTo(new UserProfile("crm-7", SsoLoginMode.SSO, "fr-CA",
                new UserLocation("AT", "Graz", null, null, "8010")));

        JsonNode cleared = patchUser(id, """
                [{"op": "remove", "path": "/externalData"}, {"op": "replace", "path": "/ssoLoginMode", "value": null},
                 {"op": "remove", "path": "/language"}, {"op": "replace", "path": "/location", "value": null}]
                """, 200);
        assertThat(stored(id).profile()).isEqualTo(UserProfile.NONE);
        assertThat(cleared.get("language").toString()).isEqualTo("{\"code\":\"en\"}");
        assertThat(cleared.get("location").isNull()).isTrue();
        assertThat(cleared.get("ssoLoginMode").isNull()).isTrue();
        assertThat(cleared.get("externalData").isNull()).isTrue();

        // the "en" shown for no language is not stored by a patch that leaves the language alone
        patchUser(id, "[{\"op\": \"replace\", \"path\": \"/firstName\", \"value\": \"Pam\"}]", 200);
        assertThat(stored(id).firstName()).isEqualTo("Pam");
        assertThat(stored(id).profile().languageCode()).isNull();
    }

    @Test
    void invalidProfileFieldsOnCreateAre422AtTheirDataPathAndCreateNobody() throws Exception {
        String[][] cases = {
                {"\"language\": {\"code\": \"xx\"}", "/language/code"},
                {"\"language\": {\"code\": \"EN\"}", "/language/code"},
                {"\"language\": {}", "/language/code"},
                {"\"location\": {\"countryCode\": \"USA\", \"city\": \"Boston\"}", "/location/countryCode"},
                {"\"location\": {\"countryCode\": \"ıt\", \"city\": \"Roma\"}", "/location/countryCode"},
                {"\"location\": {\"countryCode\": \"US\"}", "/location/city"},
                {"\"location\": {\"countryCode\": \"US\", \"city\": \" \"}", "/location/city"},
                {"\"location\": {\"countryCode\": \"US\", \"city\": \"Boston\", \"postalCode\": \"%s\"}"
                        .formatted("9".repeat(UserLocation.MAX_POSTAL_CODE + 1)), "/location/postalCode"},
                {"\"externalData\": \"%s\"".formatted("x".repeat(UserProfile.MAX_EXTERNAL_DATA + 1)), "/externalData"},
                {"\"ssoIdentifier\": \"%s\"".formatted("i".repeat(UsersController.MAX_SSO_IDENTIFIER + 1)),
                        "/ssoIdentifier"},
                {"\"ssoLoginMode\": \"FOO\"", "/ssoLoginMode"},
                {"\"ssoLoginMode\": \"sso\"", "/ssoLoginMode"},
        };
        long before = users.count(tenant.company());
        for (String[] refused : cases) {
            refusedAt(create(refused[0], 422), refused[1]);
        }
        // not even readable: an object where a string belongs, a string where an object does
        assertThat(create("\"externalData\": {\"id\": 1}", 400).at("/errors/0/code").asText())
                .isEqualTo("MALFORMED_BODY");
        assertThat(create("\"location\": \"Berlin\"", 400).at("/errors/0/code").asText()).isEqualTo("MALFORMED_BODY");
        assertThat(users.count(tenant.company())).isEqualTo(before);
    }

    @Test
    void invalidProfilePatchesAre422AtTheirDataPathAndChangeNothing() throws Exception {
        long id = create("""
                "externalData": "keep", "ssoLoginMode": "SSO", "language": {"code": "sv"},
                "location": {"countryCode": "SE", "city": "Lund"}
                """, 201).get("id").asLong();
        UserSummary before = stored(id);
        String[][] cases = {
                {"/language/code", "\"xx\""},
                {"/language/code", "5"},
                {"/language", "\"de\""},
                {"/location/countryCode", "\"USA\""},
                {"/location/countryCode", "null"},
                {"/location/city", "null"},
                {"/location", "\"Lund\""},
                {"/externalData", "\"%s\"".formatted("x".repeat(UserProfile.MAX_EXTERNAL_DATA + 1))},
                {"/externalData", "{}"},
                {"/ssoIdentifier", "\"%s\"".formatted("i".repeat(UsersController.MAX_SSO_IDENTIFIER + 1))},
                {"/ssoLoginMode", "\"FOO\""},
        };
        for (String[] refused : cases) {
            // a valid change in the same patch is not written either
            refusedAt(patchUser(id, """
                    [{"op": "replace", "path": "/firstName", "value": "Changed"},
                     {"op": "replace", "path": "%s", "value": %s}]
                    """.formatted(refused[0], refused[1]), 422), refused[0]);
        }
        refusedAt(patchUser(id, "[{\"op\": \"remove\", \"path\": \"/location/city\"}]", 422), "/location/city");
        assertThat(stored(id)).isEqualTo(before);

        long withoutLocation = fixture.user(tenant, "No", "Where").id();
        UserSummary nowhere = stored(withoutLocation);
        refusedAt(patchUser(withoutLocation, """
                [{"op": "replace", "path": "/firstName", "value": "Changed"},
                 {"op": "replace", "path": "/location/city", "value": "Lund"}]
                """, 422), "/location/city");
        refusedAt(patchUser(withoutLocation, """
                [{"op": "add", "path": "/location/city", "value": "Lund"}]
                """, 422), "/location/city");
        refusedAt(patchUser(withoutLocation, """
                [{"op": "add", "path": "/location/country", "value": "SE"}]
                """, 422), "/location/country");
        assertThat(stored(withoutLocation)).isEqualTo(nowhere);
    }

    @Test
    void theUsersApiLimitOfOneHundredAppliesOnlyToIdentifiersItSets() throws Exception {
        UserSummary user = fixture.user(tenant, "Long", "Identifier");
        String longer = "l".repeat(UsersController.MAX_SSO_IDENTIFIER + 50) + tenant.suffix();
        users.setSsoIdentifier(tenant.admin(), user.id(), longer);

        JsonNode patched = patchUser(user.id(), """
                [{"op": "replace", "path": "/lastName", "value": "Kept"}]
                """, 200);
        assertThat(patched.get("ssoIdentifier").asText()).isEqualTo(longer);
        refusedAt(patchUser(user.id(), """
                [{"op": "replace", "path": "/ssoIdentifier", "value": "%s"}]
                """.formatted(longer + "x"), 422), "/ssoIdentifier");
        assertThat(stored(user.id()).ssoIdentifier()).isEqualTo(longer);
        assertThat(stored(user.id()).lastName()).isEqualTo("Kept");
    }

    private Set<Long> members(long group) {
        return groups.groups(tenant.company()).stream().filter(g -> g.id() == group).findFirst().orElseThrow()
                .memberIds();
    }
}
