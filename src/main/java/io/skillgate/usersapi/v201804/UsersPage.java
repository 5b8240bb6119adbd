package io.skillgate.usersapi.v201804;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /users}: one page; pass {@code nextPageId} as {@code pageId} for the next, {@code null} at the end. */
public record UsersPage(@JsonProperty("limit") int limit, @JsonProperty("nextPageId") String nextPageId,
                        @JsonProperty("content") List<UserResponse> content) {

    public UsersPage {
        content = List.copyOf(content);
    }
}
