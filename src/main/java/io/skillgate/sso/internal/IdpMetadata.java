package io.skillgate.sso.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.security.saml2.core.Saml2X509Credential;
import org.springframework.security.saml2.provider.service.registration.AssertingPartyMetadata;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistrations;
import org.springframework.stereotype.Component;

/**
 * Reads an IdP's SAML metadata (pasted, or fetched from its URL with timeouts, a size limit and, in prod, no
 * loopback or private-network hosts) into the three things we keep: entity id, SSO URL, signing certificates.
 */
@Component
class IdpMetadata {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_CERTIFICATES = 2;

    /** What the metadata says, certificates as PEM. */
    record Idp(String entityId, String ssoUrl, List<String> certificates) {
    }

    private final SsoProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    IdpMetadata(SsoProperties properties) {
        this.properties = properties;
    }

    /** Fetches the metadata document; {@link IllegalArgumentException} with a message for the admin. */
    String fetch(String url) {
        URI uri = checkedUri(url);
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/samlmetadata+xml, application/xml, text/xml").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalArgumentException("The metadata URL answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IllegalArgumentException("The metadata is larger than 1 MB");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The metadata URL cannot be reached (" + e.getClass().getSimpleName()
                    + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("Fetching the metadata was interrupted");
        }
    }

    /** Parses metadata XML (DTDs refused by OpenSAML's parser pool). */
    Idp parse(String xml) {
        if (xml.length() > MAX_BYTES) {
            throw new IllegalArgumentException("The metadata is larger than 1 MB");
        }
        if (xml.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
            throw new IllegalArgumentException("Metadata with a DOCTYPE is refused");
        }
        RelyingPartyRegistration registration;
        try {
            registration = RelyingPartyRegistrations
                    .fromMetadata(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .registrationId("metadata").entityId("urn:skillgate:metadata-check").build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("This is not IdP metadata with an SSO service and a signing key");
        }
        AssertingPartyMetadata idp = registration.getAssertingPartyMetadata();
        List<String> certificates = idp.getVerificationX509Credentials().stream()
                .map(Saml2X509Credential::getCertificate).distinct().map(Certificates::pem).toList();
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("The metadata names no signing certificate");
        }
        if (certificates.size() > MAX_CERTIFICATES) {
            throw new IllegalArgumentException("The metadata names " + certificates.size()
                    + " signing certificates; at most " + MAX_CERTIFICATES + " are accepted at once");
        }
        return new Idp(idp.getEntityId(), idp.getSingleSignOnServiceLocation(), certificates);
    }

    /** http(s) only; in prod no loopback, link-local or private-network address. */
    URI checkedUri(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("This is not a URL");
        }
        if (!isWebUri(uri)) {
            throw new IllegalArgumentException("The metadata URL must be an http(s) URL");
        }
        if (!properties.allowPrivateMetadataHosts() && isPrivate(uri.getHost())) {
            throw new IllegalArgumentException("The metadata URL must name a public host");
        }
        return uri;
    }

    /** An http(s) URI with a host. */
    static boolean isWebUri(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    }

    private static boolean isPrivate(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()
                        || isUniqueLocalIpv6(address)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("The metadata URL's host is unknown");
        }
    }

    private static boolean isUniqueLocalIpv6(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
