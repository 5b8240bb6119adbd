package io.skillgate.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the sandbox controllers share: bearer authentication and errors in SR's shape. The exception handlers
 * live here (inherited by each controller) because controller-local handlers win over the partner API's advice.
 */
abstract class SandboxEndpoint {

    protected final SandboxState state;
    protected final ObjectMapper json;

    SandboxEndpoint(SandboxState state, ObjectMapper json) {
        this.state = state;
        this.json = json;
    }

    SandboxState.Token authenticate(@Nullable String authorization, boolean master) {
        SandboxState.Token token = authorization != null && authorization.startsWith("Bearer ")
                ? state.token(authorization.substring(7).trim()).orElse(null) : null;
        if (token == null) {
            throw new SandboxError(401, "Unauthorized", "UNAUTHORIZED", "A valid bearer token is required");
        }
        if (token.master() != master) {
            throw new SandboxError(403, "Forbidden", "FORBIDDEN", master
                    ? "This call needs the partner credential" : "This call needs a customer-level credential");
        }
        return token;
    }

    JsonNode jsonBody(@Nullable String contentType, @Nullable String body) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            type = null;
        }
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || (type.getSubtype().endsWith("+json")))) {
            throw new SandboxError(415, "Unsupported Media Type", "UNSUPPORTED_MEDIA_TYPE",
                    "Content type " + contentType + " is not supported; send application/json");
        }
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            if (node == null || !node.isObject()) {
                throw new SandboxError(400, "Bad Request", "MALFORMED_BODY", "The body must be a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SandboxError(400, "Bad Request", "MALFORMED_BODY", "The body is not valid JSON");
        }
    }

    @ExceptionHandler(SandboxError.class)
    ResponseEntity<Map<String, Object>> refused(SandboxError e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        body.put("errors", e.details());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON);
        if (e.retryAfterSeconds() >= 0) {
            answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()));
        }
        return answer.body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return refused(new SandboxError(HttpStatus.BAD_REQUEST.value(), "Bad Request", "MALFORMED_BODY",
                "The body cannot be read"));
    }
}
