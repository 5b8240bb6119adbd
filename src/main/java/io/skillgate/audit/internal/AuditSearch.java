package io.skillgate.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.skillgate.audit.AuditEventDetails;
import io.skillgate.audit.AuditQuery;
import io.skillgate.base.CompanyId;

/**
 * The audit screen's reads, in SQL: one page at a time, counted separately, or streamed for the CSV export; newest
 * first ({@code occurred_at, id}, served by the indexes {@code (company_id, occurred_at)} and {@code (occurred_at)}).
 * The caller passes the company scope already decided; {@code null} means every company (operators only).
 */
@Component
public class AuditSearch {

    private static final String COLUMNS = "e.id, e.occurred_at, e.company_id, e.actor, e.action, e.detail, "
            + "e.remote_address";
    private static final String NEWEST_FIRST = " ORDER BY e.occurred_at DESC, e.id DESC";

    private final NamedParameterJdbcTemplate jdbc;

    AuditSearch(JdbcTemplate jdbc) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
    }

    public List<AuditEventDetails> page(@Nullable CompanyId scope, AuditQuery query, int offset, int limit) {
        Where where = where(scope, query);
        where.params.addValue("limit", limit).addValue("offset", offset);
        List<AuditEventDetails> rows = new ArrayList<>();
        jdbc.query("SELECT " + COLUMNS + " FROM audit_events e WHERE " + where.sql + NEWEST_FIRST
                + " LIMIT :limit OFFSET :offset", where.params, rs -> {
                    rows.add(row(rs));
                });
        return rows;
    }

    public long count(@Nullable CompanyId scope, AuditQuery query) {
        Where where = where(scope, query);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_events e WHERE " + where.sql, where.params,
                Long.class);
        return count == null ? 0 : count;
    }

    /** Every matching event, newest first, streamed (for the export; nothing is held in memory). */
    public void forEach(@Nullable CompanyId scope, AuditQuery query, Consumer<AuditEventDetails> action) {
        Where where = where(scope, query);
        jdbc.query("SELECT " + COLUMNS + " FROM audit_events e WHERE " + where.sql + NEWEST_FIRST, where.params,
                rs -> {
                    action.accept(row(rs));
                });
    }

    private record Where(String sql, MapSqlParameterSource params) {
    }

    private static Where where(@Nullable CompanyId scope, AuditQuery query) {
        StringBuilder sql = new StringBuilder("1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (scope != null) {
            sql.append(" AND e.company_id = :company");
            params.addValue("company", scope.value());
        }
        if (query.action() != null) {
            sql.append(" AND e.action LIKE :action");
            params.addValue("action", literal(query.action()) + "%");
        }
        if (query.actor() != null) {
            sql.append(" AND e.actor LIKE :actor");
            params.addValue("actor", literal(query.actor()) + "%");
        }
        if (query.text() != null) {
            sql.append(" AND e.detail LIKE :text");
            params.addValue("text", "%" + literal(query.text()) + "%");
        }
        if (query.from() != null) {
            sql.append(" AND e.occurred_at >= :from");
            params.addValue("from", utc(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND e.occurred_at < :to");
            params.addValue("to", utc(query.to()));
        }
        return new Where(sql.toString(), params);
    }

    /** The user's text inside a LIKE pattern, taken literally: {@code \}, {@code %} and {@code _} escaped. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Hibernate stores instants as UTC date-times ({@code hibernate.jdbc.time_zone=UTC}); so do we. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEventDetails row(ResultSet rs) throws SQLException {
        long company = rs.getLong("company_id");
        CompanyId companyId = rs.wasNull() ? null : new CompanyId(company);
        return new AuditEventDetails(rs.getLong("id"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), companyId,
                rs.getString("actor"), rs.getString("action"), rs.getString("detail"),
                rs.getString("remote_address"));
    }
}
