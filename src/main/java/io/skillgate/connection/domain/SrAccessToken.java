package io.skillgate.connection.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.skillgate.base.AbstractEntity;

/** An access token SR obtained at our token endpoint; only its SHA-256 is stored. */
@Entity
@Table(name = "sr_access_tokens")
public class SrAccessToken extends AbstractEntity {

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connection_id", nullable = false)
    private SrConnection connection;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean revoked;

    protected SrAccessToken() {
        this.tokenHash = "";
        this.issuedAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public SrAccessToken(SrConnection connection, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.companyId = connection.getCompanyId();
        this.connection = connection;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public SrConnection getConnection() {
        return connection;
    }

    public boolean isUsableAt(Instant now) {
        return !revoked && now.isBefore(expiresAt) && connection.isActive();
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
