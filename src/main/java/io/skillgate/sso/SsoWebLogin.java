package io.skillgate.sso;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.saml2.Saml2LoginConfigurer;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import io.skillgate.sso.internal.SsoLoginHandlers;
import io.skillgate.sso.internal.SsoWebParts;

/**
 * Wires SAML sign-in into a filter chain ({@code security} calls it): registrations per company from the
 * database, sign-in requests kept in MariaDB, our response checks and validators, and the handlers that audit
 * every refusal.
 */
@Component
public class SsoWebLogin {

    private final SsoWebParts parts;

    SsoWebLogin(SsoWebParts parts) {
        this.parts = parts;
    }

    /**
     * Configures {@code saml2Login}; {@code fallback} handles a successful sign-in with no stored target (Vaadin's
     * saved-request handler).
     */
    public void configure(Saml2LoginConfigurer<HttpSecurity> saml, AuthenticationSuccessHandler fallback) {
        SsoLoginHandlers handlers = parts.handlers(fallback);
        saml.loginPage("/login")
                .authenticationManager(parts.authenticationManager())
                .authenticationConverter(parts.authenticationConverter())
                .authenticationRequestResolver(parts.authenticationRequestResolver())
                .authenticationDetailsSource(handlers)
                .successHandler(handlers)
                .failureHandler(handlers);
    }
}
