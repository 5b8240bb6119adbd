package io.skillgate.sandbox;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** SR's results and result-attachment calls (customer credential); every accepted call is recorded. */
@RestController
@Profile("!prod")
class SandboxOrderController extends SandboxEndpoint {

    private static final String ORDER = SandboxSecurityConfiguration.BASE + "/assessment-api/v202010/orders/{orderId}";

    private final SandboxOutage outage;

    SandboxOrderController(SandboxState state, ObjectMapper json, SandboxOutage outage) {
        super(state, json);
        this.outage = outage;
    }

    /** During an outage ({@link SandboxOutage}) the results endpoints answer 503 or 429 before anything else. */
    private void unlessDown() {
        outage.refuse().ifPresent(refusal -> {
            throw refusal.status() == 429
                    ? new SandboxError(429, "Too Many Requests", List.of(new SandboxError.Detail(
                    "RATE_LIMIT_EXCEEDED", "SmartRecruiters is busy; try again later")), refusal.retryAfterSeconds())
                    : new SandboxError(503, "Service Unavailable", List.of(new SandboxError.Detail(
                    "SERVICE_UNAVAILABLE", "SmartRecruiters is unavailable; try again later")), -1);
        });
    }

    @PatchMapping(ORDER + "/results")
    ResponseEntity<Void> results(@PathVariable String orderId,
                                 @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
                                 @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String type,
                                 @RequestBody(required = false) @Nullable String body) {
        unlessDown();
        SandboxState.Token token = authenticate(auth, false);
        requireUuid(orderId);
        JsonNode result = jsonBody(type, body);
        List<SandboxError.Detail> errors = ResultValidation.errors(result);
        if (!errors.isEmpty()) {
            throw new SandboxError(400, "Invalid result", errors);
        }
        state.record(token.clientId(), orderId, "results", result.toString());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(ORDER + "/results/attachment")
    ResponseEntity<Map<String, String>> attachment(@PathVariable String orderId, HttpServletRequest request)
            throws IOException {
        unlessDown();
        SandboxState.Token token = authenticate(request.getHeader(HttpHeaders.AUTHORIZATION), false);
        requireUuid(orderId);
        String type = request.getContentType();
        if (type == null || !type.startsWith("multipart/form-data")) {
            throw new SandboxError(415, "Unsupported Media Type", "UNSUPPORTED_MEDIA_TYPE",
                    "Send the attachment as multipart/form-data");
        }
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (ServletException | IllegalStateException e) {
            throw new SandboxError(400, "Bad Request", "MALFORMED_BODY", "The multipart body cannot be read");
        }
        Part file = parts.stream().filter(p -> p.getSubmittedFileName() != null).findFirst()
                .orElseThrow(() -> new SandboxError(400, "Bad Request", "REQUIRED", "A file part is required"));
        String name = file.getSubmittedFileName().replaceAll("[^A-Za-z0-9._-]", "_");
        state.record(token.clientId(), orderId, "attachment", file.getName() + ":" + name + ":" + file.getSize());
        return ResponseEntity.status(201).body(Map.of("url",
                "https://sandbox.smartrecruiters.test/attachments/" + orderId + "/" + name));
    }

    private static void requireUuid(String orderId) {
        try {
            UUID.fromString(orderId);
        } catch (IllegalArgumentException e) {
            throw new SandboxError(404, "Not Found", "ORDER_NOT_FOUND", "No order " + orderId);
        }
    }
}
