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

    @Column(name = "disabled_by", length = 254)
    private @Nullable String disabledBy;

    @Column(name = "connected_at")
    private @Nullable Instant connectedAt;

    @Column(name = "connected_by", length = 254)
    private @Nullable String connectedBy;

    /** SR's customer-level credential for calling SR on this company's behalf; the secret AES-GCM encrypted. */
    @Column(name = "sr_client_id", length = 128)
    private @Nullable String srClientId;

    @Column(name = "sr_client_secret_enc", length = 1024)
    private @Nullable String srClientSecretEncrypted;

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
        this.connectedAt = createdAt;
    }

    /** A grant in progress: the credential is generated, SR not yet told. */
    public static SrConnection pending(long companyId, String srCompanyId, String clientId, String clientSecretHash,
                                       Instant now) {
        SrConnection connection = new SrConnection(companyId, srCompanyId, clientId, clientSecretHash, now);
        connection.status = ConnectionStatus.PENDING;
        connection.connectedAt = null;
        return connection;
    }

    /** Re-arms a disabled connection for a new grant with a new credential (and possibly another SR company). */
    public void restart(String newSrCompanyId, String newClientId, String newClientSecretHash, Instant now) {
        this.srCompanyId = newSrCompanyId;
        this.clientId = newClientId;
        this.clientSecretHash = newClientSecretHash;
        this.status = ConnectionStatus.PENDING;
        this.createdAt = now;
        this.connectedAt = null;
        this.connectedBy = null;
        this.disabledAt = null;
        this.disabledBy = null;
        this.srClientId = null;
        this.srClientSecretEncrypted = null;
    }

    /** SR accepted the credential and gave us its own. */
    public void activate(String srClientId, String srClientSecretEncrypted, String by, Instant when) {
        this.srClientId = srClientId;
        this.srClientSecretEncrypted = srClientSecretEncrypted;
        this.status = ConnectionStatus.ACTIVE;
        this.connectedAt = when;
        this.connectedBy = by;
        this.disabledAt = null;
        this.disabledBy = null;
    }

    /** Turns a disabled connection on again with the credential SR still holds (SR answered "already integrated"). */
    public void relink(String by, Instant when) {
        this.status = ConnectionStatus.ACTIVE;
        this.connectedAt = when;
        this.connectedBy = by;
        this.disabledAt = null;
        this.disabledBy = null;
    }

    public void disable(Instant when, String by) {
        this.status = ConnectionStatus.DISABLED;
        this.disabledAt = when;
        this.disabledBy = by;
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

    public @Nullable String getDisabledBy() {
        return disabledBy;
    }

    public @Nullable Instant getConnectedAt() {
        return connectedAt;
    }

    public @Nullable String getConnectedBy() {
        return connectedBy;
    }

    public @Nullable String getSrClientId() {
        return srClientId;
    }

    public @Nullable String getSrClientSecretEncrypted() {
        return srClientSecretEncrypted;
    }
}
