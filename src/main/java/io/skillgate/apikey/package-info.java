/**
 * API keys of a company: named credentials with scopes for the machine APIs (the Users API first). The caller
 * holds {@code sgk_<public id>_<secret>}, shown once at creation; only a SHA-256 hash of the secret is stored and
 * compared in constant time. Keys are revocable; their last use is recorded at most once a minute. Only company
 * admins manage them ({@code apikey.ui.ApiKeysView}); {@code security} authenticates requests with
 * {@link io.skillgate.apikey.ApiKeyService#authenticate}.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "company", "access", "audit"})
@NullMarked
package io.skillgate.apikey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
