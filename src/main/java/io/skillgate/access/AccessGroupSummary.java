package io.skillgate.access;

import java.util.Set;

/**
 * An access group: who is in it and which packages (public ids) its members may order and see.
 */
public record AccessGroupSummary(long id, String name, Set<Long> memberIds, Set<String> packageIds) {

    public AccessGroupSummary {
        memberIds = Set.copyOf(memberIds);
        packageIds = Set.copyOf(packageIds);
    }
}
