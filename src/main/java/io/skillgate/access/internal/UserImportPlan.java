package io.skillgate.access.internal;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.skillgate.access.SystemRole;
import io.skillgate.access.UserImportResult;

/** The types a user import is planned with: the company as it is, and what each valid line changes. */
public final class UserImportPlan {

    private UserImportPlan() {
    }

    /** A user of the importing company as stored. */
    public record ExistingUser(long id, String email, String firstName, String lastName, SystemRole role,
                               boolean active, @Nullable String ssoIdentifier, Set<Long> groupIds) {
    }

    /**
     * What the import checks lines against.
     *
     * @param users             the company's users by e-mail
     * @param identifierHolders explicit SSO identifiers of the company's users (exact) → user id
     * @param groups            the company's access groups by lower-case name → id
     * @param emailsElsewhere   e-mails of the file that belong to another company or an operator
     */
    public record Snapshot(Map<String, ExistingUser> users, Map<String, Long> identifierHolders,
                           Map<String, Long> groups, Set<String> emailsElsewhere) {
    }

    /**
     * A write for one valid line: {@code userId == null} creates the user; otherwise it is updated to these values.
     *
     * @param addGroups access groups the user is to be added to
     * @param detail    the audit entry's text
     */
    public record Change(@Nullable Long userId, String email, String firstName, String lastName, SystemRole role,
                         boolean active, @Nullable String ssoIdentifier, Set<Long> addGroups, String detail) {
    }

    /** A line's outcome, and its write when it is {@code CREATED} or {@code UPDATED}. */
    public record Planned(UserImportResult result, @Nullable Change change) {
    }
}
