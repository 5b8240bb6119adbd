package io.skillgate.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A row of the append-only audit log. The database refuses updates and deletes (see its triggers). */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "company_id")
    private @Nullable Long companyId;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(nullable = false, length = 1000)
    private String detail;

    @Column(name = "remote_address", length = 64)
    private @Nullable String remoteAddress;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
        this.detail = "";
    }

    public AuditEvent(Instant occurredAt, @Nullable Long companyId, String actor, String action, String detail,
                      @Nullable String remoteAddress) {
        this.occurredAt = occurredAt;
        this.companyId = companyId;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable Long getCompanyId() {
        return companyId;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public @Nullable String getRemoteAddress() {
        return remoteAddress;
    }
}
