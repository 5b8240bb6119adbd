/**
 * Composes the security filter chains: a stateless chain for machine endpoints (actuator now; SR's bearer
 * tokens, the Users API's API keys), then the Vaadin UI chain with direct sign-in. Sign-in events go to the audit log.
 * The login view is {@code security.ui.LoginView}. Nothing depends on this module.
 */
@ApplicationModule(allowedDependencies = {"base", "access", "apikey", "audit", "connection", "sso"})
@NullMarked
package io.skillgate.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
