package io.skillgate.partnerapi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.AccessGroupSummary;
import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.PackageAvailability;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.IssuedCredential;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The partner API through the real security chain, on MariaDB. */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerApiTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private CompanyService companies;

    @Autowired
    private ConnectionService connections;

    @Autowired
    private CatalogService catalog;

    @Autowired
    private ObjectMapper json;

    private CompanyId company;
    private IssuedCredential credential;
    private PackageDetails skillTest;
    /** each test its own client address, so the per-address throttle of one test cannot touch another */
    private String address;

    @BeforeEach
    void connectACompany() {
        PartnerFixture fixture = new PartnerFixture(context);
        PartnerFixture.Connected connected = fixture.connect("Partner Co");
        company = connected.company();
        credential = connected.credential();
        skillTest = fixture.addPackage(company, "Skill test", AssessmentType.SKILL_TEST, "Part 1");
        address = "10.9." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    }

    private RequestPostProcessor from(String remoteAddress) {
        return request -> {
            request.setRemoteAddr(remoteAddress);
            return request;
        };
    }

    private MockHttpServletRequestBuilder tokenRequest(String clientId, String secret) {
        return post("/api/sr/v1/oauth/token").with(from(address))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials").param("client_id", clientId).param("client_secret", secret);
    }

    private String token(IssuedCredential issued) throws Exception {
        String body = mvc.perform(tokenRequest(issued.clientId(), issued.clientSecret()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("access_token").asText();
    }

    @Test
    void theClientCredentialsGrantIssuesAShortLivedBearerToken() throws Exception {
        mvc.perform(tokenRequest(credential.clientId(), credential.clientSecret()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(3600))
                .andExpect(jsonPath("$.access_token").isString());
    }

    @Test
    void wrongSecretsAndUnknownClientsGetRfc6749Errors() throws Exception {
        mvc.perform(tokenRequest(credential.clientId(), "wrong"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("invalid_client"));
        mvc.perform(tokenRequest("sg_unknown", credential.clientSecret()))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("invalid_client"));
        mvc.perform(post("/api/sr/v1/oauth/token").with(from(address)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("client_id", credential.clientId()).param("client_secret", credential.clientSecret()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_request"));
        mvc.perform(post("/api/sr/v1/oauth/token").with(from(address)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "password").param("client_id", credential.clientId())
                        .param("client_secret", credential.clientSecret()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("unsupported_grant_type"));
        mvc.perform(post("/api/sr/v1/oauth/token").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grant_type\":\"client_credentials\"}"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.errors[0].code").exists());
    }

    @Test
    void repeatedWrongSecretsForOneClientAreThrottledEvenWithTheRightSecretAfterwards() throws Exception {
        for (int i = 0; i < 10; i++) {
            address = "10.8.0." + (i + 1);
            mvc.perform(tokenRequest(credential.clientId(), "guess-" + i)).andExpect(status().isUnauthorized());
        }
        address = "10.8.1.1";
        mvc.perform(tokenRequest(credential.clientId(), credential.clientSecret()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.error").value("slow_down"));
    }

    @Test
    void repeatedFailuresFromOneAddressAreThrottledForEveryClient() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(tokenRequest("sg_probe_" + i, "guess")).andExpect(status().isUnauthorized());
        }
        mvc.perform(tokenRequest(credential.clientId(), credential.clientSecret()))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void listsTheCompanysPackagesForARequesterGivenAsJsonOrBareEmail() throws Exception {
        String token = token(credential);
        for (String requester : List.of("{\"email\":\"Rec@Example.test\",\"userId\":\"u1\"}", "rec@example.test")) {
            String body = mvc.perform(get("/api/sr/v1/packages").header("Authorization", "Bearer " + token)
                            .header("requester", requester))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            JsonNode packages = json.readTree(body);
            assertThat(packages).hasSize(1);
            assertThat(packages.get(0).get("id").asText()).isEqualTo(skillTest.id());
            assertThat(packages.get(0).get("type").asText()).isEqualTo("SKILL_TEST");
            assertThat(packages.get(0).get("assessments").get(0).get("name").asText()).isEqualTo("Part 1");
        }
    }

    @Test
    void aRequesterWhoIsOneOfOurUsersSeesOnlyWhatTheirAccessGroupsAllow() throws Exception {
        PackageDetails restricted = new PartnerFixture(context).addPackage(company, "Tech only",
                AssessmentType.SKILL_TEST, "T");
        UserService users = context.getBean(UserService.class);
        AccessGroupService groups = context.getBean(AccessGroupService.class);
        String adminEmail = "admin-" + System.nanoTime() + "@partner.test";
        String recruiterEmail = "rec-" + System.nanoTime() + "@partner.test";
        users.create(new CreateUserCommand(company, adminEmail, "A", "D", SystemRole.ADMIN, "admin-pass-123", true), "t");
        users.create(new CreateUserCommand(company, recruiterEmail, "R", "E", SystemRole.RECRUITER, "rec-pass-1234",
                true), "t");
        PortalUserPrincipal admin = users.loadPrincipal(adminEmail).orElseThrow();
        AccessGroupSummary tech = groups.create(admin, "Tech");
        groups.update(admin, tech.id(), Set.of(), Set.of(restricted.id()));
        String token = token(credential);

        assertThat(listed(token, "", recruiterEmail.toUpperCase())).containsExactly(skillTest.name());
        assertThat(listed(token, "", "someone-else@example.test"))
                .containsExactlyInAnyOrder(skillTest.name(), restricted.name());
        assertThat(listed(token, "", adminEmail)).containsExactlyInAnyOrder(skillTest.name(), restricted.name());
    }

    private List<String> listed(String token, String query) throws Exception {
        return listed(token, query, "rec@example.test");
    }

    private List<String> listed(String token, String query, String requester) throws Exception {
        String body = mvc.perform(get("/api/sr/v1/packages" + query).header("Authorization", "Bearer " + token)
                        .header("requester", requester))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        List<String> names = new java.util.ArrayList<>();
        if (!body.isEmpty()) {
            json.readTree(body).forEach(p -> names.add(p.get("name").asText()));
        }
        return names;
    }

    @Test
    void theListKeepsPackagesOfferedForTheJobsCountryRemoteAndCustomFields() throws Exception {
        catalog.create(company, new CreatePackageCommand("German Java", "", AssessmentType.SKILL_TEST, List.of(),
                new PackageAvailability(Set.of("DE", "AT", "CH"), true, Map.of("language", "de"))), "test");
        catalog.create(company, new CreatePackageCommand("US on site", "", AssessmentType.SKILL_TEST, List.of(),
                new PackageAvailability(Set.of("US"), false, Map.of())), "test");
        String token = token(credential);

        assertThat(listed(token, "")).containsExactly("German Java", "Skill test", "US on site");
        assertThat(listed(token, "?country-code=de&remote=TRUE")).containsExactly("German Java", "Skill test");
        assertThat(listed(token, "?country-code=US&remote=false&city=Boston&region-abbr=MA&postal-code=02110"
                + "&address=1%20Main%20St")).containsExactly("Skill test", "US on site");
        assertThat(listed(token, "?country-code=US&remote=true")).containsExactly("Skill test");
        assertThat(listed(token, "?language=EN")).containsExactly("Skill test", "US on site");
        assertThat(listed(token, "?language=de&country-code=ch")).containsExactly("German Java", "Skill test");
        // unknown parameters (and fields we do not announce) are ignored; blank values count as not given
        assertThat(listed(token, "?level=senior&foo=bar&country-code=&remote=&language="))
                .containsExactly("German Java", "Skill test", "US on site");
    }

    @Test
    void aListForWhichNoPackageQualifiesIs204() throws Exception {
        CompanyId local = companies.create("Local Co " + System.nanoTime(), "test").id();
        IssuedCredential localCredential = connections.connect(local, "sr-local-" + System.nanoTime(), "test");
        catalog.create(local, new CreatePackageCommand("Only in France", "", AssessmentType.SKILL_TEST, List.of(),
                new PackageAvailability(Set.of("FR"), true, Map.of())), "test");
        String token = token(localCredential);
        assertThat(listed(token, "?country-code=FR")).containsExactly("Only in France");
        mvc.perform(get("/api/sr/v1/packages?country-code=BE").header("Authorization", "Bearer " + token)
                        .header("requester", "rec@example.test"))
                .andExpect(status().isNoContent());
    }

    @Test
    void malformedListParametersAre400InSrsShapeNamingEachOne() throws Exception {
        String token = token(credential);
        for (String query : List.of("country-code=DEU", "country-code=1A", "country-code=d", "remote=yes",
                "remote=1", "city=" + "x".repeat(201), "address=" + "x".repeat(501), "postal-code=" + "9".repeat(33),
                "region-abbr=" + "R".repeat(65), "language=" + "e".repeat(201), "country-code=DE&country-code=FR")) {
            mvc.perform(get("/api/sr/v1/packages?" + query).header("Authorization", "Bearer " + token)
                            .header("requester", "rec@example.test"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("Bad Request"))
                    .andExpect(jsonPath("$.errors[0].code").value("INVALID_PARAMETER"));
        }
        // control characters: refused by us or, before us, by the firewall; a 400 either way
        mvc.perform(get("/api/sr/v1/packages").param("city", "Bad\tTab").header("Authorization", "Bearer " + token)
                        .header("requester", "rec@example.test"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").isString());
        mvc.perform(get("/api/sr/v1/packages?country-code=DEU&remote=maybe&city=ok")
                        .header("Authorization", "Bearer " + token).header("requester", "rec@example.test"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("country-code must be a two-letter ISO 3166-1 country code"))
                .andExpect(jsonPath("$.errors[1].message").value("remote must be true or false"));
    }

    @Test
    void aBadOrMissingRequesterHeaderIsA400InSrsErrorShape() throws Exception {
        String token = token(credential);
        for (String requester : List.of("not an email", "{\"email\":42}", "{broken", "x".repeat(3000))) {
            mvc.perform(get("/api/sr/v1/packages").header("Authorization", "Bearer " + token)
                            .header("requester", requester))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("Bad Request"))
                    .andExpect(jsonPath("$.errors[0].code").value("INVALID_REQUESTER"));
        }
        mvc.perform(get("/api/sr/v1/packages").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("MISSING_HEADER"));
    }

    @Test
    void aCompanyWithoutPackagesGets204() throws Exception {
        CompanyId empty = companies.create("Empty Co " + System.nanoTime(), "test").id();
        IssuedCredential emptyCredential = connections.connect(empty, "sr-empty-" + System.nanoTime(), "test");
        mvc.perform(get("/api/sr/v1/packages").header("Authorization", "Bearer " + token(emptyCredential))
                        .header("requester", "rec@example.test"))
                .andExpect(status().isNoContent());
    }

    @Test
    void onePackageByIdAndNeverAnotherCompanys() throws Exception {
        String token = token(credential);
        mvc.perform(get("/api/sr/v1/packages/" + skillTest.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Skill test"));

        CompanyId other = companies.create("Other Co " + System.nanoTime(), "test").id();
        PackageDetails othersPackage = catalog.create(other, new CreatePackageCommand("Theirs", "", AssessmentType.SKILL_TEST,
                List.of()), "test");
        mvc.perform(get("/api/sr/v1/packages/" + othersPackage.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].code").value("PACKAGE_NOT_FOUND"));
        mvc.perform(get("/api/sr/v1/packages/unknown").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutAValidTokenEverythingButTheTokenEndpointIs401() throws Exception {
        mvc.perform(get("/api/sr/v1/packages").header("requester", "rec@example.test"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"skillgate\""))
                .andExpect(jsonPath("$.errors[0].code").value("UNAUTHORIZED"));
        mvc.perform(get("/api/sr/v1/packages").header("Authorization", "Bearer forged-token")
                        .header("requester", "rec@example.test"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/sr/v1/integrations/companies/" + credential.srCompanyId()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void disablingRevokesTokensAndTheCredentialButOnlyForTheTokensOwnCompany() throws Exception {
        String token = token(credential);
        mvc.perform(delete("/api/sr/v1/integrations/companies/some-other-company")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.errors[0].code").value("COMPANY_MISMATCH"));

        mvc.perform(delete("/api/sr/v1/integrations/companies/" + credential.srCompanyId())
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/sr/v1/packages").header("Authorization", "Bearer " + token)
                        .header("requester", "rec@example.test"))
                .andExpect(status().isUnauthorized());
        mvc.perform(tokenRequest(credential.clientId(), credential.clientSecret()))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("invalid_client"));
    }

    @Test
    void wrongMethodsAndUnknownEndpointsAnswerInSrsShapeToo() throws Exception {
        String token = token(credential);
        mvc.perform(get("/api/sr/v1/oauth/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.errors[0].code").value("METHOD_NOT_ALLOWED"));
        mvc.perform(post("/api/sr/v1/packages").header("Authorization", "Bearer " + token))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.errors[0].code").value("METHOD_NOT_ALLOWED"));
        mvc.perform(get("/api/sr/v1/no-such-thing").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].code").value("NOT_FOUND"));
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        mvc.perform(post("/api/sr/v1/oauth/token").with(from(address)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("grant_type=client_credentials&pad=" + "x".repeat(70_000)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.errors[0].code").value("PAYLOAD_TOO_LARGE"));
    }
}
