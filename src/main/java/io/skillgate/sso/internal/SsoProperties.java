package io.skillgate.sso.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Single sign-on settings of the deployment.
 *
 * @param spKeyLocation              the SP's private signing key (PEM, PKCS#8 or PKCS#1), e.g.
 *                                   {@code file:/run/secrets/sp-key.pem}; required in prod
 * @param spCertificateLocation      the certificate of that key (PEM), given to IdPs in our metadata
 * @param generateSpKey              without a configured key, generate one once and keep it in the database (dev,
 *                                   tests; never prod)
 * @param allowPrivateMetadataHosts  may a metadata URL name a loopback or private-network host (a local Keycloak
 *                                   in dev and tests); off in prod, so admins cannot make us fetch internal URLs
 * @param metadataRefreshInterval    how often metadata URLs are fetched again (certificate rollover)
 * @param maxResponseBytes           the largest SAML response accepted (decoded)
 * @param clockSkew                  tolerance for IdP clocks on NotBefore / NotOnOrAfter
 * @param requestLifetime            how long a sign-in started here may take at the IdP
 */
@ConfigurationProperties("skillgate.sso")
public record SsoProperties(@Nullable Resource spKeyLocation, @Nullable Resource spCertificateLocation,
                            @DefaultValue("false") boolean generateSpKey,
                            @DefaultValue("false") boolean allowPrivateMetadataHosts,
                            @DefaultValue("6h") Duration metadataRefreshInterval,
                            @DefaultValue("262144") int maxResponseBytes,
                            @DefaultValue("5m") Duration clockSkew,
                            @DefaultValue("10m") Duration requestLifetime) {
}
