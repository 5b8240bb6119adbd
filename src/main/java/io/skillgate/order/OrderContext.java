package io.skillgate.order;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What SR tells about an order's candidate, job and hiring team, as fetched at {@code fetchedAt}. */
public record OrderContext(@Nullable Candidate candidate, @Nullable Job job, List<TeamMember> hiringTeam,
                           Instant fetchedAt) {

    public OrderContext {
        hiringTeam = List.copyOf(hiringTeam);
    }

    public record Candidate(@Nullable String firstName, @Nullable String lastName, @Nullable String email) {
    }

    public record Job(String id, @Nullable String title, @Nullable String refNumber, @Nullable String status,
                      @Nullable String department, @Nullable String city, @Nullable String countryCode) {
    }

    /** SR's user id and role in the job's hiring team. */
    public record TeamMember(String id, String role) {
    }

    /**
     * An order whose context is still to be fetched.
     *
     * @param attempts how many fetches failed so far
     */
    public record Request(io.skillgate.base.CompanyId companyId, String orderId, @Nullable String candidateSrId,
                          @Nullable String jobId, int attempts) {
    }
}
