package io.skillgate.usersapi.v201804;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /users/batch}: what happened (or, with {@code dryRun}, would happen) to each line, in line order.
 * {@code line} is the CSV line number (header = 1) or the 1-based position in the JSON array; {@code outcome} is
 * {@code CREATED}, {@code UPDATED}, {@code UNCHANGED} or {@code ERROR}.
 */
public record UserBatchResponse(@JsonProperty("dryRun") boolean dryRun,
                                @JsonProperty("summary") Summary summary,
                                @JsonProperty("results") List<Line> results) {

    public record Summary(@JsonProperty("created") long created, @JsonProperty("updated") long updated,
                          @JsonProperty("unchanged") long unchanged, @JsonProperty("errors") long errors) {
    }

    public record Line(@JsonProperty("line") int line, @JsonProperty("email") String email,
                       @JsonProperty("outcome") String outcome, @JsonProperty("messages") List<String> messages) {

        public Line {
            messages = List.copyOf(messages);
        }
    }

    public UserBatchResponse {
        results = List.copyOf(results);
    }
}
