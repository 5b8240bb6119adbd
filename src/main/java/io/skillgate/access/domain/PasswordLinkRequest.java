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
 * One request for a password link, whether the address belongs to a user or not, kept for the throttle (in the
 * database, so it holds across nodes). The address asked for is stored as its SHA-256.
 */
@Entity
@Table(name = "password_link_requests")
public class PasswordLinkRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "email_hash", nullable = false, length = 64)
    private String emailHash;

    @Column(name = "remote_address", nullable = false, length = 64)
    private String remoteAddress;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected PasswordLinkRequest() {
        this.emailHash = "";
        this.remoteAddress = "";
        this.requestedAt = Instant.EPOCH;
    }

    public PasswordLinkRequest(String emailHash, String remoteAddress, Instant requestedAt) {
        this.emailHash = emailHash;
        this.remoteAddress = remoteAddress.length() <= 64 ? remoteAddress : remoteAddress.substring(0, 64);
        this.requestedAt = requestedAt;
    }
}
