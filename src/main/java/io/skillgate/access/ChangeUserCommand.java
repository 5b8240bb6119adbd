package io.skillgate.access;

import org.jspecify.annotations.Nullable;

/**
 * The whole changeable state of a company user, as the Users API's JSON Patch leaves it.
 *
 * @param ssoIdentifier {@code null}: sign in by SSO with the e-mail address
 * @param profile       language, location, login mode and external data, as they are to be stored
 */
public record ChangeUserCommand(String firstName, String lastName, SystemRole role, @Nullable String ssoIdentifier,
                                UserProfile profile) {
}
