package io.skillgate.sso.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import io.skillgate.sso.IdpCertificate;

/** X.509 certificates as admins paste them (PEM or bare base64 DER) and as we store them (PEM). */
final class Certificates {

    static final Duration WARNING_BEFORE_EXPIRY = Duration.ofDays(30);
    private static final int MAX_LENGTH = 20_000;

    private Certificates() {
    }

    /** Parses PEM or base64 DER; {@link IllegalArgumentException} with a readable message otherwise. */
    static X509Certificate parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The certificate is too long");
        }
        String base64 = text.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("This is not an X.509 certificate (PEM or base64)");
        }
    }

    static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("The certificate cannot be encoded", e);
        }
    }

    static IdpCertificate describe(String pem, Instant now) {
        X509Certificate certificate = parse(pem);
        Instant notAfter = certificate.getNotAfter().toInstant();
        return new IdpCertificate(pem, certificate.getSubjectX500Principal().getName(), notAfter,
                !notAfter.isAfter(now.plus(WARNING_BEFORE_EXPIRY)));
    }
}
