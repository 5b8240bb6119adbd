package io.skillgate.security;

import java.util.stream.Stream;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import io.skillgate.apikey.AuthenticatedApiKey;

/** A machine caller authenticated by a company's API key; its scopes become {@code SCOPE_<code>} authorities. */
class ApiKeyAuthentication extends AbstractAuthenticationToken {

    static final String AUTHORITY = "API_KEY";

    private final AuthenticatedApiKey key;

    ApiKeyAuthentication(AuthenticatedApiKey key) {
        super(Stream.concat(Stream.of(AUTHORITY), key.scopes().stream().map(scope -> scope(scope.code())))
                .map(SimpleGrantedAuthority::new).toList());
        this.key = key;
        setAuthenticated(true);
    }

    static String scope(String code) {
        return "SCOPE_" + code;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AuthenticatedApiKey getPrincipal() {
        return key;
    }
}
