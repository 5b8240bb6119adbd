package io.skillgate.access;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.access.domain.PortalUser;
import io.skillgate.access.domain.PortalUserRepository;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageRef;

/**
 * Access groups: a company's admins group users (e.g. by department) and name the packages each group may order
 * and see. The rule, applied everywhere through {@link #viewerOf}: administrators see the whole company; a
 * recruiter sees every package no group names, plus the packages of their own groups — and only those packages'
 * orders. A company without groups (or whose groups name no package) is open to all its users.
 */
@Service
@Transactional(readOnly = true)
public class AccessGroupService {

    /** The longest group name. */
    public static final int MAX_NAME = 100;

    /** The message of a {@code NOT_FOUND} for the group itself (rather than one of the users). */
    public static final String NO_SUCH_GROUP = "No such access group";

    /** Ids per query or insert when adding many members. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final PortalUserRepository users;
    private final CatalogService catalog;
    private final AuditService audit;
    private final Clock clock;

    AccessGroupService(JdbcClient jdbc, PortalUserRepository users, CatalogService catalog, AuditService audit,
                       Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** The company's groups by name, with members and packages. */
    public List<AccessGroupSummary> groups(CompanyId companyId) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM access_groups WHERE company_id = ? ORDER BY name").param(companyId.value())
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        Map<Long, Set<Long>> members = new HashMap<>();
        jdbc.sql("SELECT m.group_id, m.user_id FROM access_group_members m JOIN access_groups g ON g.id = m.group_id"
                + " WHERE g.company_id = ?").param(companyId.value()).query((rs, n) -> members
                .computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2))).list();
        Map<Long, Set<String>> packages = new HashMap<>();
        jdbc.sql("SELECT p.group_id, p.package_id FROM access_group_packages p JOIN access_groups g"
                + " ON g.id = p.group_id WHERE g.company_id = ?").param(companyId.value()).query((rs, n) -> packages
                .computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2))).list();
        return names.entrySet().stream().map(e -> new AccessGroupSummary(e.getKey(), e.getValue(),
                members.getOrDefault(e.getKey(), Set.of()), packages.getOrDefault(e.getKey(), Set.of()))).toList();
    }

    /** What {@code user} may see of their company, read fresh (a change of groups applies at once). */
    public Viewer viewerOf(PortalUserPrincipal user) {
        CompanyId companyId = user.requireCompanyId();
        if (user.role() == SystemRole.ADMIN) {
            return Viewer.wholeCompany(companyId);
        }
        if (user.role() == SystemRole.AUDITOR) {
            return Viewer.auditorOf(companyId);
        }
        List<String[]> restricted = jdbc.sql("SELECT p.package_id, CASE WHEN EXISTS (SELECT 1 FROM"
                + " access_group_members m WHERE m.group_id = g.id AND m.user_id = ?) THEN 'Y' ELSE 'N' END"
                + " FROM access_group_packages p JOIN access_groups g ON g.id = p.group_id WHERE g.company_id = ?")
                .param(user.userId()).param(companyId.value())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        if (restricted.isEmpty()) {
            return Viewer.wholeCompany(companyId);
        }
        Set<String> hidden = restricted.stream().map(r -> r[0]).collect(Collectors.toSet());
        restricted.stream().filter(r -> r[1].equals("Y")).forEach(r -> hidden.remove(r[0]));
        Set<String> visible = catalog.packageRefs(companyId).stream().map(PackageRef::id)
                .filter(id -> !hidden.contains(id)).collect(Collectors.toSet());
        return new Viewer(companyId, visible);
    }

    /** A new, empty group. */
    @Transactional
    public AccessGroupSummary create(PortalUserPrincipal admin, String name) {
        return create(requireAdmin(admin), name, admin.email());
    }

    /** A new, empty group of {@code companyId} (a machine caller, e.g. SCIM); a taken name is {@code INVALID}. */
    @Transactional
    public AccessGroupSummary create(CompanyId companyId, String name, String actor) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new UserException(UserException.Reason.INVALID, "A group needs a name of 1 to " + MAX_NAME + " characters");
        }
        try {
            jdbc.sql("INSERT INTO access_groups (company_id, name, created_at) VALUES (?, ?, ?)")
                    .param(companyId.value()).param(clean)
                    .param(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException e) {
            throw new UserException(UserException.Reason.INVALID, "A group named “" + clean + "” exists already");
        }
        long id = jdbc.sql("SELECT id FROM access_groups WHERE company_id = ? AND name = ?")
                .param(companyId.value()).param(clean).query(Long.class).single();
        audit.record(AuditEntry.of(companyId, actor, "access.group.created", "Created access group " + clean));
        return new AccessGroupSummary(id, clean, Set.of(), Set.of());
    }

    /** Replaces the group's members and packages; every user and package must be the company's own. */
    @Transactional
    public void update(PortalUserPrincipal admin, long groupId, Set<Long> memberIds, Set<String> packageIds) {
        CompanyId companyId = requireAdmin(admin);
        String name = requireGroup(companyId, groupId);
        Set<Long> own = users.findByCompanyIdOrderByLastNameAscFirstNameAsc(companyId.value()).stream()
                .map(PortalUser::requireId).collect(Collectors.toSet());
        if (!own.containsAll(memberIds)) {
            throw new UserException(UserException.Reason.INVALID, "Only users of your company can be members");
        }
        Set<String> ownPackages = catalog.packageRefs(companyId).stream().map(PackageRef::id)
                .collect(Collectors.toSet());
        if (!ownPackages.containsAll(packageIds)) {
            throw new UserException(UserException.Reason.INVALID, "Only your company's packages can be given to a group");
        }
        jdbc.sql("DELETE FROM access_group_members WHERE group_id = ?").param(groupId).update();
        jdbc.sql("DELETE FROM access_group_packages WHERE group_id = ?").param(groupId).update();
        for (Long userId : memberIds) {
            jdbc.sql("INSERT INTO access_group_members (group_id, user_id) VALUES (?, ?)").param(groupId)
                    .param(userId).update();
        }
        for (String packageId : packageIds) {
            jdbc.sql("INSERT INTO access_group_packages (group_id, package_id) VALUES (?, ?)").param(groupId)
                    .param(packageId).update();
        }
        audit.record(AuditEntry.of(companyId, admin.email(), "access.group.changed", "Access group " + name + ": "
                + memberIds.size() + " members, " + packageIds.size() + " packages"));
    }

    /** Deletes the group; its packages become open to all unless another group names them. */
    @Transactional
    public void delete(PortalUserPrincipal admin, long groupId) {
        CompanyId companyId = requireAdmin(admin);
        deleteGroup(companyId, requireGroup(companyId, groupId), groupId, admin.email());
    }

    /** Deletes a group of {@code companyId} (a machine caller); an unknown group or another company's is {@code NOT_FOUND}. */
    @Transactional
    public void delete(CompanyId companyId, long groupId, String actor) {
        deleteGroup(companyId, groupName(companyId, groupId), groupId, actor);
    }

    private void deleteGroup(CompanyId companyId, String name, long groupId, String actor) {
        jdbc.sql("DELETE FROM access_groups WHERE id = ?").param(groupId).update();
        audit.record(AuditEntry.of(companyId, actor, "access.group.deleted", "Deleted access group " + name));
    }

    /**
     * Adds users to a group of {@code companyId} (those already in it stay). Every id must be a user of the company,
     * else nothing changes; an unknown group or another company's is {@code NOT_FOUND}.
     */
    @Transactional
    public void addMembers(CompanyId companyId, long groupId, Collection<Long> userIds, String actor) {
        String name = groupName(companyId, groupId);
        Set<Long> wanted = new LinkedHashSet<>(userIds);
        if (wanted.isEmpty()) {
            return;
        }
        Set<Long> own = new HashSet<>();
        List<Long> all = List.copyOf(wanted);
        for (int from = 0; from < all.size(); from += CHUNK) {
            own.addAll(users.findIdsInCompany(companyId.value(), all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        if (!own.containsAll(wanted)) {
            throw new UserException(UserException.Reason.NOT_FOUND,
                    "Not every id is a user of your company; nobody was added");
        }
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            var statement = jdbc.sql("INSERT IGNORE INTO access_group_members (group_id, user_id) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?)")));
            for (Long userId : chunk) {
                statement = statement.param(groupId).param(userId);
            }
            statement.update();
        }
        audit.record(AuditEntry.of(companyId, actor, "access.group.changed", "Access group " + name + ": "
                + wanted.size() + " users added"));
    }

    /**
     * Removes one user from a group of {@code companyId}: {@code NOT_FOUND} for an unknown group or another
     * company's, {@code NOT_IN_GROUP} when the user is not a member.
     */
    @Transactional
    public void removeMember(CompanyId companyId, long groupId, long userId, String actor) {
        String name = groupName(companyId, groupId);
        int removed = jdbc.sql("DELETE FROM access_group_members WHERE group_id = ? AND user_id = ?").param(groupId)
                .param(userId).update();
        if (removed == 0) {
            throw new UserException(UserException.Reason.NOT_IN_GROUP, "The user is not in this access group");
        }
        audit.record(AuditEntry.of(companyId, actor, "access.group.changed", "Access group " + name
                + ": user " + userId + " removed"));
    }

    private String groupName(CompanyId companyId, long groupId) {
        return jdbc.sql("SELECT name FROM access_groups WHERE id = ? AND company_id = ?").param(groupId)
                .param(companyId.value()).query(String.class).optional()
                .orElseThrow(() -> new UserException(UserException.Reason.NOT_FOUND, NO_SUCH_GROUP));
    }

    private String requireGroup(CompanyId companyId, long groupId) {
        return jdbc.sql("SELECT name FROM access_groups WHERE id = ? AND company_id = ?").param(groupId)
                .param(companyId.value()).query(String.class).optional()
                .orElseThrow(() -> new UserException(UserException.Reason.INVALID, "No such access group"));
    }

    private static CompanyId requireAdmin(PortalUserPrincipal user) {
        if (user.role() != SystemRole.ADMIN || user.companyId() == null) {
            throw new AccessDeniedException("Only a company's administrators manage its access groups");
        }
        return user.requireCompanyId();
    }
}
