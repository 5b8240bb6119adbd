package io.skillgate.partnerapi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.CreatePackageCommand.NewAssessment;
import io.skillgate.catalog.PackageAvailability;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.connection.IssuedCredential;
import io.skillgate.order.OrderService;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Golden JSON (src/test/resources/partnerapi/v1): SR's requests as SR sends them are accepted, and our answers
 * match the files exactly — every field, name and type — except values the files mark {@code "*"} (generated
 * ids, tokens and URLs), which must be present and non-empty strings.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private CatalogService catalog;

    @Autowired
    private OrderService orders;

    @Autowired
    private ObjectMapper json;

    private CompanyId company;
    private IssuedCredential credential;
    private String token;
    private PackageDetails skills;
    private PackageDetails screening;

    @BeforeEach
    void setUp() {
        PartnerFixture.Connected connected = new PartnerFixture(context).connect("Contract Co");
        company = connected.company();
        credential = connected.credential();
        token = connected.token();
        skills = catalog.create(company, new CreatePackageCommand("Java developer skills",
                "Core Java, collections and concurrency; 30 minutes.", AssessmentType.SKILL_TEST,
                List.of(new NewAssessment("Java basics", "Language fundamentals", AssessmentType.SKILL_TEST),
                        new NewAssessment("Concurrency", "Threads, locks and executors", AssessmentType.SKILL_TEST))),
                "test");
        screening = catalog.create(company, new CreatePackageCommand("Quick screening",
                "Five questions during the application; 3 minutes.", AssessmentType.INLINE_ASSESSMENT,
                List.of(new NewAssessment("Screening", "Knock-out questions", AssessmentType.INLINE_ASSESSMENT))),
                "test");
    }

    private String golden(String name, Map<String, String> values) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/partnerapi/v1/" + name)) {
            assertThat(in).as(name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return text;
        }
    }

    private void matches(ResultActions result, String goldenFile) throws Exception {
        JsonNode actual = json.readTree(result.andReturn().getResponse().getContentAsString());
        JsonNode expected = json.readTree(golden(goldenFile, Map.of()));
        assertThat(masked(actual, expected)).as(goldenFile).isEqualTo(expected);
    }

    /** The actual answer with every value the golden file marks "*" replaced by "*" (if it is a non-empty string). */
    private static JsonNode masked(JsonNode actual, JsonNode expected) {
        if (expected.isTextual() && expected.asText().equals("*")) {
            return actual.isTextual() && !actual.asText().isEmpty() ? TextNode.valueOf("*") : actual;
        }
        if (expected.isObject() && actual.isObject()) {
            ObjectNode copy = ((ObjectNode) actual).deepCopy();
            expected.fieldNames().forEachRemaining(field -> {
                if (copy.has(field)) {
                    copy.set(field, masked(copy.get(field), expected.get(field)));
                }
            });
            return copy;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            ArrayNode copy = ((ArrayNode) actual).deepCopy();
            for (int i = 0; i < copy.size(); i++) {
                copy.set(i, masked(copy.get(i), expected.get(i)));
            }
            return copy;
        }
        return actual;
    }

    @Test
    void tokenAnswers() throws Exception {
        matches(mvc.perform(post("/api/sr/v1/oauth/token").with(r -> { r.setRemoteAddr("10.4.1.1"); return r; })
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "client_credentials")
                .param("client_id", credential.clientId()).param("client_secret", credential.clientSecret()))
                .andExpect(status().isOk()), "token-response.json");
        matches(mvc.perform(post("/api/sr/v1/oauth/token").with(r -> { r.setRemoteAddr("10.4.1.2"); return r; })
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "client_credentials")
                .param("client_id", credential.clientId()).param("client_secret", "wrong"))
                .andExpect(status().isUnauthorized()), "token-error-invalid-client.json");
    }

    @Test
    void packageAnswers() throws Exception {
        matches(mvc.perform(get("/api/sr/v1/packages").header("Authorization", "Bearer " + token)
                .header("requester", "{\"email\":\"recruiter@example.test\"}")).andExpect(status().isOk()),
                "package-list-response.json");
        matches(mvc.perform(get("/api/sr/v1/packages/unknown").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound()), "error-package-not-found.json");
        matches(mvc.perform(get("/api/sr/v1/packages")).andExpect(status().isUnauthorized()),
                "error-unauthorized.json");
    }

    /** SR's list query with every parameter it sends: a package for another country is left out. */
    @Test
    void filteredPackageAnswersAndMalformedQueries() throws Exception {
        catalog.create(company, new CreatePackageCommand("Warehouse safety check", "On site.",
                AssessmentType.SKILL_TEST, List.of(), new PackageAvailability(Set.of("US"), false, Map.of())), "test");
        matches(mvc.perform(get("/api/sr/v1/packages").header("Authorization", "Bearer " + token)
                        .header("requester", "{\"email\":\"recruiter@example.test\"}")
                        .param("country-code", "de").param("region-abbr", "BE").param("city", "Berlin")
                        .param("address", "Unter den Linden 1").param("postal-code", "10117").param("remote", "true")
                        .param("language", "en").param("somethingNew", "x"))
                .andExpect(status().isOk()), "package-list-response.json");
        matches(mvc.perform(get("/api/sr/v1/packages").header("Authorization", "Bearer " + token)
                        .header("requester", "recruiter@example.test").param("country-code", "Germany")
                        .param("remote", "yes"))
                .andExpect(status().isBadRequest()), "error-invalid-parameter.json");
    }

    @Test
    void srsOrderRequestsAreAccepted() throws Exception {
        Map<String, String> values = Map.of("companyId", credential.srCompanyId());
        mvc.perform(post("/api/sr/v1/packages/orders").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(golden("order-request.json", withPackage(values, skills))))
                .andExpect(status().isAccepted());
        matches(mvc.perform(post("/api/sr/v1/packages/inline/orders").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(golden("inline-order-request.json", withPackage(values, screening))))
                .andExpect(status().isOk()), "inline-order-response.json");
        assertThat(orders.countOrders(company)).isEqualTo(2);
    }

    private static Map<String, String> withPackage(Map<String, String> values, PackageDetails details) {
        return Map.of("companyId", values.get("companyId"), "packageId", details.id());
    }
}
