package io.skillgate.sso;

import org.jspecify.annotations.Nullable;

/**
 * What an admin saves. Which IdP fields count depends on {@code source}: the metadata URL, the metadata XML, or
 * entity id + SSO URL + one or two certificates (PEM or base64 DER).
 */
public record SaveSsoSettingsCommand(boolean enabled, IdpSource source, @Nullable String metadataUrl,
                                     @Nullable String metadataXml, @Nullable String idpEntityId,
                                     @Nullable String idpSsoUrl, @Nullable String certificate1,
                                     @Nullable String certificate2, SignatureAlgorithm signatureAlgorithm,
                                     NameIdFormat nameIdFormat, boolean idpInitiatedAllowed,
                                     boolean loginBindingAllowed, boolean ssoOnly, @Nullable String breakGlassEmail) {
}
