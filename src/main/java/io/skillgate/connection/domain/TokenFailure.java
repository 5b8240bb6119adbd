package io.skillgate.connection.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A refused token request (wrong secret or unknown client), kept for throttling. In the database, so the
 * throttle holds across all nodes of a deployment.
 */
@Entity
@Table(name = "sr_token_failures")
public class TokenFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(name = "remote_address", nullable = false, length = 64)
    private String remoteAddress;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected TokenFailure() {
        this.clientId = "";
        this.remoteAddress = "";
        this.occurredAt = Instant.EPOCH;
    }

    public TokenFailure(String clientId, String remoteAddress, Instant occurredAt) {
        this.clientId = clientId;
        this.remoteAddress = remoteAddress;
        this.occurredAt = occurredAt;
    }
}
