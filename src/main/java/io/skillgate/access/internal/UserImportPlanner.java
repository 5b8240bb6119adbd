package io.skillgate.access.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserImportLine;
import io.skillgate.access.UserImportResult;
import io.skillgate.access.UserImportResult.Outcome;
import io.skillgate.access.UserService;
import io.skillgate.access.internal.UserImportPlan.Change;
import io.skillgate.access.internal.UserImportPlan.ExistingUser;
import io.skillgate.access.internal.UserImportPlan.Planned;
import io.skillgate.access.internal.UserImportPlan.Snapshot;
import io.skillgate.base.CompanyId;

/**
 * Decides each import line's outcome against the company as it is, writing nothing. A line is checked the way
 * {@code UserService} checks a new user (the same bean validation of {@link CreateUserCommand}, the same SSO
 * identifier rules), plus what only a file can get wrong: an e-mail or SSO identifier on two lines, an unknown
 * access group, an e-mail of another company ("in use", nothing more).
 */
@Component
public class UserImportPlanner {

    static final String IN_USE = "The e-mail address is in use";
    static final String SSO_TAKEN = "Another user of the company already signs in with this SSO identifier";

    private final Validator validator;

    UserImportPlanner(Validator validator) {
        this.validator = validator;
    }

    /** A line's fields, cleaned, with its own problems (those that need no other line and no stored data). */
    private record Checked(UserImportLine line, String email, String firstName, String lastName,
                           @Nullable SystemRole role, @Nullable String ssoIdentifier, @Nullable Boolean activate,
                           List<String> errors) {
    }

    public List<Planned> plan(CompanyId companyId, List<UserImportLine> lines, Snapshot snapshot) {
        List<Checked> checked = lines.stream().map(line -> check(companyId, line, snapshot)).toList();
        Map<String, List<Integer>> linesByEmail = new HashMap<>();
        Map<String, List<Integer>> linesByIdentifier = new HashMap<>();
        Set<String> emailsSignedInByEmail = new java.util.HashSet<>();
        for (Checked c : checked) {
            linesByEmail.computeIfAbsent(c.email(), e -> new ArrayList<>()).add(c.line().line());
            if (c.ssoIdentifier() != null) {
                linesByIdentifier.computeIfAbsent(c.ssoIdentifier(), e -> new ArrayList<>()).add(c.line().line());
            } else {
                ExistingUser existing = snapshot.users().get(c.email());
                if (existing == null || existing.ssoIdentifier() == null) {
                    emailsSignedInByEmail.add(c.email());
                }
            }
        }
        List<Planned> planned = new ArrayList<>(checked.size());
        for (Checked c : checked) {
            List<String> errors = new ArrayList<>(c.errors());
            List<Integer> sameEmail = linesByEmail.get(c.email());
            if (!c.email().isEmpty() && sameEmail.size() > 1) {
                errors.add("The e-mail is on more than one line (lines " + join(sameEmail) + ")");
            }
            if (snapshot.emailsElsewhere().contains(c.email())) {
                errors.add(IN_USE);
            }
            ExistingUser existing = snapshot.users().get(c.email());
            if (c.ssoIdentifier() != null) {
                List<Integer> sameIdentifier = linesByIdentifier.get(c.ssoIdentifier());
                if (sameIdentifier.size() > 1) {
                    errors.add("The SSO identifier is on more than one line (lines " + join(sameIdentifier) + ")");
                } else if (identifierTaken(c, existing, snapshot, emailsSignedInByEmail)) {
                    errors.add(SSO_TAKEN);
                }
            }
            if (!errors.isEmpty() || c.role() == null) {
                planned.add(new Planned(new UserImportResult(c.line().line(), c.email().isEmpty()
                        ? Objects.requireNonNullElse(c.line().email(), "") : c.email(), Outcome.ERROR, errors), null));
            } else {
                planned.add(existing == null ? create(c, snapshot) : update(c, existing, snapshot));
            }
        }
        return planned;
    }

    private Checked check(CompanyId companyId, UserImportLine line, Snapshot snapshot) {
        List<String> errors = new ArrayList<>();
        String email = line.email() == null ? "" : line.email().strip().toLowerCase(Locale.ROOT);
        String firstName = line.firstName() == null ? "" : line.firstName().strip();
        String lastName = line.lastName() == null ? "" : line.lastName().strip();
        String roleName = line.role() == null ? "" : line.role().strip().toUpperCase(Locale.ROOT);
        SystemRole role = SystemRole.companyRole(roleName).orElse(null);
        CreateUserCommand command = new CreateUserCommand(companyId, email, firstName, lastName,
                role == null ? SystemRole.RECRUITER : role, null, false);
        validator.validate(command).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                .forEach(errors::add);
        if (role == null) {
            errors.add("role: one of " + SystemRole.companyRoleNames());
        }
        String identifier = line.ssoIdentifier() == null || line.ssoIdentifier().isBlank() ? null : line.ssoIdentifier();
        if (identifier != null && (identifier.length() > UserService.MAX_SSO_IDENTIFIER_LENGTH || !identifier.equals(identifier.strip())
                || identifier.chars().anyMatch(Character::isISOControl))) {
            errors.add("ssoIdentifier: 1 to " + UserService.MAX_SSO_IDENTIFIER_LENGTH
                    + " characters, no control characters and no surrounding spaces");
        }
        String activateText = line.activate() == null ? "" : line.activate().strip().toLowerCase(Locale.ROOT);
        Boolean activate = activateText.isEmpty() ? null : activateText.equals("true") ? Boolean.TRUE
                : activateText.equals("false") ? Boolean.FALSE : null;
        if (!activateText.isEmpty() && activate == null) {
            errors.add("activate: true, false or empty");
        }
        for (String group : line.accessGroups()) {
            if (!snapshot.groups().containsKey(group.strip().toLowerCase(Locale.ROOT))) {
                errors.add("accessGroups: no access group is named \"" + group.strip() + "\"");
            }
        }
        return new Checked(line, email, firstName, lastName, role, identifier, activate, errors);
    }

    /** The rule of {@code UserService.findForSso}: an explicit identifier, else a user without one whose e-mail it is. */
    private static boolean identifierTaken(Checked c, @Nullable ExistingUser self, Snapshot snapshot,
                                           Set<String> emailsSignedInByEmail) {
        String identifier = Objects.requireNonNull(c.ssoIdentifier());
        if (self != null && identifier.equals(self.ssoIdentifier())) {
            return false;
        }
        Long holder = snapshot.identifierHolders().get(identifier);
        if (holder != null && (self == null || holder != self.id())) {
            return true;
        }
        ExistingUser byEmail = snapshot.users().get(identifier);
        if (byEmail != null && byEmail.ssoIdentifier() == null && (self == null || byEmail.id() != self.id())
                && identifier.equals(byEmail.email())) {
            return true;
        }
        return !identifier.equals(c.email()) && emailsSignedInByEmail.contains(identifier);
    }

    private static Planned create(Checked c, Snapshot snapshot) {
        boolean active = Boolean.TRUE.equals(c.activate());
        Map<Long, String> groups = groupsOf(c, snapshot);
        String detail = "Created " + c.role() + " " + c.email() + (active ? " (active)" : " (inactive)")
                + " by import" + (c.ssoIdentifier() == null ? "" : ", SSO identifier \"" + c.ssoIdentifier() + "\"")
                + (groups.isEmpty() ? "" : ", access groups " + String.join(", ", groups.values()));
        return new Planned(new UserImportResult(c.line().line(), c.email(), Outcome.CREATED, List.of()),
                new Change(null, c.email(), c.firstName(), c.lastName(), Objects.requireNonNull(c.role()), active,
                        c.ssoIdentifier(), groups.keySet(), detail));
    }

    private static Planned update(Checked c, ExistingUser user, Snapshot snapshot) {
        SystemRole role = Objects.requireNonNull(c.role());
        boolean active = c.activate() == null ? user.active() : c.activate();
        String identifier = c.ssoIdentifier() == null ? user.ssoIdentifier() : c.ssoIdentifier();
        Map<Long, String> added = groupsOf(c, snapshot);
        added.keySet().removeAll(user.groupIds());
        List<String> changes = new ArrayList<>();
        if (!c.firstName().equals(user.firstName()) || !c.lastName().equals(user.lastName())) {
            changes.add("name " + (user.firstName() + " " + user.lastName()).strip() + " → "
                    + (c.firstName() + " " + c.lastName()).strip());
        }
        if (role != user.role()) {
            changes.add("role " + user.role() + " → " + role);
        }
        if (!Objects.equals(identifier, user.ssoIdentifier())) {
            changes.add("SSO identifier \"" + identifier + "\"");
        }
        if (active != user.active()) {
            changes.add(active ? "activated" : "deactivated");
        }
        if (!added.isEmpty()) {
            changes.add("added to " + String.join(", ", added.values()));
        }
        if (changes.isEmpty()) {
            return new Planned(new UserImportResult(c.line().line(), c.email(), Outcome.UNCHANGED, List.of()), null);
        }
        return new Planned(new UserImportResult(c.line().line(), c.email(), Outcome.UPDATED, changes),
                new Change(user.id(), c.email(), c.firstName(), c.lastName(), role, active, identifier, added.keySet(),
                        "Changed " + c.email() + " by import: " + String.join(", ", changes)));
    }

    /** The line's groups, id → name as stored, in name order. */
    private static Map<Long, String> groupsOf(Checked c, Snapshot snapshot) {
        Map<String, Long> byName = new TreeMap<>();
        for (String group : c.line().accessGroups()) {
            Long id = snapshot.groups().get(group.strip().toLowerCase(Locale.ROOT));
            if (id != null) {
                byName.put(group.strip(), id);
            }
        }
        Map<Long, String> result = new java.util.LinkedHashMap<>();
        byName.forEach((name, id) -> result.putIfAbsent(id, name));
        return result;
    }

    private static String join(List<Integer> lines) {
        return lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
