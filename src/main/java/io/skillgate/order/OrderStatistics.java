package io.skillgate.order;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The dashboard's figures for the orders SR placed in a period (by the day they were received, in the viewer's time
 * zone), as far as the viewer may see them.
 *
 * @param from     first day of the period (inclusive)
 * @param to       last day of the period (inclusive)
 * @param total    all visible orders of the period
 * @param packages the same per package, most orders first
 * @param days     orders received per day, every day of the period (zero included), oldest first
 */
public record OrderStatistics(LocalDate from, LocalDate to, ZoneId zone, Figures total, List<PackageFigures> packages,
                              List<DayCount> days) {

    public OrderStatistics {
        packages = List.copyOf(packages);
        days = List.copyOf(days);
    }

    public boolean isEmpty() {
        return total.orders() == 0;
    }

    /**
     * Counts and rates of a set of orders.
     *
     * @param byStatus             orders by their current status; every status is present (zero included)
     * @param completionRate       {@code completed ÷ decided}, where decided are the orders that are no longer open:
     *                             completed, expired or rejected. Orders still received, invited or in progress
     *                             do not count, so a recent period is not pulled down by candidates who still have
     *                             time. {@code null} when no order is decided yet
     * @param medianTimeToComplete median of (completed at − received at) over the completed orders: how long a
     *                             recruiter waits from placing the order in SR to the result. {@code null} when none
     *                             is completed
     */
    public record Figures(Map<OrderStatus, Long> byStatus, @Nullable Double completionRate,
                          @Nullable Duration medianTimeToComplete) {

        public Figures {
            EnumMap<OrderStatus, Long> all = new EnumMap<>(OrderStatus.class);
            for (OrderStatus status : OrderStatus.values()) {
                all.put(status, byStatus.getOrDefault(status, 0L));
            }
            byStatus = java.util.Collections.unmodifiableMap(all);
        }

        public long orders() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        public long completed() {
            return byStatus.get(OrderStatus.COMPLETED);
        }

        /** Orders whose outcome is decided: completed, expired or rejected. */
        public long decided() {
            return completed() + byStatus.get(OrderStatus.EXPIRED) + byStatus.get(OrderStatus.REJECTED);
        }
    }

    /** @param packageId the package's public id; {@code name} falls back to it for a package no longer found */
    public record PackageFigures(String packageId, String name, Figures figures) {
    }

    public record DayCount(LocalDate day, long orders) {
    }
}
