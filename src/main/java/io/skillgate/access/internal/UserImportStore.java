package io.skillgate.access.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.skillgate.access.SystemRole;
import io.skillgate.access.internal.UserImportPlan.Change;
import io.skillgate.access.internal.UserImportPlan.ExistingUser;
import io.skillgate.access.internal.UserImportPlan.Snapshot;
import io.skillgate.base.CompanyId;

/**
 * The import's reads and writes in plain JDBC: one query per table for the company's state, and per chunk one
 * multi-row INSERT for new users, one batch of UPDATEs and one multi-row INSERT IGNORE for group memberships
 * (10,000 JPA saves would take far longer). Joins the caller's transaction.
 */
@Component
public class UserImportStore {

    /** Rows per multi-row statement or IN list. */
    static final int ROWS = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UserImportStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Snapshot snapshot(CompanyId companyId, Collection<String> emails) {
        Map<Long, Set<Long>> memberships = new HashMap<>();
        jdbc.sql("SELECT m.user_id, m.group_id FROM access_group_members m JOIN access_groups g ON g.id = m.group_id"
                + " WHERE g.company_id = ?").param(companyId.value()).query((rs, n) -> memberships
                .computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2))).list();
        Map<String, ExistingUser> users = new HashMap<>();
        Map<String, Long> identifiers = new HashMap<>();
        jdbc.sql("SELECT id, email, first_name, last_name, system_role, active, sso_identifier FROM portal_users"
                + " WHERE company_id = ?").param(companyId.value()).query((rs, n) -> {
                    ExistingUser user = new ExistingUser(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), SystemRole.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getString(7),
                            memberships.getOrDefault(rs.getLong(1), Set.of()));
                    users.put(user.email(), user);
                    if (user.ssoIdentifier() != null) {
                        identifiers.put(user.ssoIdentifier(), user.id());
                    }
                    return user;
                }).list();
        Map<String, Long> groups = new HashMap<>();
        jdbc.sql("SELECT id, name FROM access_groups WHERE company_id = ?").param(companyId.value())
                .query((rs, n) -> groups.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1))).list();
        Set<String> elsewhere = new HashSet<>();
        List<String> all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += ROWS) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + ROWS));
            elsewhere.addAll(jdbc.sql("SELECT LOWER(email) FROM portal_users WHERE (company_id IS NULL OR company_id <> ?)"
                    + " AND email IN (" + marks(chunk.size(), "?") + ")").param(companyId.value())
                    .params(new ArrayList<Object>(chunk)).query(String.class).list());
        }
        return new Snapshot(users, identifiers, groups, elsewhere);
    }

    /** Writes the changes of one chunk (at most {@link #ROWS}); new users get their ids from the database. */
    public void write(CompanyId companyId, List<Change> changes, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Change> creates = changes.stream().filter(change -> change.userId() == null).toList();
        List<Change> updates = changes.stream().filter(change -> change.userId() != null).toList();
        Map<String, Long> ids = new HashMap<>();
        if (!creates.isEmpty()) {
            List<Object> params = new ArrayList<>(creates.size() * 9);
            for (Change c : creates) {
                Collections.addAll(params, companyId.value(), c.email(), c.firstName(), c.lastName(), c.role().name(),
                        c.active(), at, at, c.ssoIdentifier());
            }
            jdbc.sql("INSERT INTO portal_users (company_id, email, first_name, last_name, system_role, active,"
                    + " created_at, updated_at, sso_identifier) VALUES " + marks(creates.size(),
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?)")).params(params).update();
            jdbc.sql("SELECT id, email FROM portal_users WHERE company_id = ? AND email IN ("
                    + marks(creates.size(), "?") + ")").param(companyId.value())
                    .params(creates.stream().map(Change::email).map(Object.class::cast).toList())
                    .query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("UPDATE portal_users SET first_name = ?, last_name = ?, system_role = ?, active = ?,"
                    + " sso_identifier = ?, updated_at = ?, version = version + 1 WHERE id = ? AND company_id = ?",
                    updates.stream().map(c -> new Object[] {c.firstName(), c.lastName(), c.role().name(), c.active(),
                            c.ssoIdentifier(), at, c.userId(), companyId.value()}).toList());
        }
        List<Object> members = new ArrayList<>();
        for (Change c : changes) {
            long userId = c.userId() != null ? c.userId() : ids.get(c.email());
            c.addGroups().forEach(group -> Collections.addAll(members, group, userId));
        }
        for (int from = 0; from < members.size(); from += 2 * ROWS) {
            List<Object> chunk = members.subList(from, Math.min(members.size(), from + 2 * ROWS));
            jdbc.sql("INSERT IGNORE INTO access_group_members (group_id, user_id) VALUES "
                    + marks(chunk.size() / 2, "(?, ?)")).params(chunk).update();
        }
    }

    private static String marks(int count, String mark) {
        return String.join(", ", Collections.nCopies(count, mark));
    }
}
