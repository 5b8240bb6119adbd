package io.skillgate.sso.internal;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.saml2.provider.service.authentication.OpenSaml4AuthenticationProvider;
import org.springframework.security.saml2.provider.service.web.authentication.OpenSaml4AuthenticationRequestResolver;
import org.springframework.security.saml2.provider.service.web.authentication.Saml2AuthenticationRequestResolver;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import io.skillgate.access.UserService;
import io.skillgate.audit.AuditService;
import io.skillgate.sso.SsoService;

/** The parts of the SAML login, assembled once: {@link io.skillgate.sso.SsoWebLogin} hands them to Spring. */
@Component
public class SsoWebParts {

    private final CompanyRegistrations registrations;
    private final StoredAuthnRequests requests;
    private final SsoService sso;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final SsoResponseConverter converter;
    private final SsoSignIn signIn;
    private final ProviderManager authenticationManager;

    SsoWebParts(CompanyRegistrations registrations, StoredAuthnRequests requests, SsoService sso, UserService users,
                AuditService audit, SsoProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.registrations = registrations;
        this.requests = requests;
        this.sso = sso;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        SamlValidation validation = new SamlValidation(registrations, clock, properties.clockSkew());
        this.signIn = new SsoSignIn(registrations, validation, users, sso, jdbc, clock);
        this.converter = new SsoResponseConverter(new SamlResponseGuard(properties.maxResponseBytes()), registrations,
                requests);
        OpenSaml4AuthenticationProvider provider = new OpenSaml4AuthenticationProvider();
        provider.setResponseValidator(validation::validateResponse);
        provider.setAssertionValidator(validation::validateAssertion);
        provider.setResponseAuthenticationConverter(signIn::signIn);
        this.authenticationManager = new ProviderManager(provider);
    }

    public AuthenticationManager authenticationManager() {
        return authenticationManager;
    }

    public AuthenticationConverter authenticationConverter() {
        return converter;
    }

    public Saml2AuthenticationRequestResolver authenticationRequestResolver() {
        return new OpenSaml4AuthenticationRequestResolver(registrations);
    }

    /** Success, failure and details, with {@code fallback} for a sign-in with nowhere particular to go. */
    public SsoLoginHandlers handlers(AuthenticationSuccessHandler fallback) {
        return new SsoLoginHandlers(registrations, requests, sso, users, audit, clock, fallback);
    }

    SsoSignIn signIn() {
        return signIn;
    }
}
