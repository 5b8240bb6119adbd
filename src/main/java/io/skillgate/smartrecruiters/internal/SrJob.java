package io.skillgate.smartrecruiters.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;

@JsonIgnoreProperties(ignoreUnknown = true)
record SrJob(@Nullable String id, @Nullable String title, @Nullable String refNumber, @Nullable String status,
             @Nullable Department department, @Nullable Location location) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Department(@Nullable String id, @Nullable String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Location(@Nullable String countryCode, @Nullable String city) {
    }
}
