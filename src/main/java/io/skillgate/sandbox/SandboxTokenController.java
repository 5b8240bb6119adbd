package io.skillgate.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

/** SR's token endpoint: the client-credentials grant, errors per RFC 6749. */
@RestController
@Profile("!prod")
class SandboxTokenController extends SandboxEndpoint {

    SandboxTokenController(SandboxState state, ObjectMapper json) {
        super(state, json);
    }

    @PostMapping(SandboxSecurityConfiguration.BASE + "/identity/oauth/token")
    ResponseEntity<Map<String, Object>> token(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return error(400, "invalid_request", "Send a form-encoded body");
        }
        String grant = request.getParameter("grant_type");
        String clientId = request.getParameter("client_id");
        String secret = request.getParameter("client_secret");
        if (grant == null || clientId == null || secret == null) {
            return error(400, "invalid_request", "grant_type, client_id and client_secret are required");
        }
        if (!grant.equals("client_credentials")) {
            return error(400, "unsupported_grant_type", "Only client_credentials is supported");
        }
        return state.issueToken(clientId, secret).map(token -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", state.store(token));
            body.put("token_type", "Bearer");
            body.put("expires_in", SandboxState.TOKEN_LIFETIME.toSeconds());
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
        }).orElseGet(() -> error(401, "invalid_client", "Client authentication failed"));
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String error, @Nullable String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(body);
    }
}
