package io.skillgate.usersapi.v201804;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a user works. {@code countryCode} (ISO 3166-1 alpha-2, answered in upper case) and {@code city} are
 * required; the other parts may be {@code null}.
 */
public record Location(@JsonProperty("countryCode") String countryCode,
                       @JsonProperty("city") String city,
                       @JsonProperty("regionCode") String regionCode,
                       @JsonProperty("address") String address,
                       @JsonProperty("postalCode") String postalCode) {
}
