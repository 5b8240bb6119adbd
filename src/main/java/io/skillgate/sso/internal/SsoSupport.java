package io.skillgate.sso.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.skillgate.sso.IdpCertificate;

/** What {@link io.skillgate.sso.SsoService} needs from the internals: metadata, certificates, our URLs. */
@Component
public class SsoSupport {

    /** The IdP as stored: entity id, SSO URL, one or two PEM certificates, and the metadata it came from. */
    public record ResolvedIdp(String entityId, String ssoUrl, String certificate1, @Nullable String certificate2,
                              @Nullable String metadataXml) {
    }

    private final IdpMetadata metadata;
    private final CompanyRegistrations registrations;
    private final SpCredentials sp;

    SsoSupport(IdpMetadata metadata, CompanyRegistrations registrations, SpCredentials sp) {
        this.metadata = metadata;
        this.registrations = registrations;
        this.sp = sp;
    }

    /** Whether this deployment has the SP signing key SSO needs (see {@code skillgate.sso.sp-key-location}). */
    public boolean available() {
        return sp.available();
    }

    public ResolvedIdp fromMetadataUrl(String url) {
        return fromMetadataXml(metadata.fetch(url));
    }

    public ResolvedIdp fromMetadataXml(String xml) {
        IdpMetadata.Idp idp = metadata.parse(xml);
        List<String> certificates = idp.certificates();
        return new ResolvedIdp(idp.entityId(), idp.ssoUrl(), certificates.get(0),
                certificates.size() > 1 ? certificates.get(1) : null, xml);
    }

    /** PEM of a pasted certificate (PEM or base64 DER); {@link IllegalArgumentException} if it is none. */
    public String normalizeCertificate(String text) {
        return Certificates.pem(Certificates.parse(text));
    }

    public IdpCertificate describe(String pem, Instant now) {
        return Certificates.describe(pem, now);
    }

    public boolean isWebUrl(String url) {
        try {
            return IdpMetadata.isWebUri(URI.create(url));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String spEntityId(String slug) {
        return registrations.entityId(slug);
    }

    public String acsUrl(String slug) {
        return registrations.acsUrl(slug);
    }

    public String startUrl(String slug) {
        return registrations.startUrl(slug);
    }

    public String testUrl(String slug) {
        return registrations.startUrl(slug) + "/test";
    }
}
