package io.skillgate.sso;

import java.time.Instant;

/**
 * One of the IdP's signing certificates (up to two at once, for rollover).
 *
 * @param pem          the certificate, PEM-encoded
 * @param subject      its subject DN
 * @param notAfter     when it expires
 * @param expiresSoon  within 30 days of expiring (or expired): the admin is warned
 */
public record IdpCertificate(String pem, String subject, Instant notAfter, boolean expiresSoon) {
}
