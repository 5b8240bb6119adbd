package io.skillgate.partnerapi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.skillgate.base.DatabaseConflicts;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.IssuedToken;
import io.skillgate.connection.TokenRequestRefused;
import io.skillgate.partnerapi.v1.TokenErrorResponse;
import io.skillgate.partnerapi.v1.TokenResponse;

/**
 * {@code oauthTokenUrl}: OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for the customer-level credential.
 * The client authenticates with form parameters (as SR does) or HTTP Basic (RFC 6749 §2.3.1).
 */
@RestController
@RequestMapping(PartnerApiPaths.BASE)
class TokenController {

    private final ConnectionService connections;

    TokenController(ConnectionService connections) {
        this.connections = connections;
    }

    @PostMapping(path = "/oauth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> token(@RequestBody MultiValueMap<String, String> form, HttpServletRequest request) {
        String grantType = single(form, "grant_type");
        if (grantType == null) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request", "grant_type is required (once)");
        }
        if (!"client_credentials".equals(grantType)) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Only client_credentials is supported");
        }
        String[] basic = basicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
        String clientId = basic != null ? basic[0] : single(form, "client_id");
        String clientSecret = basic != null ? basic[1] : single(form, "client_secret");
        if (clientId == null || clientSecret == null || clientId.isEmpty() || clientSecret.isEmpty()
                || clientId.length() > 200 || clientSecret.length() > 200) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request", "client_id and client_secret are required (once)");
        }
        try {
            IssuedToken token = DatabaseConflicts.retry("token-issue",
                    () -> connections.issueToken(clientId, clientSecret, request.getRemoteAddr()));
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
                    .body(new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds()));
        } catch (TokenRequestRefused refused) {
            if (refused.reason() == TokenRequestRefused.Reason.THROTTLED) {
                return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()))
                        .body(new TokenErrorResponse("slow_down", refused.getMessage()));
            }
            ResponseEntity.BodyBuilder unauthorized = ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .cacheControl(CacheControl.noStore());
            if (basic != null) {
                unauthorized.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"skillgate\"");
            }
            return unauthorized.body(new TokenErrorResponse("invalid_client", refused.getMessage()));
        }
    }

    private static ResponseEntity<TokenErrorResponse> error(HttpStatus status, String error, String description) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .body(new TokenErrorResponse(error, description));
    }

    /** A parameter given exactly once (RFC 6749 §3.2: parameters must not be repeated). */
    private static @Nullable String single(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    private static String @Nullable [] basicCredentials(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {
                    java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
