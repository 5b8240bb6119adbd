package io.skillgate.smartrecruiters;

import org.jspecify.annotations.Nullable;

/** What SR tells about a candidate ({@code GET /candidates/{id}}). */
public record CandidateDetails(String id, @Nullable String firstName, @Nullable String lastName,
                               @Nullable String email) {
}
