package io.skillgate.access;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One user line of a bulk import (a CSV row or an item of the batch API), as given: the service checks every field
 * and reports each problem against {@link #line}.
 *
 * @param line          where the line is in its source (the CSV line number, or the 1-based item of a JSON array)
 * @param role          {@code ADMIN}, {@code RECRUITER} or {@code AUDITOR} (any case)
 * @param accessGroups  names of the company's access groups the user must be in (memberships are added, never removed)
 * @param ssoIdentifier the IdP's NameID for the user, exact; {@code null} or blank: not given (new users then sign in
 *                      by SSO with their e-mail address, existing users keep theirs)
 * @param activate      {@code true} or {@code false}; {@code null} or blank: not given (new users start inactive,
 *                      existing users keep their state)
 */
public record UserImportLine(int line, @Nullable String email, @Nullable String firstName, @Nullable String lastName,
                             @Nullable String role, List<String> accessGroups, @Nullable String ssoIdentifier,
                             @Nullable String activate) {

    public UserImportLine {
        accessGroups = List.copyOf(accessGroups);
    }
}
