package io.skillgate.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Not SR's API: the sandbox's own controls, for tests, benchmarks and people. {@code POST …/control/outage}
 * {@code {status: 503|429, calls, seconds, retryAfter}} makes the results endpoints fail; {@code DELETE} ends it;
 * {@code GET …/control/stats} counts what the sandbox received and refused.
 */
@RestController
@Profile("!prod")
class SandboxControlController extends SandboxEndpoint {

    static final String CONTROL = SandboxSecurityConfiguration.BASE + "/control";

    /** An outage request; {@code calls} 0 or {@code seconds} 0 means no limit of that kind. */
    record OutageRequest(int status, int calls, int seconds, @Nullable Integer retryAfter) {
    }

    private final SandboxOutage outage;

    SandboxControlController(SandboxState state, ObjectMapper json, SandboxOutage outage) {
        super(state, json);
        this.outage = outage;
    }

    @PostMapping(CONTROL + "/outage")
    ResponseEntity<Map<String, Object>> begin(@RequestBody OutageRequest request) {
        try {
            outage.begin(request.status(), request.calls(),
                    request.seconds() > 0 ? Duration.ofSeconds(request.seconds()) : null,
                    request.retryAfter() == null ? 1 : request.retryAfter());
        } catch (IllegalArgumentException e) {
            throw new SandboxError(400, "Bad Request", "INVALID_VALUE", e.getMessage());
        }
        return ResponseEntity.ok(stats());
    }

    @DeleteMapping(CONTROL + "/outage")
    ResponseEntity<Map<String, Object>> end() {
        outage.end();
        return ResponseEntity.ok(stats());
    }

    /** What one order received at the results endpoints (as far as the bounded call log holds), oldest first. */
    @GetMapping(CONTROL + "/orders/{orderId}/results")
    Map<String, Object> results(@PathVariable String orderId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statuses", state.statusesReceived(orderId));
        body.put("calls", state.resultCalls().stream().filter(call -> call.orderId().equals(orderId))
                .map(call -> Map.of("kind", call.kind(), "body", call.body())).toList());
        return body;
    }

    @GetMapping(CONTROL + "/stats")
    Map<String, Object> stats() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outage", outage.active());
        body.put("results", state.acceptedCount("results"));
        body.put("attachments", state.acceptedCount("attachment"));
        body.put("ordersWithResults", state.ordersWithResults());
        body.put("rateLimited", state.exceededCount());
        body.put("forced429", state.forcedRejectionCount());
        body.put("outage429", outage.answered(429));
        body.put("outage503", outage.answered(503));
        body.put("tooManyRequests", state.exceededCount() + state.forcedRejectionCount() + outage.answered(429));
        return body;
    }
}
