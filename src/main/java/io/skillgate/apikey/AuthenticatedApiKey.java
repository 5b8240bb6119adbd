package io.skillgate.apikey;

import java.util.Set;

import io.skillgate.base.CompanyId;

/** The API key a machine request authenticated with: its company and scopes. */
public record AuthenticatedApiKey(long id, String publicId, CompanyId companyId, String name, Set<ApiKeyScope> scopes) {

    public AuthenticatedApiKey {
        scopes = Set.copyOf(scopes);
    }

    public boolean has(ApiKeyScope scope) {
        return scopes.contains(scope);
    }

    /** How the audit log names this caller. */
    public String actor() {
        return "api-key:" + publicId + " (" + name + ")";
    }
}
