package io.skillgate.sso.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;

import io.skillgate.base.CompanyId;
import io.skillgate.sso.NameIdFormat;
import io.skillgate.sso.SignatureAlgorithm;

/** An immutable snapshot of one company's enabled SSO: its policies and its Spring registration. */
record CompanySso(CompanyId companyId, String slug, long version, SignatureAlgorithm signatureAlgorithm,
                  NameIdFormat nameIdFormat, boolean idpInitiatedAllowed, boolean loginBindingAllowed,
                  boolean ssoOnly, @Nullable String breakGlassEmail, RelyingPartyRegistration registration) {

    String spEntityId() {
        return registration.getEntityId();
    }

    String acsUrl() {
        return registration.getAssertionConsumerServiceLocation();
    }

    String idpEntityId() {
        return registration.getAssertingPartyMetadata().getEntityId();
    }
}
