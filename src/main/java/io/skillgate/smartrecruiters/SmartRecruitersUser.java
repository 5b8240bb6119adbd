package io.skillgate.smartrecruiters;

import org.jspecify.annotations.Nullable;

/**
 * A user of the customer's SR company, as the Users API lists it ({@code GET /user-api/v201804/users}).
 *
 * @param systemRole    the id of SR's system role ({@code ADMINISTRATOR}, {@code EXTENDED}, {@code STANDARD},
 *                      {@code RESTRICTED}, {@code EMPLOYEE} or a custom one); {@code null} when SR sent none
 * @param ssoIdentifier the IdP's NameID for the user, exactly as SR holds it (case-sensitive); {@code null}: none
 */
public record SmartRecruitersUser(String id, @Nullable String email, @Nullable String firstName,
                                  @Nullable String lastName, @Nullable String systemRole,
                                  @Nullable String ssoIdentifier, boolean active) {
}
