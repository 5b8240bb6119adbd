package io.skillgate.usersapi.v201804;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /users}: the fields are checked by the controller, so each problem can name its data path.
 * {@code ssoIdentifier} has at most 100 characters here; {@code ssoLoginMode} is {@code SSO} or {@code PASSWORD};
 * {@code externalData} at most 2000 characters.
 */
public record UserRequest(@JsonProperty("email") String email,
                          @JsonProperty("firstName") String firstName,
                          @JsonProperty("lastName") String lastName,
                          @JsonProperty("systemRole") SystemRoleRef systemRole,
                          @JsonProperty("externalData") String externalData,
                          @JsonProperty("ssoIdentifier") String ssoIdentifier,
                          @JsonProperty("ssoLoginMode") String ssoLoginMode,
                          @JsonProperty("language") Language language,
                          @JsonProperty("location") Location location) {

    /** A system role by id: {@code ADMIN}, {@code RECRUITER} or {@code AUDITOR}. */
    public record SystemRoleRef(@JsonProperty("id") String id) {
    }
}
