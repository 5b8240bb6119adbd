package io.skillgate.order.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.skillgate.base.Viewer;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderQuery;
import io.skillgate.order.OrderSort;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderSummary;
import io.skillgate.order.Score;

/**
 * The orders grid's reads, in SQL: one page at a time (never all rows), counted separately, or streamed for the CSV
 * export. Always limited to the viewer's company and, for a restricted viewer, to the packages they see.
 */
@Component
public class OrderSearch {

    private static final String COLUMNS = "o.public_id, o.kind, o.status, o.package_id, o.candidate_first_name, "
            + "o.candidate_last_name, o.candidate_email, o.job_id, o.job_title, o.received_at, o.completed_at, "
            + "o.score_raw, o.score_min, o.score_max, o.score_label, o.attention";

    private final NamedParameterJdbcTemplate jdbc;
    private final MeterRegistry meters;

    OrderSearch(JdbcTemplate jdbc, MeterRegistry meters) {
        this.meters = meters;
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
    }

    /** One page of the viewer's orders matching the query; {@code packageName} maps a package id to its name. */
    public List<OrderSummary> page(Viewer viewer, OrderQuery query, OrderSort sort, boolean descending, int offset,
                                   int limit, Function<String, String> packageName) {
        List<OrderSummary> rows = new ArrayList<>();
        Where where = where(viewer, query);
        if (where == null) {
            return rows;
        }
        where.params.addValue("limit", limit).addValue("offset", offset);
        timer(offset == 0 ? "first-page" : "page", query).record(() -> jdbc.query("SELECT " + COLUMNS + " FROM assessment_orders o WHERE " + where.sql + " ORDER BY "
                + sort.orderBy(descending) + " LIMIT :limit OFFSET :offset", where.params,
                rs -> {
                    rows.add(row(rs, packageName));
                }));
        return rows;
    }

    /** Whether the viewer has any order at all (the grid's empty state). */
    public boolean any(Viewer viewer) {
        Where where = where(viewer, OrderQuery.ALL);
        return where != null && Boolean.TRUE.equals(timer("exists", OrderQuery.ALL).record(() -> !jdbc.queryForList(
                "SELECT 1 FROM assessment_orders o WHERE " + where.sql + " LIMIT 1", where.params).isEmpty()));
    }

    public long count(Viewer viewer, OrderQuery query) {
        Where where = where(viewer, query);
        if (where == null) {
            return 0;
        }
        Long count = timer("count", query).record(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM assessment_orders o WHERE " + where.sql, where.params, Long.class));
        return count == null ? 0 : count;
    }

    /** Every matching order, streamed in the given order (for the export; nothing is held in memory). */
    public void forEach(Viewer viewer, OrderQuery query, OrderSort sort, boolean descending,
                        Function<String, String> packageName, Consumer<OrderSummary> action) {
        Where where = where(viewer, query);
        if (where == null) {
            return;
        }
        jdbc.query("SELECT " + COLUMNS + " FROM assessment_orders o WHERE " + where.sql + " ORDER BY "
                + sort.orderBy(descending), where.params, rs -> {
                    action.accept(row(rs, packageName));
                });
    }

    /**
     * The grid's database time, for operators and the benchmark: {@code skillgate.orders.grid} by query kind and by
     * filter (none, status only, or other).
     */
    private Timer timer(String kind, OrderQuery query) {
        boolean statusOnly = !query.statuses().isEmpty() && query.packageId() == null && query.job() == null
                && query.candidate() == null && query.from() == null && query.to() == null;
        String filter = query.equals(OrderQuery.ALL) ? "none" : statusOnly ? "status" : "other";
        return Timer.builder("skillgate.orders.grid").description("Orders grid queries").tag("query", kind)
                .tag("filter", filter).publishPercentiles(0.5, 0.99).register(meters);
    }

    private record Where(String sql, MapSqlParameterSource params) {
    }

    /** The condition for the viewer and the query; {@code null} when the viewer can see no order at all. */
    private static @Nullable Where where(Viewer viewer, OrderQuery query) {
        StringBuilder sql = new StringBuilder("o.company_id = :company");
        MapSqlParameterSource params = new MapSqlParameterSource("company", viewer.companyId().value());
        if (viewer.packageIds() != null) {
            if (viewer.packageIds().isEmpty()) {
                return null;
            }
            sql.append(" AND o.package_id IN (:visible)");
            params.addValue("visible", viewer.packageIds());
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" AND o.status IN (:statuses)");
            params.addValue("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.packageId() != null) {
            sql.append(" AND o.package_id = :package");
            params.addValue("package", query.packageId());
        }
        if (query.job() != null) {
            sql.append(" AND (o.job_id = :job OR o.job_title LIKE :jobStart)");
            params.addValue("job", query.job()).addValue("jobStart", startsWith(query.job()));
        }
        if (query.from() != null) {
            sql.append(" AND o.received_at >= :from");
            params.addValue("from", utc(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND o.received_at < :to");
            params.addValue("to", utc(query.to()));
        }
        if (query.candidate() != null) {
            sql.append(" AND (o.candidate_email LIKE :candidate OR o.candidate_last_name LIKE :candidate"
                    + " OR o.candidate_first_name LIKE :candidate)");
            params.addValue("candidate", startsWith(query.candidate()));
        }
        return new Where(sql.toString(), params);
    }

    /** A LIKE pattern for "starts with", the user's own % and _ taken literally. */
    private static String startsWith(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Hibernate stores instants as UTC date-times ({@code hibernate.jdbc.time_zone=UTC}); so do we. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static OrderSummary row(ResultSet rs, Function<String, String> packageName) throws SQLException {
        String packageId = rs.getString("package_id");
        int raw = rs.getInt("score_raw");
        Score score = rs.wasNull() ? null : new Score(raw, rs.getInt("score_min"), rs.getInt("score_max"));
        LocalDateTime completed = rs.getObject("completed_at", LocalDateTime.class);
        return new OrderSummary(rs.getString("public_id"), OrderKind.valueOf(rs.getString("kind")),
                OrderStatus.valueOf(rs.getString("status")), packageId, packageName.apply(packageId),
                rs.getString("candidate_first_name"), rs.getString("candidate_last_name"),
                rs.getString("candidate_email"), rs.getString("job_id"), rs.getString("job_title"),
                rs.getObject("received_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                completed == null ? null : completed.toInstant(ZoneOffset.UTC), score,
                rs.getString("score_label"), rs.getString("attention"));
    }
}
