package io.skillgate.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.skillgate.base.CompanyId;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderService;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.PlaceOrderCommand;

/**
 * Orders for statistics: placed through {@link OrderService} as SR places them, then moved (in SQL) to the status
 * and times a case needs; how an order gets there is the lifecycle tests' business.
 */
public final class OrderFixture {

    private final OrderService orders;
    private final JdbcTemplate jdbc;

    public OrderFixture(ApplicationContext context) {
        this.orders = context.getBean(OrderService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** Places an order of the package, received at {@code receivedAt}, completed {@code toComplete} later if given. */
    public String order(CompanyId company, String packageId, OrderStatus status, Instant receivedAt,
                        @Nullable Duration toComplete) {
        String srOrderId = UUID.randomUUID().toString();
        String orderId = orders.place(new PlaceOrderCommand(company, OrderKind.REGULAR, srOrderId,
                "https://api.smartrecruiters.com/assessment-api/v202010/orders/" + srOrderId + "/results", packageId,
                "cand-1", "ada+" + srOrderId + "@example.com", "Ada", "Lovelace", "en", "u-1",
                "recruiter@acme.test", "job-1", null, Map.of())).orderId();
        jdbc.update("UPDATE assessment_orders SET status = ?, received_at = ?, completed_at = ? WHERE public_id = ?",
                status.name(), utc(receivedAt), toComplete == null ? null : utc(receivedAt.plus(toComplete)), orderId);
        return orderId;
    }

    /** Times are stored as UTC DATETIME. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
