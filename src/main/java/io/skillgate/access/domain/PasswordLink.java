package io.skillgate.access.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A link by which a user sets their password: only the SHA-256 of its token is kept (the token is in the mail only).
 * Used once ({@code usedAt}), valid until {@code expiresAt}.
 */
@Entity
@Table(name = "password_links")
public class PasswordLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected PasswordLink() {
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public PasswordLink(long companyId, long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.companyId = companyId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("PasswordLink is not persisted yet");
        }
        return id;
    }

    public long getUserId() {
        return userId;
    }

    /** Not used yet and not expired at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
