package io.skillgate.usersapi;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The Users API's shared query parameters, checked alike everywhere: a bad one is a 400 {@code INVALID_PARAMETER}. */
final class UsersApiParameters {

    private UsersApiParameters() {
    }

    static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw invalid("limit is 1 to " + max);
        }
        return limit;
    }

    /** The id after which a page starts: 0 for none, else a page id this API gave out. */
    static long afterId(@Nullable String pageId) {
        if (pageId == null || pageId.isEmpty()) {
            return 0;
        }
        return UserJson.id(pageId).orElseThrow(() -> invalid("pageId is not a page id this API gave out"));
    }

    /** An ISO-8601 instant, or {@code null} when absent. */
    static @Nullable Instant instant(String name, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " is an ISO-8601 instant, e.g. 2026-11-24T09:00:00Z");
        }
    }

    static UsersApiException invalid(String message) {
        return UsersApiException.of(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", message);
    }
}
