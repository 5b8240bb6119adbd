package io.skillgate;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.IssuedCredential;
import io.skillgate.order.OrderService;
import io.skillgate.sandbox.SandboxState;
import io.skillgate.smartrecruiters.AssessmentResult;
import io.skillgate.smartrecruiters.ClientCredential;
import io.skillgate.smartrecruiters.PartnerConfiguration;
import io.skillgate.smartrecruiters.PartnerConfigurationService;
import io.skillgate.smartrecruiters.ResultStatus;
import io.skillgate.smartrecruiters.SmartRecruitersClient;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both directions through the sandbox, over HTTP, on one running app: we configure ourselves at "SR", connect a
 * company (credential exchange), SR takes a token at the URL we announced, lists packages, orders, orders inline,
 * and a result we push arrives at SR. (The consent page that starts a connection in real life: ConsentIT.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FullLoopTest {

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private PartnerConfigurationService configuration;

    @Autowired
    private SmartRecruitersClient smartRecruiters;

    @Autowired
    private SandboxState sandbox;

    @Autowired
    private CompanyService companies;

    @Autowired
    private ConnectionService connections;

    @Autowired
    private OrderService orders;

    @Autowired
    private ApplicationContext context;

    /** SR calls the URL we announced; in the test its host and port are this server's. */
    private String here(String announcedUrl) {
        URI uri = URI.create(announcedUrl);
        return "http://localhost:" + port + uri.getRawPath();
    }

    @Test
    void configureConnectListOrderAndReportBack() {
        // 1. our partner configuration arrives at SR
        assertThat(configuration.configureNow().success()).isTrue();
        PartnerConfiguration announced = smartRecruiters.getPartnerConfiguration().orElseThrow();
        assertThat(announced.oauthTokenUrl()).endsWith("/api/sr/v1/oauth/token");

        // 2. a company is connected: our credential for SR, exchanged for SR's credential for us
        String srCompanyId = "sr-loop-" + UUID.randomUUID();
        CompanyId company = companies.create("Loop Co", "test").id();
        var packages = new PartnerFixture(context);
        var skills = packages.addPackage(company, "Skills", AssessmentType.SKILL_TEST, "Part 1");
        var inline = packages.addPackage(company, "Screening", AssessmentType.INLINE_ASSESSMENT, "Quick");
        IssuedCredential ours = connections.connect(company, srCompanyId, "test");
        ClientCredential theirs = smartRecruiters.integrateCompany(srCompanyId, ours.clientId(), ours.clientSecret());

        // 3. SR takes a token at our announced token URL and lists our packages
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", ours.clientId());
        form.add("client_secret", ours.clientSecret());
        HttpHeaders formHeaders = new HttpHeaders();
        formHeaders.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        JsonNode token = http.postForObject(here(announced.oauthTokenUrl()), new HttpEntity<>(form, formHeaders),
                JsonNode.class);
        HttpHeaders bearer = new HttpHeaders();
        bearer.setBearerAuth(token.get("access_token").asText());
        bearer.set("requester", "{\"email\":\"recruiter@loop.test\"}");
        ResponseEntity<JsonNode> list = http.exchange(here(announced.assessmentPackageListUrl()), HttpMethod.GET,
                new HttpEntity<>(bearer), JsonNode.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody().size()).isEqualTo(2);

        // 4. SR orders, then orders inline
        String orderId = UUID.randomUUID().toString();
        bearer.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> order = Map.of(
                "resultCallbackURL", "http://localhost:" + port + "/sandbox/sr/assessment-api/v202010/orders/"
                        + orderId + "/results",
                "candidate", Map.of("id", "cand-1", "email", "ada@loop.test", "firstName", "Ada",
                        "lastName", "Lovelace", "applicationLanguage", "en"),
                "requester", Map.of("userId", "u-1", "email", "recruiter@loop.test"),
                "assessmentPackageId", skills.id(), "job", Map.of("id", "job-1"), "companyId", srCompanyId);
        assertThat(http.exchange(here(announced.packageOrderUrl()), HttpMethod.POST, new HttpEntity<>(order, bearer),
                String.class).getStatusCode().value()).isEqualTo(202);
        Map<String, Object> inlineOrder = Map.of(
                "resultCallbackURL", "https://api.smartrecruiters.com/orders/" + UUID.randomUUID() + "/results",
                "candidate", Map.of("email", "grace@loop.test", "firstName", "Grace", "lastName", "Hopper"),
                "assessmentPackageId", inline.id(), "companyId", srCompanyId,
                "completedAssessmentCallbackUrl", "https://jobs.smartrecruiters.com/done");
        ResponseEntity<JsonNode> inlineAnswer = http.exchange(here(announced.inlineAssessmentPackageOrderUrl()),
                HttpMethod.POST, new HttpEntity<>(inlineOrder, bearer), JsonNode.class);
        assertThat(inlineAnswer.getBody().get("url").asText()).contains("/assessment/");
        assertThat(orders.countOrders(company)).isEqualTo(2);

        // 5. the result goes back to SR with SR's credential for us
        smartRecruiters.patchResult(theirs, orderId, new AssessmentResult("Skills", "Solid", null,
                Instant.parse("2026-11-23T12:00:00Z"), ResultStatus.COMPLETED, new AssessmentResult.Score(8, 0, 10),
                "Strong", null, List.of()));
        assertThat(sandbox.resultCalls()).filteredOn(call -> call.orderId().equals(orderId))
                .singleElement().satisfies(call -> assertThat(call.body()).contains("\"status\":\"COMPLETED\""));
        assertThat(sandbox.exceededCount()).isZero();
    }
}
