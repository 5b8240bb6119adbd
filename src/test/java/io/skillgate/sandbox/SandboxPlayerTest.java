package io.skillgate.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.IssuedCredential;
import io.skillgate.order.OrderService;
import io.skillgate.smartrecruiters.AssessmentResult;
import io.skillgate.smartrecruiters.ClientCredential;
import io.skillgate.smartrecruiters.PartnerConfigurationService;
import io.skillgate.smartrecruiters.ResultStatus;
import io.skillgate.smartrecruiters.SmartRecruitersClient;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the "play SR" page does, over HTTP against this app on a random port: the sandbox keeps the credential we
 * hand over at integration, and with it takes a token at our announced token URL, lists our packages and orders
 * them — and our side stores the orders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxPlayerTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SandboxPlayer player;

    @Autowired
    private SandboxState state;

    @Autowired
    private PartnerConfigurationService configuration;

    @Autowired
    private SmartRecruitersClient smartRecruiters;

    @Autowired
    private CompanyService companies;

    @Autowired
    private ConnectionService connections;

    @Autowired
    private OrderService orders;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private ApplicationContext context;

    private String base;

    /** A company of ours with two packages, connected to a new SR company and integrated at the sandbox. */
    private record Integrated(CompanyId company, String srCompanyId, IssuedCredential ours, ClientCredential theirs,
                              PackageDetails skills, PackageDetails inline) {
    }

    /**
     * Our configuration arrives at the sandbox over HTTP. Its URLs are built on {@code skillgate.public-url}
     * (http://localhost:8080 in tests); SR would call them as announced, the test's server listens on its random
     * port: the stored URLs are pointed there, as {@code FullLoopTest} does with each call.
     */
    @BeforeEach
    void configured() {
        base = "http://localhost:" + port;
        assertThat(configuration.configureNow().success()).isTrue();
        ObjectNode stored = state.configuration().orElseThrow().deepCopy();
        stored.properties().forEach(field -> {
            if (field.getValue().isTextual() && field.getValue().asText().startsWith("http://localhost:8080/")) {
                String path = field.getValue().asText().substring("http://localhost:8080".length());
                stored.put(field.getKey(), base + path);
            }
        });
        state.configure(stored);
    }

    private Integrated integrated() {
        String srCompanyId = "sr-play-" + UUID.randomUUID();
        CompanyId company = companies.create("Play Co " + System.nanoTime(), "test").id();
        var fixture = new PartnerFixture(context);
        var skills = fixture.addPackage(company, "Skills", AssessmentType.SKILL_TEST, "Part 1");
        var inline = fixture.addPackage(company, "Screening", AssessmentType.INLINE_ASSESSMENT, "Quick");
        IssuedCredential ours = connections.connect(company, srCompanyId, "test");
        ClientCredential theirs = smartRecruiters.integrateCompany(srCompanyId, ours.clientId(), ours.clientSecret());
        return new Integrated(company, srCompanyId, ours, theirs, skills, inline);
    }

    private JsonNode sent(SandboxPlayer.Outcome outcome) throws Exception {
        return json.readTree(outcome.exchanges().get(outcome.exchanges().size() - 1).request());
    }

    @Test
    void theSandboxKeepsTheCredentialWeHandOverAtIntegration() {
        Integrated co = integrated();

        SandboxState.Integration kept = state.integration(co.srCompanyId()).orElseThrow();
        assertThat(kept.partnerClientId()).isEqualTo(co.ours().clientId());
        assertThat(kept.partnerClientSecret()).isEqualTo(co.ours().clientSecret());
        assertThat(kept.srClientId()).isEqualTo(co.theirs().clientId());
        assertThat(kept.integratedAt()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(kept.toString()).doesNotContain(co.ours().clientSecret());
        assertThat(state.integrations()).contains(kept);
    }

    @Test
    void orderingForAGeneratedCandidateStoresAnOrderOnOurSide() throws Exception {
        Integrated co = integrated();
        assertThat(player.packages(co.srCompanyId()).packages()).extracting(SandboxPlayer.PackageOption::id)
                .containsExactlyInAnyOrder(co.skills().id(), co.inline().id());

        SandboxPlayer.Outcome outcome = player.order(co.srCompanyId(), null, base);

        assertThat(outcome.exchanges()).extracting(SandboxPlayer.Exchange::status).containsExactly(200, 200, 202);
        assertThat(outcome.succeeded()).isTrue();
        assertThat(orders.countOrders(co.company())).isEqualTo(1);
        JsonNode order = sent(outcome);
        assertThat(order.get("resultCallbackURL").asText())
                .isEqualTo(base + "/sandbox/sr/assessment-api/v202010/orders/" + outcome.orderId() + "/results");
        assertThat(order.get("assessmentPackageId").asText()).isEqualTo(co.skills().id());
        assertThat(order.get("companyId").asText()).isEqualTo(co.srCompanyId());
        assertThat(order.get("candidate").get("email").asText()).endsWith("@candidates.sandbox.test")
                .isEqualTo(outcome.candidate().email());
        assertThat(order.get("candidate").get("id").asText()).isEqualTo(outcome.candidate().id());
        assertThat(order.get("requester").get("email").asText()).isEqualTo(SandboxPlayer.REQUESTER_EMAIL);
        assertThat(order.get("job").get("id").asText()).isEqualTo(order.get("jobId").asText());
        assertThat(order.get("fields").isObject()).isTrue();
        assertThat(outcome.exchanges().get(1).request()).isEqualTo("requester: {\"email\":\""
                + SandboxPlayer.REQUESTER_EMAIL + "\"}");

        // the same order id comes back with the result we push, and the page's list shows it
        smartRecruiters.patchResult(co.theirs(), outcome.orderId(), new AssessmentResult("Skills", "Fine", null,
                Instant.parse("2026-11-23T12:00:00Z"), ResultStatus.COMPLETED, new AssessmentResult.Score(5, 0, 10),
                null, null, List.of()));
        assertThat(state.resultCallsNewestFirst()).first().satisfies(call -> {
            assertThat(call.orderId()).isEqualTo(outcome.orderId());
            assertThat(call.clientId()).isEqualTo(co.theirs().clientId());
        });
    }

    @Test
    void orderingInlineGivesTheCandidatesLinkAndPointsBackToThePage() throws Exception {
        Integrated co = integrated();

        SandboxPlayer.Outcome outcome = player.orderInline(co.srCompanyId(), co.inline().id(), base);

        assertThat(outcome.exchanges()).extracting(SandboxPlayer.Exchange::status).containsExactly(200, 200);
        assertThat(outcome.candidateUrl()).startsWith("http://localhost:8080/assessment/");
        assertThat(orders.countOrders(co.company())).isEqualTo(1);
        JsonNode order = sent(outcome);
        assertThat(order.get("completedAssessmentCallbackUrl").asText())
                .isEqualTo(base + "/sandbox?completed=" + outcome.orderId());
        assertThat(order.has("requester")).isFalse();
        assertThat(order.get("candidate").has("id")).isFalse();
    }

    @Test
    void ourRefusalIsShownNotSwallowed() {
        Integrated co = integrated();

        SandboxPlayer.Outcome outcome = player.order(co.srCompanyId(), co.inline().id(), base);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.exchanges()).last().satisfies(answer -> {
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.response()).contains("PACKAGE_NOT_ORDERABLE");
        });
        assertThat(orders.countOrders(co.company())).isZero();
    }

    @Test
    void playingNeedsAnIntegratedCompanyAndAStoredConfiguration() {
        assertThatThrownBy(() -> player.order("sr-unknown", null, base))
                .isInstanceOf(SandboxPlayer.CannotPlay.class).hasMessageContaining("not integrated");
        Integrated co = integrated();
        state.configure(json.createObjectNode().put("consentDisplayMode", "REDIRECT"));
        assertThatThrownBy(() -> player.order(co.srCompanyId(), null, base))
                .isInstanceOf(SandboxPlayer.CannotPlay.class).hasMessage("Skillgate announced no packageOrderUrl");
    }
}
