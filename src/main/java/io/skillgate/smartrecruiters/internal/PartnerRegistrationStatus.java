package io.skillgate.smartrecruiters.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.skillgate.connection.PartnerRegistration;
import io.skillgate.smartrecruiters.PartnerConfigurationService;

/** The operator overview's partner registration line: the last configuration attempt as recorded. */
@Component
class PartnerRegistrationStatus implements PartnerRegistration {

    private final PartnerConfigurationService configuration;

    PartnerRegistrationStatus(PartnerConfigurationService configuration) {
        this.configuration = configuration;
    }

    @Override
    public Optional<Attempt> lastAttempt() {
        return configuration.lastAttempt().map(a -> new Attempt(a.attemptedAt(), a.success(),
                a.success() || a.message() == null ? "" : a.message()));
    }
}
