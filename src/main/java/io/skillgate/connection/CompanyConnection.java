package io.skillgate.connection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.skillgate.company.CompanySummary;

/**
 * One line of the operator's list of customer companies: the company and its SmartRecruiters connection, if any.
 *
 * @param status   {@code null} when the company never connected
 * @param activity what other modules report of the connection's traffic (last order, last push, last error)
 */
public record CompanyConnection(CompanySummary company, @Nullable ConnectionStatus status,
                                @Nullable String srCompanyId, @Nullable Instant connectedAt,
                                @Nullable Instant lastTokenIssuedAt, List<ConnectionActivity.Fact> activity) {

    public CompanyConnection {
        activity = List.copyOf(activity);
    }
}
