package io.skillgate.access;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a company's users by id.
 *
 * @param nextAfterId pass as {@code afterId} for the next page; {@code null} on the last page
 */
public record UserPage(List<UserSummary> users, @Nullable Long nextAfterId) {

    public UserPage {
        users = List.copyOf(users);
    }
}
