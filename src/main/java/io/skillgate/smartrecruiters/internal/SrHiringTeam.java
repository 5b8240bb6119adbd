package io.skillgate.smartrecruiters.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;

@JsonIgnoreProperties(ignoreUnknown = true)
record SrHiringTeam(int totalFound, @Nullable List<Member> content) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(@Nullable String id, @Nullable String role) {
    }
}
