package io.skillgate.smartrecruiters.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.skillgate.base.CompanyId;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderResult;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderStatusChanged;
import io.skillgate.order.Score;
import io.skillgate.smartrecruiters.AssessmentResult;
import io.skillgate.smartrecruiters.ResultStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each status change sends to SR; the COMPLETED body is pinned by a golden file
 * (src/test/resources/smartrecruiters/result-completed-request.json, strict: no field more, none less).
 */
class ResultPayloadsTest {

    private static final Instant STARTED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant SUBMITTED = Instant.parse("2026-11-20T09:45:30Z");

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    private static OrderStatusChanged change(OrderStatus status, OrderResult result) {
        return new OrderStatusChanged(new CompanyId(1), "order-1", "sr-1", OrderKind.REGULAR, status, SUBMITTED,
                STARTED, result);
    }

    private static OrderResult result() {
        return new OrderResult("Java developer skills", STARTED, SUBMITTED, new Score(3, 0, 4), "Good",
                "Java developer skills: 3 of 4 points (Good).", "https://portal.example.com/reports/k3y", List.of(
                new OrderResult.SectionResult("a-1", "Java basics", STARTED, STARTED.plus(Duration.ofMinutes(20)),
                        new Score(2, 0, 2), "Strong"),
                new OrderResult.SectionResult("a-2", "Concurrency", null, SUBMITTED, new Score(1, 0, 2), "Good")));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ResultPayloadsTest.class.getResourceAsStream("/smartrecruiters/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCompletedOrderSendsTheWholeScoredResultAsTheGoldenFileSays() throws Exception {
        AssessmentResult body = ResultPayloads.of(change(OrderStatus.COMPLETED, result())).orElseThrow();
        String written = json.writeValueAsString(body);

        JSONAssert.assertEquals(golden("result-completed-request.json"), written, JSONCompareMode.STRICT);
        // what the outbox stores is read back unchanged at delivery time
        assertThat(json.readValue(written, AssessmentResult.class)).isEqualTo(body);
    }

    @Test
    void theOtherStatusesSendTheirStatusOnlyAndReceivedSendsNothing() throws Exception {
        assertThat(ResultPayloads.of(change(OrderStatus.RECEIVED, null))).isEmpty();
        assertThat(json.writeValueAsString(ResultPayloads.of(change(OrderStatus.INVITED, null)).orElseThrow()))
                .isEqualTo("{\"status\":\"PENDING\"}");
        assertThat(json.writeValueAsString(ResultPayloads.of(change(OrderStatus.IN_PROGRESS, null)).orElseThrow()))
                .isEqualTo("{\"assessmentDate\":\"2026-11-20T09:00:00Z\",\"status\":\"IN_PROGRESS\"}");
        assertThat(ResultPayloads.of(change(OrderStatus.EXPIRED, null)).orElseThrow().status())
                .isEqualTo(ResultStatus.EXPIRED);
        assertThat(ResultPayloads.of(change(OrderStatus.REJECTED, null)).orElseThrow().status())
                .isEqualTo(ResultStatus.REJECTED);
    }

    @Test
    void theBackoffDoublesWithJitterUpToItsCap() {
        Duration base = Duration.ofSeconds(5);
        Duration cap = Duration.ofMinutes(10);
        for (int i = 0; i < 50; i++) {
            assertThat(ResultDeliverer.backoff(1, base, cap)).isBetween(Duration.ofMillis(2_500), base);
            assertThat(ResultDeliverer.backoff(3, base, cap)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
            assertThat(ResultDeliverer.backoff(40, base, cap)).isBetween(Duration.ofMinutes(5), cap);
        }
    }

    @Test
    void onlyNoAnswerTimeoutsLimitsAndServerErrorsAreRetried() {
        assertThat(List.of(0, 408, 429, 500, 502, 503, 504)).allMatch(ResultDeliverer::retryable);
        assertThat(List.of(400, 401, 403, 404, 409, 415, 422)).noneMatch(ResultDeliverer::retryable);
    }
}
