package io.skillgate.connection.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.skillgate.base.AbstractEntity;
import io.skillgate.connection.ConnectionStatus;

/** A portal company's link to its SmartRecruiters company, with the credential SR uses to call us. */
@Entity
@Table(name = "sr_connections")
public class SrConnection extends AbstractEntity {

    @Column(name = "company_id", nullable = false, unique = true)
    private long companyId;

    @Column(name = "sr_company_id", nullable = false, unique = true, length = 64)
    private String srCompanyId;

    @Column(name = "client_id", nullable = false, unique = true, length = 64)
    private String clientId;

    /** SHA-256 (hex) of the generated, 256-bit random secret. */
    @Column(name = "client_secret_hash", nullable = false, length = 64)
    private String clientSecretHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ConnectionStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private @Nullable Instant disabledAt;

    protected SrConnection() {
        this.srCompanyId = "";
        this.clientId = "";
        this.clientSecretHash = "";
        this.status = ConnectionStatus.DISABLED;
        this.createdAt = Instant.EPOCH;
    }

    public SrConnection(long companyId, String srCompanyId, String clientId, String clientSecretHash,
                        Instant createdAt) {
        this.companyId = companyId;
        this.srCompanyId = srCompanyId;
        this.clientId = clientId;
        this.clientSecretHash = clientSecretHash;
        this.status = ConnectionStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    public void disable(Instant when) {
        this.status = ConnectionStatus.DISABLED;
        this.disabledAt = when;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getSrCompanyId() {
        return srCompanyId;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecretHash() {
        return clientSecretHash;
    }

    public ConnectionStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == ConnectionStatus.ACTIVE;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getDisabledAt() {
        return disabledAt;
    }
}
