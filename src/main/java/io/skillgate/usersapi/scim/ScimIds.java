package io.skillgate.usersapi.scim;

import java.util.Optional;

/** Our ids in SCIM are the decimal strings of positive numbers; anything else names nothing. */
final class ScimIds {

    private ScimIds() {
    }

    static Optional<Long> parse(String value) {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long id = Long.parseLong(value);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }
}
