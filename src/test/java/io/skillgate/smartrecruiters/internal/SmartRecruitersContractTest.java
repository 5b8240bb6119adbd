package io.skillgate.smartrecruiters.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.SkillgateProperties;
import io.skillgate.smartrecruiters.AssessmentResult;
import io.skillgate.smartrecruiters.ClientCredential;
import io.skillgate.smartrecruiters.ConsentDisplayMode;
import io.skillgate.smartrecruiters.HiringTeamMember;
import io.skillgate.smartrecruiters.JobDetails;
import io.skillgate.smartrecruiters.PartnerConfiguration;
import io.skillgate.smartrecruiters.PartnerConfigurationService;
import io.skillgate.smartrecruiters.ResultStatus;
import io.skillgate.smartrecruiters.SmartRecruitersException;
import io.skillgate.smartrecruiters.SmartRecruitersProperties;
import io.skillgate.smartrecruiters.SmartRecruitersUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withRawStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * Golden JSON (src/test/resources/smartrecruiters): the requests we send to SR match the files exactly (strict
 * JSON comparison: no field more, none less), and SR's answers in the files — with fields we do not know — are
 * read correctly. Also the call rules that need no server: retries, token reuse, error mapping.
 */
class SmartRecruitersContractTest {

    private static final String SR = "https://sr.test";
    private static final String API = SR + "/assessment-api/v202010";
    private static final ClientCredential CUSTOMER = new ClientCredential("sr-customer-client", "sr-customer-secret");

    private final ObjectMapper json = new ObjectMapper();
    private MockRestServiceServer server;
    private RestSmartRecruitersClient client;
    private int limiterCalls;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder();
        server = MockRestServiceServer.bindTo(builder).build();
        client = new RestSmartRecruitersClient(builder.build(), () -> SR, properties(3), id -> limiterCalls++, json,
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
    }

    private static SmartRecruitersProperties properties(int maxAttempts) {
        return new SmartRecruitersProperties(URI.create(SR), "partner-id", "partner-secret",
                ConsentDisplayMode.REDIRECT, List.of("VIDEO_INTERVIEW", "BEHAVIORAL_ASSESSMENT",
                "BACKGROUND_CHECK", "REFERENCE_CHECK", "SKILL_TEST", "INLINE_ASSESSMENT"), Duration.ofSeconds(5), Duration.ofSeconds(15), true, 10, 8, maxAttempts,
                List.of(new PartnerConfiguration.Field("language", "Assessment language",
                        "The language the candidate takes the assessment in, e.g. en or de")));
    }

    private static String golden(String name) {
        try (InputStream in = SmartRecruitersContractTest.class.getResourceAsStream("/smartrecruiters/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void expectToken(String clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", secret);
        server.expect(once(), requestTo(SR + "/identity/oauth/token"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED))
                .andExpect(content().formData(form))
                .andRespond(withSuccess(golden("token-response.json"), MediaType.APPLICATION_JSON));
    }

    @Test
    void sendsThePartnerConfigurationAsInTheGoldenFileAndReadsSrsEcho() {
        PartnerConfiguration ours = PartnerConfigurationService.configurationFor(
                new SkillgateProperties(URI.create("https://portal.example.com/")), properties(3));
        expectToken("partner-id", "partner-secret");
        server.expect(once(), requestTo(API + "/partner/configuration"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer sr-token-1"))
                .andExpect(content().json(golden("partner-configuration-request.json"), true))
                .andRespond(withSuccess(golden("partner-configuration-response.json"), MediaType.APPLICATION_JSON));

        PartnerConfiguration echo = client.configurePartner(ours);

        server.verify();
        assertThat(echo.consentDisplayMode()).isEqualTo(ConsentDisplayMode.POPUP);
        assertThat(echo.supportedAssessmentTypes()).containsExactly("SKILL_TEST");
        assertThat(echo.fields()).containsExactly(new PartnerConfiguration.Field("level", "Level",
                "Seniority of the role"));
        assertThat(echo.packageOrderUrl()).isNull();
    }

    @Test
    void integratesACompanyWithTheGoldenBodyAndReturnsSrsCredential() {
        expectToken("partner-id", "partner-secret");
        server.expect(once(), requestTo(API + "/integration/company/sr-co-1"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json(golden("integration-request.json"), true))
                .andRespond(withSuccess(golden("integration-response.json"), MediaType.APPLICATION_JSON));

        ClientCredential credential = client.integrateCompany("sr-co-1", "sg_client", "sg-secret");

        assertThat(credential).isEqualTo(CUSTOMER);
        assertThat(credential.toString()).doesNotContain("sr-customer-secret");
    }

    @Test
    void patchesAResultAsInTheGoldenFile() {
        AssessmentResult.Score score = new AssessmentResult.Score(42, 0, 50);
        AssessmentResult result = new AssessmentResult("Java developer skills",
                "Strong on collections, weaker on concurrency", Instant.parse("2026-11-20T09:00:00Z"),
                Instant.parse("2026-11-20T09:45:30Z"), ResultStatus.COMPLETED, score, "84%",
                List.of(new AssessmentResult.Attachment(AssessmentResult.AttachmentType.PDF_URL,
                        "https://portal.example.com/reports/1.pdf")),
                List.of(new AssessmentResult.Item("a-1", "Java basics", null, null,
                        new AssessmentResult.Score(25, 0, 25), null, null, null, ResultStatus.COMPLETED)));
        expectToken(CUSTOMER.clientId(), CUSTOMER.clientSecret());
        server.expect(once(), requestTo(API + "/orders/9b2f6a52-3f5e-4a7c-9a51-0c6a2e1d7b10/results"))
                .andExpect(method(HttpMethod.PATCH))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json(golden("result-request.json"), true))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));

        client.patchResult(CUSTOMER, "9b2f6a52-3f5e-4a7c-9a51-0c6a2e1d7b10", result);

        server.verify();
    }

    @Test
    void readsCandidateJobAndHiringTeamWithOneCachedToken() {
        expectToken(CUSTOMER.clientId(), CUSTOMER.clientSecret());
        server.expect(once(), requestTo(SR + "/candidates/c-1"))
                .andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer sr-token-1"))
                .andRespond(withSuccess(golden("candidate-response.json"), MediaType.APPLICATION_JSON));
        server.expect(once(), requestTo(SR + "/jobs/job-1"))
                .andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer sr-token-1"))
                .andRespond(withSuccess(golden("job-response.json"), MediaType.APPLICATION_JSON));
        server.expect(once(), requestTo(SR + "/jobs/job-1/hiring-team"))
                .andRespond(withSuccess(golden("hiring-team-response.json"), MediaType.APPLICATION_JSON));

        assertThat(client.getCandidate(CUSTOMER, "c-1").email()).isEqualTo("ada@example.com");
        assertThat(client.getJob(CUSTOMER, "job-1")).isEqualTo(new JobDetails("job-1", "Java Developer", "REF1234",
                "SOURCING", "Engineering", "Berlin", "de"));
        assertThat(client.getHiringTeam(CUSTOMER, "job-1")).containsExactly(
                new HiringTeamMember("u-1", "HIRING_MANAGER"), new HiringTeamMember("u-2", "RECRUITER"),
                new HiringTeamMember("u-3", "Sourcing buddy"));
        server.verify();
        assertThat(limiterCalls).as("every request, the token request included, passes the rate limiter")
                .isEqualTo(4);
    }

    @Test
    void listsUsersPageByPageWithTheCursorEncodedAndUnknownFieldsIgnored() {
        expectToken(CUSTOMER.clientId(), CUSTOMER.clientSecret());
        server.expect(once(), requestTo(SR + "/user-api/v201804/users?limit=100"))
                .andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer sr-token-1"))
                .andRespond(withSuccess("""
                        {"limit":100,"nextPageId":"a+b/c=","totalFound":3,"content":[
                         {"id":"u1","email":"Ada@Example.com","firstName":"Ada","lastName":"L",
                          "systemRole":{"id":"ADMINISTRATOR","name":"Administrator"},"ssoIdentifier":"Ada|X",
                          "active":true,"language":{"code":"en"},"somethingNew":1},
                         {"id":"u2","email":"b@example.com","firstName":"B","lastName":"C",
                          "systemRole":{"id":"STANDARD"},"ssoIdentifier":null,"active":false}]}
                        """, MediaType.APPLICATION_JSON));
        server.expect(once(), requestTo(SR + "/user-api/v201804/users?limit=100&pageId=a%2Bb%2Fc%3D"))
                .andRespond(withSuccess("""
                        {"limit":100,"content":[{"id":"u3","email":"c@example.com","firstName":"C","lastName":"D"}]}
                        """, MediaType.APPLICATION_JSON));

        assertThat(client.listUsers(CUSTOMER)).containsExactly(
                new SmartRecruitersUser("u1", "Ada@Example.com", "Ada", "L", "ADMINISTRATOR", "Ada|X", true),
                new SmartRecruitersUser("u2", "b@example.com", "B", "C", "STANDARD", null, false),
                new SmartRecruitersUser("u3", "c@example.com", "C", "D", null, null, false));
        server.verify();
    }

    @Test
    void aCursorThatComesBackIsRefusedInsteadOfLoopingForever() {
        expectToken(CUSTOMER.clientId(), CUSTOMER.clientSecret());
        String page = """
                {"limit":100,"nextPageId":"same","content":[{"id":"u1","email":"a@example.com"}]}
                """;
        server.expect(once(), requestTo(SR + "/user-api/v201804/users?limit=100"))
                .andRespond(withSuccess(page, MediaType.APPLICATION_JSON));
        server.expect(once(), requestTo(SR + "/user-api/v201804/users?limit=100&pageId=same"))
                .andRespond(withSuccess(page, MediaType.APPLICATION_JSON));

        assertThat(catchThrowableOfType(SmartRecruitersException.class, () -> client.listUsers(CUSTOMER)))
                .hasMessageContaining("twice");
    }

    @Test
    void srsErrorBodyBecomesATypedException() {
        expectToken("partner-id", "partner-secret");
        server.expect(once(), requestTo(API + "/partner/configuration"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                        .body(golden("error-response.json")));

        SmartRecruitersException e = catchThrowableOfType(SmartRecruitersException.class,
                () -> client.configurePartner(PartnerConfigurationService.configurationFor(
                        new SkillgateProperties(URI.create("https://portal.example.com")), properties(3))));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("Invalid partner configuration");
        assertThat(e.errors()).containsExactly(
                new SmartRecruitersException.Error("REQUIRED", "consentUrl is required"),
                new SmartRecruitersException.Error("INVALID_VALUE", "consentDisplayMode must be REDIRECT or POPUP"));
        assertThat(e.describe()).contains("HTTP 400").contains("consentUrl is required");
    }

    @Test
    void a404OnTheConfigurationMeansNoneIsSaved() {
        expectToken("partner-id", "partner-secret");
        server.expect(once(), requestTo(API + "/partner/configuration")).andExpect(method(HttpMethod.GET))
                .andRespond(withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"message\":\"Not Found\",\"errors\":[]}"));

        assertThat(client.getPartnerConfiguration()).isEmpty();
    }

    @Test
    void retries429And5xxHonouringRetryAfterThenSucceeds() {
        expectToken(CUSTOMER.clientId(), CUSTOMER.clientSecret());
        HttpHeaders retryNow = new HttpHeaders();
        retryNow.add(HttpHeaders.RETRY_AFTER, "0");
        server.expect(once(), requestTo(SR + "/jobs/job-1/hiring-team"))
                .andRespond(withRawStatus(429).headers(retryNow));
        server.expect(once(), requestTo(SR + "/jobs/job-1/hiring-team"))
                .andRespond(withStatus(HttpStatus.SERVICE_UNAVAILABLE));
        server.expect(once(), requestTo(SR + "/jobs/job-1/hiring-team"))
                .andRespond(withSuccess(golden("hiring-team-response.json"), MediaType.APPLICATION_JSON));

        assertThat(client.getHiringTeam(CUSTOMER, "job-1")).hasSize(3);
        server.verify();
    }

    @Test
    void givesUpAfterMaxAttemptsWithSrsStatus() {
        expectToken(CUSTOMER.clientId(), CUSTOMER.clientSecret());
        for (int i = 0; i < 3; i++) {
            server.expect(once(), requestTo(SR + "/jobs/job-1")).andRespond(withStatus(HttpStatus.BAD_GATEWAY));
        }

        SmartRecruitersException e = catchThrowableOfType(SmartRecruitersException.class,
                () -> client.getJob(CUSTOMER, "job-1"));

        assertThat(e.status()).isEqualTo(502);
        server.verify();
    }

    @Test
    void a401DropsTheCachedTokenAndRetriesOnceWithANewOne() {
        expectToken(CUSTOMER.clientId(), CUSTOMER.clientSecret());
        server.expect(once(), requestTo(SR + "/jobs/job-1")).andRespond(withStatus(HttpStatus.UNAUTHORIZED));
        expectToken(CUSTOMER.clientId(), CUSTOMER.clientSecret());
        server.expect(once(), requestTo(SR + "/jobs/job-1"))
                .andRespond(withSuccess(golden("job-response.json"), MediaType.APPLICATION_JSON));

        assertThat(client.getJob(CUSTOMER, "job-1").title()).isEqualTo("Java Developer");
        server.verify();
    }

    @Test
    void clientErrorsOtherThan429AreNotRetried() {
        expectToken("partner-id", "partner-secret");
        server.expect(once(), requestTo(API + "/integration/company/sr-co-1"))
                .andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"message\":\"Conflict\",\"errors\":[{\"code\":\"ALREADY_INTEGRATED\",\"message\":\"x\"}]}"));

        SmartRecruitersException e = catchThrowableOfType(SmartRecruitersException.class,
                () -> client.integrateCompany("sr-co-1", "a", "b"));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.errors()).extracting(SmartRecruitersException.Error::code).containsExactly("ALREADY_INTEGRATED");
        server.verify();
    }
}
