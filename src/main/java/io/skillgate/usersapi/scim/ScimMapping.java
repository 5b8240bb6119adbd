package io.skillgate.usersapi.scim;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.skillgate.access.AccessGroupSummary;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserSummary;

/** Our users and access groups as SCIM resources; locations are absolute URLs under this request's host. */
final class ScimMapping {

    private ScimMapping() {
    }

    static String location(String type, long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(Scim.BASE + "/" + type + "/" + id)
                .build().toUriString();
    }

    static ScimResources.User user(UserSummary user, List<AccessGroupSummary> groups) {
        List<ScimResources.Ref> memberOf = groups.stream().filter(group -> group.memberIds().contains(user.id()))
                .sorted(Comparator.comparing(AccessGroupSummary::name))
                .map(group -> new ScimResources.Ref(Long.toString(group.id()), group.name(),
                        location("Groups", group.id())))
                .toList();
        return new ScimResources.User(List.of(Scim.USER), Long.toString(user.id()), user.scimExternalId(),
                user.email(),
                new ScimResources.Name(user.firstName(), user.lastName(), user.displayName()), user.displayName(),
                List.of(new ScimResources.Email(user.email(), "work", true)), user.active(),
                List.of(new ScimResources.Role(user.role().name(), roleDisplay(user.role()), true)),
                memberOf, new ScimResources.Meta("User", user.createdAt().toString(), user.updatedAt().toString(),
                        location("Users", user.id())));
    }

    private static String roleDisplay(SystemRole role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case AUDITOR -> "Auditor";
            default -> "Recruiter";
        };
    }

    /** Access groups keep no change time: their meta has no {@code created}/{@code lastModified}. */
    static ScimResources.Group group(AccessGroupSummary group, boolean withMembers) {
        @Nullable List<ScimResources.Ref> members = !withMembers ? null : group.memberIds().stream().sorted()
                .map(id -> new ScimResources.Ref(Long.toString(id), null, location("Users", id))).toList();
        return new ScimResources.Group(List.of(Scim.GROUP), Long.toString(group.id()), group.name(), members,
                new ScimResources.Meta("Group", null, null, location("Groups", group.id())));
    }
}
