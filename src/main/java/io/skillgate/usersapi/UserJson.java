package io.skillgate.usersapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.skillgate.access.AccessGroupSummary;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserSummary;
import io.skillgate.usersapi.v201804.NamedRef;
import io.skillgate.usersapi.v201804.UserResponse;

/** Users, roles and ids as the Users API writes and reads them. */
final class UserJson {

    private UserJson() {
    }

    static NamedRef role(SystemRole role) {
        return new NamedRef(role.name(), switch (role) {
            case ADMIN -> "Administrator";
            case RECRUITER -> "Recruiter";
            case AUDITOR -> "Auditor";
            case OPERATOR -> "Operator";
        });
    }

    /** A company role by its id ({@code ADMIN}, {@code RECRUITER} or {@code AUDITOR}); empty for anything else. */
    static Optional<SystemRole> companyRole(String id) {
        return SystemRole.companyRole(id);
    }

    /** Our ids are positive numbers; anything else names nothing. */
    static Optional<Long> id(String value) {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id = Long.parseLong(value);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /** Each user's groups by user id. */
    static Map<Long, List<NamedRef>> groupsByUser(List<AccessGroupSummary> groups) {
        Map<Long, List<NamedRef>> result = new HashMap<>();
        for (AccessGroupSummary group : groups) {
            NamedRef ref = new NamedRef(Long.toString(group.id()), group.name());
            group.memberIds().forEach(member -> result.computeIfAbsent(member, id -> new ArrayList<>()).add(ref));
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(NamedRef::name)));
        return result;
    }

    static UserResponse of(UserSummary user, Map<Long, List<NamedRef>> groupsByUser) {
        return new UserResponse(Long.toString(user.id()), user.email(), user.firstName(), user.lastName(),
                role(user.role()), user.profile().externalData(), user.ssoIdentifier(),
                UserProfileJson.ssoLoginMode(user.profile()), UserProfileJson.language(user.profile()),
                UserProfileJson.location(user.profile()), user.active(), user.updatedAt().toString(),
                groupsByUser.getOrDefault(user.id(), List.of()), instant(user.lastSignInAt()),
                instant(user.lastActivityAt()));
    }

    static @Nullable String instant(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
