package io.skillgate.order.internal;

import java.time.Duration;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.skillgate.base.CompanyId;
import io.skillgate.base.NodeTimer;
import io.skillgate.order.OrderProperties;
import io.skillgate.order.OrderStatus;

/**
 * Live updates across nodes: every {@code skillgate.order.live-update-poll-interval} this node reads the orders and
 * timeline entries stored since its last look (by any node) and tells its screens through {@link OrderBroadcaster},
 * which skips what this node told already. Two primary-key range reads per interval, whatever the traffic.
 * <p>
 * Ids are not handed out in commit order (two transactions, or Galera's per-node auto-increment offsets), so a row
 * can appear below the highest id already read: each look goes back {@link #OVERLAP} ids and skips the ids it has
 * seen. Nothing before this node started is told.
 */
@Component
class OrderChangesOfOtherNodes {

    static final int OVERLAP = 500;
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final OrderBroadcaster broadcaster;
    private final Window orders = new Window();
    private final Window timeline = new Window();

    OrderChangesOfOtherNodes(JdbcTemplate jdbc, OrderBroadcaster broadcaster) {
        this.jdbc = jdbc;
        this.broadcaster = broadcaster;
    }

    /** The ids read so far from one table: what is new is above {@code floor}, or above the highest seen minus the overlap. */
    private static final class Window {
        long floor = -1;
        final NavigableSet<Long> seen = new TreeSet<>();

        long from() {
            return seen.isEmpty() ? floor : Math.max(floor, seen.last() - OVERLAP);
        }

        /** Whether the id is new; remembers it and forgets ids too old to come back. */
        boolean firstSight(long id) {
            boolean first = seen.add(id);
            seen.headSet(seen.last() - 2L * OVERLAP).clear();
            return first;
        }
    }

    /** The reader, every {@code skillgate.order.live-update-poll-interval} on this node (0: never). */
    @Bean
    static NodeTimer orderChangesOfOtherNodesReader(OrderChangesOfOtherNodes reader, OrderProperties properties) {
        return new NodeTimer("order-changes-of-other-nodes", Duration.ZERO, properties.liveUpdatePollInterval(),
                reader::poll);
    }

    /** Reads what was stored since the last look and tells it; the first look only marks where "now" is. */
    synchronized void poll() {
        if (orders.floor < 0 || timeline.floor < 0) {
            broadcaster.otherNodesAreRead();
            orders.floor = maxId("assessment_orders");
            timeline.floor = maxId("order_events");
            return;
        }
        jdbc.query("SELECT id, company_id, public_id FROM assessment_orders WHERE id > ? ORDER BY id LIMIT " + BATCH,
                row -> {
                    if (orders.firstSight(row.getLong(1))) {
                        broadcaster.placedElsewhere(new CompanyId(row.getLong(2)), row.getString(3));
                    }
                }, orders.from());
        jdbc.query("""
                SELECT e.id, e.company_id, o.public_id, e.status,
                       NOT EXISTS (SELECT 1 FROM order_events p
                                   WHERE p.order_id = e.order_id AND p.id < e.id AND p.status = e.status) AS changed
                FROM order_events e JOIN assessment_orders o ON o.id = e.order_id
                WHERE e.id > ? ORDER BY e.id LIMIT\s""" + BATCH,
                row -> {
                    if (timeline.firstSight(row.getLong(1))) {
                        broadcaster.changedElsewhere(new CompanyId(row.getLong(2)), row.getString(3),
                                row.getBoolean(5) ? OrderStatus.valueOf(row.getString(4)) : null);
                    }
                }, timeline.from());
    }

    private long maxId(String table) {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
        return max == null ? 0 : max;
    }
}
