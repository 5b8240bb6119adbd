package io.skillgate.sso.domain;

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
import io.skillgate.sso.IdpSource;
import io.skillgate.sso.NameIdFormat;
import io.skillgate.sso.SignatureAlgorithm;

/** One company's SAML single sign-on: its IdP and its policies. */
@Entity
@Table(name = "sso_settings")
public class SsoSettings extends AbstractEntity {

    @Column(name = "company_id", nullable = false, unique = true)
    private long companyId;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private IdpSource source = IdpSource.MANUAL;

    @Column(name = "metadata_url", length = 2000)
    private @Nullable String metadataUrl;

    @Column(name = "metadata_xml", columnDefinition = "MEDIUMTEXT")
    private @Nullable String metadataXml;

    @Column(name = "idp_entity_id", nullable = false, length = 1024)
    private String idpEntityId = "";

    @Column(name = "idp_sso_url", nullable = false, length = 2000)
    private String idpSsoUrl = "";

    @Column(name = "idp_certificate_1", nullable = false, columnDefinition = "TEXT")
    private String idpCertificate1 = "";

    @Column(name = "idp_certificate_2", columnDefinition = "TEXT")
    private @Nullable String idpCertificate2;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "signature_algorithm", nullable = false, length = 20)
    private SignatureAlgorithm signatureAlgorithm = SignatureAlgorithm.RSA_SHA256;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "name_id_format", nullable = false, length = 20)
    private NameIdFormat nameIdFormat = NameIdFormat.EMAIL;

    @Column(name = "idp_initiated_allowed", nullable = false)
    private boolean idpInitiatedAllowed;

    @Column(name = "login_binding_allowed", nullable = false)
    private boolean loginBindingAllowed;

    @Column(name = "sso_only", nullable = false)
    private boolean ssoOnly;

    @Column(name = "break_glass_email", length = 254)
    private @Nullable String breakGlassEmail;

    @Column(name = "metadata_refreshed_at")
    private @Nullable Instant metadataRefreshedAt;

    @Column(name = "metadata_refresh_error", length = 1000)
    private @Nullable String metadataRefreshError;

    @Column(name = "last_test_at")
    private @Nullable Instant lastTestAt;

    @Column(name = "last_test_succeeded")
    private @Nullable Boolean lastTestSucceeded;

    @Column(name = "last_test_detail", length = 1000)
    private @Nullable String lastTestDetail;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy = "";

    protected SsoSettings() {
    }

    public SsoSettings(long companyId) {
        this.companyId = companyId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public IdpSource getSource() {
        return source;
    }

    public void setSource(IdpSource source) {
        this.source = source;
    }

    public @Nullable String getMetadataUrl() {
        return metadataUrl;
    }

    public void setMetadataUrl(@Nullable String metadataUrl) {
        this.metadataUrl = metadataUrl;
    }

    public @Nullable String getMetadataXml() {
        return metadataXml;
    }

    public void setMetadataXml(@Nullable String metadataXml) {
        this.metadataXml = metadataXml;
    }

    public String getIdpEntityId() {
        return idpEntityId;
    }

    public String getIdpSsoUrl() {
        return idpSsoUrl;
    }

    public String getIdpCertificate1() {
        return idpCertificate1;
    }

    public @Nullable String getIdpCertificate2() {
        return idpCertificate2;
    }

    /** The IdP as resolved from whatever the admin gave (metadata or manual fields). */
    public void setIdp(String entityId, String ssoUrl, String certificate1, @Nullable String certificate2) {
        this.idpEntityId = entityId;
        this.idpSsoUrl = ssoUrl;
        this.idpCertificate1 = certificate1;
        this.idpCertificate2 = certificate2;
    }

    public SignatureAlgorithm getSignatureAlgorithm() {
        return signatureAlgorithm;
    }

    public void setSignatureAlgorithm(SignatureAlgorithm signatureAlgorithm) {
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public NameIdFormat getNameIdFormat() {
        return nameIdFormat;
    }

    public void setNameIdFormat(NameIdFormat nameIdFormat) {
        this.nameIdFormat = nameIdFormat;
    }

    public boolean isIdpInitiatedAllowed() {
        return idpInitiatedAllowed;
    }

    public void setIdpInitiatedAllowed(boolean idpInitiatedAllowed) {
        this.idpInitiatedAllowed = idpInitiatedAllowed;
    }

    public boolean isLoginBindingAllowed() {
        return loginBindingAllowed;
    }

    public void setLoginBindingAllowed(boolean loginBindingAllowed) {
        this.loginBindingAllowed = loginBindingAllowed;
    }

    public boolean isSsoOnly() {
        return ssoOnly;
    }

    public void setSsoOnly(boolean ssoOnly) {
        this.ssoOnly = ssoOnly;
    }

    public @Nullable String getBreakGlassEmail() {
        return breakGlassEmail;
    }

    public void setBreakGlassEmail(@Nullable String breakGlassEmail) {
        this.breakGlassEmail = breakGlassEmail;
    }

    public @Nullable Instant getMetadataRefreshedAt() {
        return metadataRefreshedAt;
    }

    public @Nullable String getMetadataRefreshError() {
        return metadataRefreshError;
    }

    public void setMetadataRefresh(Instant at, @Nullable String error) {
        this.metadataRefreshedAt = at;
        this.metadataRefreshError = error;
    }

    public @Nullable Instant getLastTestAt() {
        return lastTestAt;
    }

    public @Nullable Boolean getLastTestSucceeded() {
        return lastTestSucceeded;
    }

    public @Nullable String getLastTestDetail() {
        return lastTestDetail;
    }

    public void setLastTest(Instant at, boolean succeeded, String detail) {
        this.lastTestAt = at;
        this.lastTestSucceeded = succeeded;
        this.lastTestDetail = detail;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
