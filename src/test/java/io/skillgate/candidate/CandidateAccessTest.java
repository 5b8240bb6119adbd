package io.skillgate.candidate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.order.AttemptService;
import io.skillgate.order.CandidateSession;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderStatusChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's addresses on a real server through the real filter chains, without signing in: the assessment
 * page (an {@code @AnonymousAllowed} route) and the PDF report behind its key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class CandidateAccessTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AttemptService attempts;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    private ObjectMapper json;

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theAssessmentPageLoadsWithoutSigningInForAnyToken() throws Exception {
        CandidateFixture.Link link = new CandidateFixture(context).inlineOrder(CandidateFixture.basicsAndSpeed(),
                null, null);
        for (String path : List.of("/assessment/" + link.token(), "/assessment/no-such-token")) {
            HttpResponse<byte[]> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(text(page)).as(path).contains("window.Vaadin");
        }
    }

    @Test
    void aCompletedOrdersReportIsAPdfForAnyone() throws Exception {
        CandidateFixture.Link link = new CandidateFixture(context).inlineOrder(
                List.of(CandidateFixture.basicsAndSpeed().get(1)), null, null);
        CandidateSession session = attempts.start(link.token(), link.content().assessments().get(0).id());
        attempts.submit(link.token(), session.sections().get(0).assessmentId());
        String reportUrl = events.stream(OrderStatusChanged.class)
                .filter(e -> e.orderId().equals(link.orderId()) && e.status() == OrderStatus.COMPLETED)
                .map(e -> java.util.Objects.requireNonNull(e.result()).reportUrl()).findFirst().orElseThrow();

        HttpResponse<byte[]> report = get(URI.create(reportUrl).getPath());

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(report.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"assessment-result-" + link.orderId() + ".pdf\"");
        assertThat(report.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store").contains("private"));
        assertThat(report.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(new String(report.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void anUnknownOrMalformedKeyIsA404InSrsShapeNotALoginRedirect() throws Exception {
        for (String key : List.of("no-such-key", "a".repeat(65), "bad!key", "bad.key", "%C3%A9t%C3%A9")) {
            HttpResponse<byte[]> answer = get("/reports/" + key);
            assertThat(answer.statusCode()).as(key).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).as(key).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            JsonNode body = json.readTree(answer.body());
            assertThat(body.path("message").asText()).as(key).isNotBlank();
            assertThat(body.path("errors").path(0).path("code").asText()).as(key).isEqualTo("NOT_FOUND");
            assertThat(body.path("errors").path(0).path("message").asText()).as(key).isNotBlank();
        }
    }
}
