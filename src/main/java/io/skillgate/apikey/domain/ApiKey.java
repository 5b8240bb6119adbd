package io.skillgate.apikey.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.base.AbstractEntity;

/** One API key of a company. The secret itself is never stored: only its SHA-256 hex. */
@Entity
@Table(name = "api_keys")
public class ApiKey extends AbstractEntity {

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500)
    private String description;

    /** Comma-separated scope codes. */
    @Column(nullable = false, length = 200)
    private String scopes;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by", length = 254)
    private @Nullable String revokedBy;

    protected ApiKey() {
        this.publicId = "";
        this.secretHash = "";
        this.name = "";
        this.description = "";
        this.scopes = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    public ApiKey(long companyId, String publicId, String secretHash, String name, String description,
                  Set<ApiKeyScope> scopes, String createdBy, Instant createdAt) {
        this.companyId = companyId;
        this.publicId = publicId;
        this.secretHash = secretHash;
        this.name = name;
        this.description = description;
        this.scopes = scopes.stream().map(ApiKeyScope::code).sorted().collect(Collectors.joining(","));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** The scopes; a code this version does not know is left out. */
    public Set<ApiKeyScope> getScopes() {
        Set<ApiKeyScope> result = EnumSet.noneOf(ApiKeyScope.class);
        Arrays.stream(scopes.split(",")).map(ApiKeyScope::fromCode).forEach(scope -> scope.ifPresent(result::add));
        return result;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(String by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }
}
