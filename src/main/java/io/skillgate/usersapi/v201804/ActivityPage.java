package io.skillgate.usersapi.v201804;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /activity}: one page by id; pass {@code nextPageId} as {@code pageId} for the next, {@code null} at the end. */
public record ActivityPage(@JsonProperty("limit") int limit, @JsonProperty("nextPageId") String nextPageId,
                           @JsonProperty("content") List<ActivityEvent> content) {

    public ActivityPage {
        content = List.copyOf(content);
    }
}
