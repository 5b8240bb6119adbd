package io.skillgate.smartrecruiters.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.stereotype.Component;

import io.skillgate.base.CompanyId;
import io.skillgate.connection.ConnectionActivity;
import io.skillgate.smartrecruiters.DeliveryKind;
import io.skillgate.smartrecruiters.DeliveryState;
import io.skillgate.smartrecruiters.domain.ResultDelivery;
import io.skillgate.smartrecruiters.domain.ResultDeliveryRepository;

/** The connection page's "last result pushed" and "last delivery error" (a given-up push, or one being retried). */
@Component
class ResultConnectionActivity implements ConnectionActivity {

    static final String LAST_PUSHED = "Last result pushed";
    static final String LAST_ERROR = "Last delivery error";

    private final ResultDeliveryRepository deliveries;
    private final JdbcTemplate jdbc;

    ResultConnectionActivity(ResultDeliveryRepository deliveries, JdbcTemplate jdbc) {
        this.deliveries = deliveries;
        this.jdbc = jdbc;
    }

    /** The last push and the last error (given up, or being retried) per company, in one grouped query. */
    @Override
    public Map<CompanyId, List<Fact>> factsOfAll() {
        Map<CompanyId, List<Fact>> facts = new HashMap<>();
        jdbc.query("SELECT company_id, MAX(IF(state = 'DELIVERED', delivered_at, NULL)) AS pushed, "
                + "MAX(IF(state <> 'DELIVERED' AND last_error IS NOT NULL, last_attempt_at, NULL)) AS failed "
                + "FROM result_deliveries GROUP BY company_id", row -> {
                    facts.put(new CompanyId(row.getLong("company_id")), List.of(
                            new Fact(20, LAST_PUSHED, instant(row.getObject("pushed", LocalDateTime.class)), null),
                            new Fact(21, LAST_ERROR, instant(row.getObject("failed", LocalDateTime.class)), null)));
                });
        return facts;
    }

    /** Times are stored as UTC DATETIME. */
    private static @Nullable Instant instant(@Nullable LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    @Override
    public List<Fact> facts(CompanyId companyId) {
        long company = companyId.value();
        Fact pushed = deliveries.findFirstByCompanyIdAndStateOrderByIdDesc(company, DeliveryState.DELIVERED)
                .map(d -> new Fact(20, LAST_PUSHED, d.getDeliveredAt(), d.getSrStatus() + " of order "
                        + d.getOrderId() + (d.getKind() == DeliveryKind.ATTACHMENT
                        ? " (PDF)" : "")))
                .orElse(new Fact(20, LAST_PUSHED, null, "none yet"));
        ResultDelivery failed = deliveries.findFirstByCompanyIdAndStateAndLastErrorNotNullOrderByIdDesc(company,
                DeliveryState.FAILED).orElse(null);
        ResultDelivery retrying = deliveries.findFirstByCompanyIdAndStateAndLastErrorNotNullOrderByIdDesc(company,
                DeliveryState.PENDING).orElse(null);
        ResultDelivery newest = failed == null ? retrying : retrying == null ? failed
                : failed.requireId() > retrying.requireId() ? failed : retrying;
        Fact error = newest == null ? new Fact(21, LAST_ERROR, null, "none")
                : new Fact(21, LAST_ERROR, newest.getLastAttemptAt(), newest.getSrStatus() + " of order "
                + newest.getOrderId() + (newest.getState() == DeliveryState.FAILED ? " (given up, "
                : " (retrying, ") + newest.getAttempts() + " attempt(s)): " + newest.getLastError());
        return List.of(pushed, error);
    }
}
