package io.skillgate.usersapi.v201804;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /users}: the fields are checked by the controller, so each problem can name its data path. */
public record UserRequest(@JsonProperty("email") String email,
                          @JsonProperty("firstName") String firstName,
                          @JsonProperty("lastName") String lastName,
                          @JsonProperty("systemRole") SystemRoleRef systemRole,
                          @JsonProperty("ssoIdentifier") String ssoIdentifier) {

    /** A system role by id: {@code ADMIN}, {@code RECRUITER} or {@code AUDITOR}. */
    public record SystemRoleRef(@JsonProperty("id") String id) {
    }
}
