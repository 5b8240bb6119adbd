package io.skillgate.usersapi.scim;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.AccessGroupSummary;
import io.skillgate.access.ChangeUserCommand;
import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.apikey.AuthenticatedApiKey;

/**
 * The SCIM writes that take more than one service call, each in one transaction: a refusal by any call undoes the
 * others (no half-created user, no half-changed group). The services audit every change.
 */
@Component
class ScimWriter {

    private final UserService users;
    private final AccessGroupService groups;

    ScimWriter(UserService users, AccessGroupService groups) {
        this.users = users;
        this.groups = groups;
    }

    /** Creates the user inactive, as everywhere, then activates them when SCIM says {@code active}. */
    @Transactional
    public UserSummary create(AuthenticatedApiKey key, ScimUserFields fields) {
        SystemRole role = fields.role == null ? SystemRole.RECRUITER : fields.role;
        UserSummary created = users.create(new CreateUserCommand(key.companyId(), require(fields.userName),
                require(fields.givenName), require(fields.familyName), role, null, false), key.actor());
        if (fields.externalId != null) {
            users.setScimExternalId(key.companyId(), created.id(), fields.externalId, key.actor());
        }
        if (Boolean.TRUE.equals(fields.active)) {
            users.setActive(key.companyId(), created.id(), true, key.actor());
        }
        return users.findInCompany(key.companyId(), created.id()).orElseThrow();
    }

    /**
     * Names and role through the Users API's change (the SSO identifier and the profile are kept), the externalId,
     * then (de)activation.
     */
    @Transactional
    public UserSummary update(AuthenticatedApiKey key, UserSummary before, ScimUserFields fields) {
        users.change(key.companyId(), before.id(), new ChangeUserCommand(require(fields.givenName),
                require(fields.familyName), fields.role == null ? before.role() : fields.role, before.ssoIdentifier(),
                before.profile()), key.actor());
        users.setScimExternalId(key.companyId(), before.id(), fields.externalId, key.actor());
        if (fields.active != null && fields.active != before.active()) {
            users.setActive(key.companyId(), before.id(), fields.active, key.actor());
        }
        return users.findInCompany(key.companyId(), before.id()).orElseThrow();
    }

    @Transactional
    public AccessGroupSummary createGroup(AuthenticatedApiKey key, String name, Set<Long> members) {
        AccessGroupSummary created = groups.create(key.companyId(), name, key.actor());
        if (!members.isEmpty()) {
            groups.addMembers(key.companyId(), created.id(), members, key.actor());
        }
        return new AccessGroupSummary(created.id(), created.name(), members, Set.of());
    }

    /** Brings the group's members to {@code target}: adds the missing (all must be the company's), removes the rest. */
    @Transactional
    public void setMembers(AuthenticatedApiKey key, AccessGroupSummary group, Set<Long> target) {
        Set<Long> added = new HashSet<>(target);
        added.removeAll(group.memberIds());
        if (!added.isEmpty()) {
            groups.addMembers(key.companyId(), group.id(), added, key.actor());
        }
        for (Long member : group.memberIds()) {
            if (!target.contains(member)) {
                groups.removeMember(key.companyId(), group.id(), member, key.actor());
            }
        }
    }

    private static String require(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw ScimException.badRequest("invalidValue", "userName, name.givenName and name.familyName are required");
        }
        return value;
    }
}
