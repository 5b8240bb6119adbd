package io.skillgate.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.base.Viewer;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageDetails;

/**
 * The dashboard's figures ({@link OrderStatistics}): aggregated in MariaDB (three grouped queries over the covering
 * index {@code ix_assessment_orders_statistics}; medians from a per-minute histogram, in one read-only transaction so they see the same snapshot), never
 * by loading orders into Java. A period is a range of whole days in the viewer's time zone; an order belongs to the
 * day it was received. What the viewer may not see (another company, a package outside its set) is never counted.
 */
@Service
@Transactional(readOnly = true)
public class OrderStatisticsService {

    /** The longest period one request may cover (about two years), which bounds the work of one request. */
    public static final int MAX_DAYS = 731;

    // ORDER BY NULL: MariaDB would otherwise sort the groups, which nothing here needs
    private static final String COUNTS = "SELECT package_id, status, COUNT(*) AS n FROM assessment_orders WHERE %s "
            + "GROUP BY package_id, status ORDER BY NULL";
    // the completion times as a histogram of whole minutes per package, from which Java reads the medians (the
    // overall one from the packages' histograms added up): one grouping pass, where MariaDB's MEDIAN() window
    // function took 5 times as long on 450,000 orders (bench/dashboard.sh)
    private static final String DURATIONS = "SELECT package_id, TIMESTAMPDIFF(MINUTE, received_at, completed_at) AS m, "
            + "COUNT(*) AS n FROM assessment_orders WHERE %s AND status = 'COMPLETED' AND completed_at IS NOT NULL "
            + "GROUP BY package_id, m ORDER BY NULL";
    // buckets of whole hours (or quarter hours) from the period's start, which the time zone's midnights fall on; the
    // database has no time zone tables to rely on, so Java maps each bucket to its local day
    private static final String BUCKETS = "SELECT TIMESTAMPDIFF(SECOND, :start, received_at) DIV :bucket AS b, "
            + "COUNT(*) AS n FROM assessment_orders WHERE %s GROUP BY b ORDER BY NULL";

    private final NamedParameterJdbcTemplate jdbc;
    private final CatalogService catalog;
    private final Clock clock;

    OrderStatisticsService(NamedParameterJdbcTemplate jdbc, CatalogService catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Today in this time zone (the end of the "last N days" periods). */
    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * The figures of the orders received from {@code from} to {@code to} (both inclusive, days in {@code zone})
     * that the viewer sees.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the period exceeds {@link #MAX_DAYS}
     */
    public OrderStatistics statistics(Viewer viewer, LocalDate from, LocalDate to, ZoneId zone) {
        long dayCount = ChronoUnit.DAYS.between(from, to) + 1;
        if (dayCount < 1 || dayCount > MAX_DAYS) {
            throw new IllegalArgumentException("A period has 1 to " + MAX_DAYS + " days: " + from + " to " + to);
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        if (viewer.packageIds() != null && viewer.packageIds().isEmpty()) {
            return new OrderStatistics(from, to, zone, new OrderStatistics.Figures(Map.of(), null, null), List.of(),
                    days(perDay));
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("company", viewer.companyId().value())
                .addValue("start", utc(start))
                .addValue("end", utc(end))
                .addValue("bucket", bucketSeconds(zone, start, end));
        String where = "company_id = :company AND received_at >= :start AND received_at < :end";
        if (viewer.packageIds() != null) {
            where += " AND package_id IN (:packages)";
            parameters.addValue("packages", viewer.packageIds());
        }

        Map<String, Map<OrderStatus, Long>> counts = new HashMap<>();
        jdbc.query(COUNTS.formatted(where), parameters, row -> {
            String packageId = row.getString("package_id");
            counts.computeIfAbsent(packageId, p -> new EnumMap<>(OrderStatus.class))
                    .merge(OrderStatus.valueOf(row.getString("status")), row.getLong("n"), Long::sum);
        });
        Map<String, TreeMap<Long, Long>> minutes = new HashMap<>();
        TreeMap<Long, Long> allMinutes = new TreeMap<>();
        jdbc.query(DURATIONS.formatted(where), parameters, row -> {
            String packageId = row.getString("package_id");
            long minute = row.getLong("m");
            long n = row.getLong("n");
            minutes.computeIfAbsent(packageId, p -> new TreeMap<>()).merge(minute, n, Long::sum);
            allMinutes.merge(minute, n, Long::sum);
        });
        long bucket = (long) parameters.getValue("bucket");
        jdbc.query(BUCKETS.formatted(where), parameters, row -> {
            LocalDate day = LocalDate.ofInstant(start.plusSeconds(row.getLong("b") * bucket), zone);
            long orders = row.getLong("n");
            perDay.computeIfPresent(day, (d, n) -> n + orders);
        });

        Map<OrderStatus, Long> totals = new EnumMap<>(OrderStatus.class);
        List<OrderStatistics.PackageFigures> packages = new ArrayList<>();
        counts.forEach((packageId, byStatus) -> {
            byStatus.forEach((status, n) -> totals.merge(status, n, Long::sum));
            packages.add(new OrderStatistics.PackageFigures(packageId, name(viewer, packageId),
                    figures(byStatus, median(minutes.get(packageId)))));
        });
        packages.sort(Comparator.comparingLong((OrderStatistics.PackageFigures p) -> -p.figures().orders())
                .thenComparing(OrderStatistics.PackageFigures::name));
        return new OrderStatistics(from, to, zone, figures(totals, median(allMinutes)), packages, days(perDay));
    }

    private String name(Viewer viewer, String packageId) {
        return catalog.find(viewer.companyId(), packageId).map(PackageDetails::name).orElse(packageId);
    }

    private static OrderStatistics.Figures figures(Map<OrderStatus, Long> byStatus, @Nullable Duration median) {
        long completed = byStatus.getOrDefault(OrderStatus.COMPLETED, 0L);
        long decided = completed + byStatus.getOrDefault(OrderStatus.EXPIRED, 0L)
                + byStatus.getOrDefault(OrderStatus.REJECTED, 0L);
        return new OrderStatistics.Figures(byStatus, decided == 0 ? null : completed / (double) decided,
                completed == 0 ? null : median);
    }

    private static List<OrderStatistics.DayCount> days(Map<LocalDate, Long> perDay) {
        return perDay.entrySet().stream().map(e -> new OrderStatistics.DayCount(e.getKey(), e.getValue())).toList();
    }

    /**
     * The median of a histogram (value → how often), the mean of the two middle values for an even count (as SQL's
     * MEDIAN / PERCENTILE_CONT(0.5)); in whole minutes, rounded down, with half minutes from the mean.
     */
    static @Nullable Duration median(@Nullable NavigableMap<Long, Long> histogram) {
        long count = histogram == null ? 0 : histogram.values().stream().mapToLong(Long::longValue).sum();
        if (histogram == null || count == 0) {
            return null;
        }
        long lowRank = (count - 1) / 2;
        long highRank = count / 2;
        long seen = 0;
        Long low = null;
        for (Map.Entry<Long, Long> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (low == null && seen > lowRank) {
                low = entry.getKey();
            }
            if (seen > highRank) {
                return Duration.ofSeconds((low + entry.getKey()) * 30);
            }
        }
        throw new IllegalStateException("unreachable: the ranks are below the count");
    }

    /** Times are stored as UTC DATETIME ({@code hibernate.jdbc.time_zone=UTC}). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * The widest bucket (an hour, a quarter of an hour or a minute) that every UTC offset of the zone within the
     * period is a multiple of, so each bucket falls inside one local day, daylight saving changes included.
     */
    static long bucketSeconds(ZoneId zone, Instant start, Instant end) {
        List<Integer> offsets = new ArrayList<>();
        offsets.add(zone.getRules().getOffset(start).getTotalSeconds());
        ZoneOffsetTransition next = zone.getRules().nextTransition(start);
        while (next != null && next.getInstant().isBefore(end)) {
            offsets.add(next.getOffsetAfter().getTotalSeconds());
            next = zone.getRules().nextTransition(next.getInstant());
        }
        for (long bucket : new long[] {3600, 900, 60}) {
            if (offsets.stream().allMatch(offset -> offset % bucket == 0)) {
                return bucket;
            }
        }
        return 1;
    }
}
