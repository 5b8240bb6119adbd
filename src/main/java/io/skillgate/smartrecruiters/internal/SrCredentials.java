package io.skillgate.smartrecruiters.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;

/** The body of the integration call and of its answer: {@code {clientId, clientSecret}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SrCredentials(@Nullable String clientId, @Nullable String clientSecret) {

    @Override
    public String toString() {
        return "SrCredentials[clientId=" + clientId + ", clientSecret=****]";
    }
}
