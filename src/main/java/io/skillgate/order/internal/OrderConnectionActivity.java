package io.skillgate.order.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.skillgate.base.CompanyId;
import io.skillgate.connection.ConnectionActivity;

/**
 * The connection page's "last order received": the newest order SR placed for the company (times are stored in UTC,
 * {@code hibernate.jdbc.time_zone}).
 */
@Component
class OrderConnectionActivity implements ConnectionActivity {

    private final JdbcTemplate jdbc;

    OrderConnectionActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Fact> facts(CompanyId companyId) {
        List<Fact> newest = jdbc.query("SELECT public_id, kind, received_at FROM assessment_orders WHERE company_id = ? "
                        + "ORDER BY received_at DESC, id DESC LIMIT 1",
                (row, n) -> new Fact(10, "Last order received", row.getObject("received_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getString("kind").toLowerCase(java.util.Locale.ROOT) + " order "
                                + row.getString("public_id")),
                companyId.value());
        return newest.isEmpty() ? List.of(new Fact(10, "Last order received", null, "none yet")) : newest;
    }

    /** The newest order's time per company: one pass over the index (company_id, received_at, …). */
    @Override
    public Map<CompanyId, List<Fact>> factsOfAll() {
        Map<CompanyId, List<Fact>> facts = new HashMap<>();
        jdbc.query("SELECT company_id, MAX(received_at) AS newest FROM assessment_orders GROUP BY company_id",
                row -> {
                    facts.put(new CompanyId(row.getLong("company_id")), List.of(new Fact(10, "Last order received",
                            row.getObject("newest", LocalDateTime.class).toInstant(ZoneOffset.UTC), null)));
                });
        return facts;
    }
}
