package io.skillgate.sso;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A company's single sign-on as its admins see it, with what they give their IdP (our entity id, ACS URL, the
 * metadata URL) and the links that start a sign-in.
 *
 * @param configured  whether settings were ever saved (otherwise the IdP fields are empty)
 * @param spEntityId  our entity id for this company; also the URL of our SP metadata (download it there)
 * @param acsUrl      where the IdP posts its response
 * @param startUrl    the link that starts an SP-initiated sign-in for this company
 */
public record SsoSettingsDetails(boolean configured, String companySlug, boolean enabled, IdpSource source,
                                 @Nullable String metadataUrl, @Nullable String metadataXml, String idpEntityId,
                                 String idpSsoUrl, List<IdpCertificate> certificates,
                                 SignatureAlgorithm signatureAlgorithm, NameIdFormat nameIdFormat,
                                 boolean idpInitiatedAllowed, boolean loginBindingAllowed, boolean ssoOnly,
                                 @Nullable String breakGlassEmail, @Nullable Instant metadataRefreshedAt,
                                 @Nullable String metadataRefreshError, @Nullable Instant lastTestAt,
                                 @Nullable Boolean lastTestSucceeded, @Nullable String lastTestDetail,
                                 String spEntityId, String acsUrl, String startUrl, String testUrl,
                                 @Nullable Instant updatedAt, @Nullable String updatedBy) {

    /** Whether any certificate expires within 30 days. */
    public boolean certificateExpiresSoon() {
        return certificates.stream().anyMatch(IdpCertificate::expiresSoon);
    }
}
