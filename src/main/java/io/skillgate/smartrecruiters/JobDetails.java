package io.skillgate.smartrecruiters;

import org.jspecify.annotations.Nullable;

/** What SR tells about a job ({@code GET /jobs/{jobId}}), flattened. */
public record JobDetails(String id, @Nullable String title, @Nullable String refNumber, @Nullable String status,
                         @Nullable String department, @Nullable String city, @Nullable String countryCode) {
}
