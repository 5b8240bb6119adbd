package io.skillgate.sandbox;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sandbox checks what SR checks and answers in SR's shapes. */
@SpringBootTest
@AutoConfigureMockMvc
class SandboxTest {

    private static final String BASE = "/sandbox/sr";
    private static final String API = BASE + "/assessment-api/v202010";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private SandboxState state;

    @Autowired
    private ObjectMapper json;

    private String master;

    @BeforeEach
    void setUp() throws Exception {
        state.reset();
        master = token("sandbox-partner", "sandbox-partner-secret");
    }

    /**
     * Performs a request; like any SR client, waits and retries when the sandbox's rate limit (10 requests per
     * second per credential, which these tests exceed) answers 429.
     */
    private ResultActions perform(RequestBuilder request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            ResultActions answer = mvc.perform(request);
            if (answer.andReturn().getResponse().getStatus() != 429 || attempt == 3) {
                return answer;
            }
            Thread.sleep(1_100);
        }
    }

    private String token(String clientId, String secret) throws Exception {
        String body = perform(post(BASE + "/identity/oauth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials").param("client_id", clientId)
                        .param("client_secret", secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.token_type").value("Bearer"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("access_token").asText();
    }

    private ObjectNode validConfiguration() {
        ObjectNode config = json.createObjectNode();
        config.put("consentUrl", "http://localhost/connect/smartrecruiters");
        config.put("consentDisplayMode", "REDIRECT");
        config.put("assessmentPackageListUrl", "http://localhost/api/sr/v1/packages");
        config.put("singleAssessmentPackageUrl", "http://localhost/api/sr/v1/packages/{assessmentPackageId}");
        config.put("oauthTokenUrl", "http://localhost/api/sr/v1/oauth/token");
        config.putArray("supportedAssessmentTypes").add("SKILL_TEST").add("VIDEO_INTERVIEW");
        return config;
    }

    private ResultActions putConfiguration(ObjectNode config) throws Exception {
        return perform(put(API + "/partner/configuration").header(HttpHeaders.AUTHORIZATION, "Bearer " + master)
                .contentType(MediaType.APPLICATION_JSON).content(config.toString()));
    }

    private String customerToken() throws Exception {
        putConfiguration(validConfiguration()).andExpect(status().isOk());
        String body = perform(post(API + "/integration/company/co-" + UUID.randomUUID())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + master).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"sg_" + UUID.randomUUID() + "\",\"clientSecret\":\"s\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var credential = json.readTree(body);
        return token(credential.get("clientId").asText(), credential.get("clientSecret").asText());
    }

    @Test
    void tokenErrorsFollowRfc6749() throws Exception {
        perform(post(BASE + "/identity/oauth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials").param("client_id", "sandbox-partner")
                        .param("client_secret", "wrong"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("invalid_client"));
        perform(post(BASE + "/identity/oauth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "password").param("client_id", "sandbox-partner")
                        .param("client_secret", "sandbox-partner-secret"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("unsupported_grant_type"));
    }

    @Test
    void theConfigurationNeedsTheMasterTokenAndIsEchoedAndReadBack() throws Exception {
        perform(get(API + "/partner/configuration").header(HttpHeaders.AUTHORIZATION, "Bearer " + master))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].code").value("NOT_FOUND"));
        perform(put(API + "/partner/configuration").contentType(MediaType.APPLICATION_JSON)
                        .content(validConfiguration().toString()))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.message").value("Unauthorized"));
        putConfiguration(validConfiguration()).andExpect(status().isOk())
                .andExpect(jsonPath("$.consentDisplayMode").value("REDIRECT"));
        perform(get(API + "/partner/configuration").header(HttpHeaders.AUTHORIZATION, "Bearer " + master))
                .andExpect(status().isOk()).andExpect(jsonPath("$.supportedAssessmentTypes[0]").value("SKILL_TEST"));
    }

    @Test
    void badConfigurationsAreRefusedWith400InSrsShape() throws Exception {
        ObjectNode missingUrl = validConfiguration();
        missingUrl.remove("oauthTokenUrl");
        ObjectNode badMode = validConfiguration().put("consentDisplayMode", "IFRAME");
        ObjectNode noTypes = validConfiguration();
        noTypes.putArray("supportedAssessmentTypes");
        ObjectNode unknownType = validConfiguration();
        unknownType.putArray("supportedAssessmentTypes").add("SKILL_TEST").add("IQ_TEST");
        ObjectNode sixFields = validConfiguration();
        ArrayNode fields = sixFields.putArray("fields");
        for (int i = 0; i < 6; i++) {
            fields.addObject().put("id", "f" + i).put("name", "F").put("description", "D");
        }
        ObjectNode fieldWithoutDescription = validConfiguration();
        fieldWithoutDescription.putArray("fields").addObject().put("id", "f").put("name", "F");

        for (ObjectNode bad : new ObjectNode[] {missingUrl, badMode, noTypes, unknownType, sixFields,
                fieldWithoutDescription}) {
            putConfiguration(bad).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("Invalid partner configuration"))
                    .andExpect(jsonPath("$.errors[0].code").isString())
                    .andExpect(jsonPath("$.errors[0].message").isString());
        }
        putConfiguration(fieldWithoutDescription)
                .andExpect(jsonPath("$.errors[0].message").value("fields[0].description is required"));
    }

    @Test
    void integrationNeedsAConfigurationAndIsAConflictTheSecondTime() throws Exception {
        String body = "{\"clientId\":\"sg_a\",\"clientSecret\":\"s\"}";
        perform(post(API + "/integration/company/co-1").header(HttpHeaders.AUTHORIZATION, "Bearer " + master)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        putConfiguration(validConfiguration()).andExpect(status().isOk());
        perform(post(API + "/integration/company/co-1").header(HttpHeaders.AUTHORIZATION, "Bearer " + master)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.clientId").isString())
                .andExpect(jsonPath("$.clientSecret").isString());
        // SR keeps our credential: it is what SR uses at our oauthTokenUrl
        assertThat(state.integration("co-1")).hasValueSatisfying(kept -> {
            assertThat(kept.partnerClientId()).isEqualTo("sg_a");
            assertThat(kept.partnerClientSecret()).isEqualTo("s");
            assertThat(kept.srClientId()).startsWith("sbx-");
        });
        perform(post(API + "/integration/company/co-1").header(HttpHeaders.AUTHORIZATION, "Bearer " + master)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clientId\":\"sg_b\",\"clientSecret\":\"s\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].code").value("ALREADY_INTEGRATED"));
    }

    @Test
    void resultsAreValidatedAndRecorded() throws Exception {
        String customer = customerToken();
        String order = UUID.randomUUID().toString();
        String path = API + "/orders/" + order + "/results";
        String[] bad = {
            "{\"status\":\"DONE\"}",
            "{\"score\":{\"raw\":1,\"min\":0}}",
            "{\"score\":{\"raw\":\"1\",\"min\":0,\"max\":5}}",
            "{\"score\":{\"raw\":1.5,\"min\":0,\"max\":5}}",
            "{\"assessmentResults\":[{\"status\":\"COMPLETED\"}]}"
        };
        for (String body : bad) {
            perform(patch(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + customer)
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").isString());
        }
        perform(patch(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + customer)
                        .contentType(MediaType.TEXT_PLAIN).content("{\"status\":\"COMPLETED\"}"))
                .andExpect(status().isUnsupportedMediaType());
        perform(patch(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + master)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"COMPLETED\"}"))
                .andExpect(status().isForbidden());
        assertThat(state.resultCalls()).noneMatch(c -> c.orderId().equals(order));

        perform(patch(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + customer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"COMPLETED\",\"score\":{\"raw\":3,\"min\":0,\"max\":5}}"))
                .andExpect(status().isNoContent());
        assertThat(state.resultCalls()).filteredOn(c -> c.orderId().equals(order)).hasSize(1);
    }

    @Test
    void overTenRequestsASecondGet429WithTheRateLimitHeaders() throws Exception {
        String customer = customerToken();
        long before = state.exceededCount();
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            ResultActions answer = mvc.perform(get(BASE + "/candidates/c-" + i)
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + customer))
                    .andExpect(header().string("X-RateLimit-Limit", "10"))
                    .andExpect(header().exists("X-RateLimit-Remaining"))
                    .andExpect(header().string("X-RateLimit-Concurrent-Limit", "8"))
                    .andExpect(header().exists("X-RateLimit-Concurrent-Remaining"));
            if (answer.andReturn().getResponse().getStatus() == 429) {
                refused++;
                answer.andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
                        .andExpect(jsonPath("$.errors[0].code").value("RATE_LIMIT_EXCEEDED"));
            }
        }
        assertThat(refused).isPositive();
        assertThat(state.exceededCount() - before).isEqualTo(refused);
    }
}
