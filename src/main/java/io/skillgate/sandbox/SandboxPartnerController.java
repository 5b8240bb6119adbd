package io.skillgate.sandbox;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** SR's partner configuration and integration calls (partner credential). */
@RestController
@Profile("!prod")
class SandboxPartnerController extends SandboxEndpoint {

    private static final String API = SandboxSecurityConfiguration.BASE + "/assessment-api/v202010";
    /** Companies whose id starts with this have not consented on SR's side: the integration call answers 403. */
    public static final String NO_CONSENT_PREFIX = "no-consent";

    SandboxPartnerController(SandboxState state, ObjectMapper json) {
        super(state, json);
    }

    @PutMapping(API + "/partner/configuration")
    JsonNode configure(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
                       @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String type,
                       @RequestBody(required = false) @Nullable String body) {
        authenticate(auth, true);
        JsonNode config = jsonBody(type, body);
        List<SandboxError.Detail> errors = ConfigurationValidation.errors(config);
        if (!errors.isEmpty()) {
            throw new SandboxError(400, "Invalid partner configuration", errors);
        }
        state.configure(config);
        return config;
    }

    @GetMapping(API + "/partner/configuration")
    JsonNode configuration(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth) {
        authenticate(auth, true);
        return state.configuration().orElseThrow(() -> new SandboxError(404, "Not Found", "NOT_FOUND",
                "No partner configuration saved"));
    }

    @PostMapping(API + "/integration/company/{companyId}")
    ResponseEntity<Map<String, String>> integrate(
            @PathVariable String companyId,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String type,
            @RequestBody(required = false) @Nullable String body) {
        authenticate(auth, true);
        JsonNode request = jsonBody(type, body);
        String clientId = request.path("clientId").asText("");
        String clientSecret = request.path("clientSecret").asText("");
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new SandboxError(400, "Bad Request", "REQUIRED", "clientId and clientSecret are required");
        }
        if (state.configuration().isEmpty()) {
            throw new SandboxError(404, "Not Found", "PARTNER_CONFIGURATION_NOT_FOUND",
                    "Configure the partner before integrating companies");
        }
        if (companyId.startsWith(NO_CONSENT_PREFIX)) {
            throw new SandboxError(403, "Forbidden", "CONSENT_MISSING",
                    "Company " + companyId + " has not consented to this partner");
        }
        if (state.partnerClientIdInUse(clientId)) {
            throw new SandboxError(409, "Conflict", "CLIENT_ID_IN_USE",
                    "clientId must be unique across all integrations");
        }
        SandboxState.Credential credential = state.integrate(companyId, clientId, clientSecret);
        if (credential == null) {
            throw new SandboxError(409, "Conflict", "ALREADY_INTEGRATED", "Company " + companyId
                    + " is already integrated");
        }
        return ResponseEntity.ok(Map.of("clientId", credential.clientId(), "clientSecret", credential.secret()));
    }
}
