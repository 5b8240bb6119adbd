package io.skillgate.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password links by e-mail ({@link PasswordLinkService}).
 *
 * @param passwordLinkValidity    how long a link may be used after it was sent
 * @param passwordLinkMaxRequests requests per hour for one e-mail address beyond which no more links are sent to it
 *                                (the requester is told the same as always)
 * @param passwordLinkMaxRequestsPerClient requests per hour from one client address beyond which its requests send
 *                                nothing (higher: an office behind one address)
 * @param passwordLinkMailFrom    the sender of the link mail
 */
@ConfigurationProperties("skillgate.access")
public record PasswordLinkProperties(@DefaultValue("1h") Duration passwordLinkValidity,
                                     @DefaultValue("3") int passwordLinkMaxRequests,
                                     @DefaultValue("20") int passwordLinkMaxRequestsPerClient,
                                     @DefaultValue("Skillgate <no-reply@skillgate.invalid>")
                                     String passwordLinkMailFrom) {

    public PasswordLinkProperties {
        if (passwordLinkValidity.isNegative() || passwordLinkValidity.isZero()
                || passwordLinkValidity.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("skillgate.access.password-link-validity is 1 s to 24 h");
        }
        if (passwordLinkMaxRequests < 1 || passwordLinkMaxRequestsPerClient < 1) {
            throw new IllegalArgumentException("skillgate.access.password-link-max-requests(-per-client) are at least 1");
        }
    }
}
