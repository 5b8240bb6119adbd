package io.skillgate.usersapi.v201804;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One audit event of the activity feed; {@code occurredAt} is ISO-8601 UTC, {@code remoteAddress} may be null. */
public record ActivityEvent(@JsonProperty("id") String id,
                            @JsonProperty("occurredAt") String occurredAt,
                            @JsonProperty("actor") String actor,
                            @JsonProperty("action") String action,
                            @JsonProperty("detail") String detail,
                            @JsonProperty("remoteAddress") String remoteAddress) {
}
