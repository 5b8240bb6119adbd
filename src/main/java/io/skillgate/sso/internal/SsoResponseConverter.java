package io.skillgate.sso.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationException;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationToken;
import org.springframework.security.saml2.provider.service.web.OpenSaml4AuthenticationTokenConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads the IdP's POST at {@code /login/saml2/sso/<slug>}: the raw checks of {@link SamlResponseGuard} first, then
 * Spring's converter (which finds our stored sign-in request by RelayState), then: the response must belong to
 * the company whose ACS it was posted to.
 */
final class SsoResponseConverter implements AuthenticationConverter {

    static final String SAML_RESPONSE = "SAMLResponse";

    private final SamlResponseGuard guard;
    private final CompanyRegistrations registrations;
    private final OpenSaml4AuthenticationTokenConverter delegate;

    SsoResponseConverter(SamlResponseGuard guard, CompanyRegistrations registrations, StoredAuthnRequests requests) {
        this.guard = guard;
        this.registrations = registrations;
        this.delegate = new OpenSaml4AuthenticationTokenConverter(registrations);
        this.delegate.setAuthenticationRequestRepository(requests);
    }

    @Override
    public Saml2AuthenticationToken convert(HttpServletRequest request) {
        try {
            String samlResponse = request.getParameter(SAML_RESPONSE);
            if (samlResponse == null || samlResponse.isEmpty()) {
                throw SamlRefusal.MALFORMED.exception("No SAMLResponse was posted");
            }
            guard.check(request.getMethod(), samlResponse);
            String slug = SsoLoginHandlers.slugOf(request);
            if (registrations.find(slug).isEmpty()) {
                throw SamlRefusal.UNKNOWN_COMPANY.exception("No company with single sign-on has this address");
            }
            Saml2AuthenticationToken token = delegate.convert(request);
            if (token == null) {
                throw SamlRefusal.UNKNOWN_COMPANY.exception("No company with single sign-on has this address");
            }
            if (!slug.equals(token.getRelyingPartyRegistration().getRegistrationId())) {
                throw SamlRefusal.WRONG_COMPANY.exception("The response answers another company's sign-in request");
            }
            return token;
        } catch (Saml2AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SamlRefusal.MALFORMED.exception("The SAML response cannot be read");
        }
    }
}
