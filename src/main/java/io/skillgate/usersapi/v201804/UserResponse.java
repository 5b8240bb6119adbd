package io.skillgate.usersapi.v201804;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user as the Users API answers it. {@code updatedOn} is ISO-8601 UTC. {@code language} is always there
 * ({@code en} when none was chosen); {@code externalData}, {@code ssoLoginMode} and {@code location} are {@code null}
 * when not set. {@code lastSignInOn} and {@code lastActivityOn} (the last signed-in UI request, to within 5 minutes)
 * are ours, not SR's; {@code null}: never.
 */
public record UserResponse(@JsonProperty("id") String id,
                           @JsonProperty("email") String email,
                           @JsonProperty("firstName") String firstName,
                           @JsonProperty("lastName") String lastName,
                           @JsonProperty("systemRole") NamedRef systemRole,
                           @JsonProperty("externalData") String externalData,
                           @JsonProperty("ssoIdentifier") String ssoIdentifier,
                           @JsonProperty("ssoLoginMode") String ssoLoginMode,
                           @JsonProperty("language") Language language,
                           @JsonProperty("location") Location location,
                           @JsonProperty("active") boolean active,
                           @JsonProperty("updatedOn") String updatedOn,
                           @JsonProperty("accessGroups") List<NamedRef> accessGroups,
                           @JsonProperty("lastSignInOn") String lastSignInOn,
                           @JsonProperty("lastActivityOn") String lastActivityOn) {

    public UserResponse {
        accessGroups = List.copyOf(accessGroups);
    }
}
