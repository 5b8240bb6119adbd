/**
 * SAML 2.0 single sign-on per customer company: the company's IdP settings, a database-backed
 * {@code RelyingPartyRegistrationRepository} (registration id = company slug), the checks every SAML response
 * must pass (our own assertion validation, replay protection shared through MariaDB, hardening against
 * signature wrapping, DTDs and oversized messages), SSO-only with a break-glass admin, and login binding of
 * unknown identifiers. {@code security} wires {@link io.skillgate.sso.SsoWebLogin} into the UI's filter chain.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "company", "access", "audit"})
@NullMarked
package io.skillgate.sso;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
