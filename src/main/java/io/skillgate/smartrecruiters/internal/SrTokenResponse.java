package io.skillgate.smartrecruiters.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/** SR's token answer. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SrTokenResponse(@JsonProperty("access_token") @Nullable String accessToken,
                       @JsonProperty("token_type") @Nullable String tokenType,
                       @JsonProperty("expires_in") long expiresIn) {

    @Override
    public String toString() {
        return "SrTokenResponse[accessToken=****, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
