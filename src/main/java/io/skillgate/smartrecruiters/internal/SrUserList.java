package io.skillgate.smartrecruiters.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;

/** One page of SR's Users API list: {@code {limit, nextPageId, content[]}} (cursor paging). */
@JsonIgnoreProperties(ignoreUnknown = true)
record SrUserList(@Nullable Integer limit, @Nullable String nextPageId, @Nullable List<Item> content) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(@Nullable String id, @Nullable String email, @Nullable String firstName, @Nullable String lastName,
                @Nullable SystemRole systemRole, @Nullable String ssoIdentifier, @Nullable Boolean active) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SystemRole(@Nullable String id, @Nullable String name) {
    }
}
