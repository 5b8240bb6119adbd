package io.skillgate.smartrecruiters.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;

@JsonIgnoreProperties(ignoreUnknown = true)
record SrCandidate(@Nullable String id, @Nullable String firstName, @Nullable String lastName,
                   @Nullable String email) {
}
