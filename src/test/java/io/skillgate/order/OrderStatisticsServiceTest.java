package io.skillgate.order;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.support.OrderFixture;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The dashboard's figures on real orders: placed through {@link OrderService} for packages made through the catalog,
 * then moved to the status and times each case needs ({@link OrderFixture}).
 */
@SpringBootTest
class OrderStatisticsServiceTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate DAY1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate DAY3 = DAY1.plusDays(2);

    @Autowired
    private OrderStatisticsService statistics;
    @Autowired
    private CompanyService companies;
    @Autowired
    private ApplicationContext context;

    private PartnerFixture fixture;
    private CompanyId company;
    private PackageDetails java;
    private PackageDetails english;

    @BeforeEach
    void aCompanyWithTwoPackages() {
        fixture = new PartnerFixture(context);
        company = companies.create("Statistics " + UUID.randomUUID(), "test").id();
        java = fixture.addPackage(company, "Java", AssessmentType.SKILL_TEST, "Basics");
        english = fixture.addPackage(company, "English", AssessmentType.SKILL_TEST, "Reading");
    }

    /** Six orders in the period (day 1 to 3) and two outside it. */
    private void sixOrdersInThePeriod() {
        order(company, java, OrderStatus.COMPLETED, at(DAY1, 10, 0), Duration.ofHours(2));
        order(company, java, OrderStatus.COMPLETED, at(DAY1, 11, 0), Duration.ofHours(4));
        order(company, java, OrderStatus.EXPIRED, at(DAY1.plusDays(1), 9, 0), null);
        order(company, java, OrderStatus.IN_PROGRESS, at(DAY3, 23, 59), null);
        order(company, english, OrderStatus.REJECTED, at(DAY3, 0, 0), null);
        order(company, english, OrderStatus.COMPLETED, at(DAY3, 8, 0), Duration.ofHours(1));
        order(company, java, OrderStatus.COMPLETED, at(DAY1.minusDays(1), 23, 59), Duration.ofMinutes(1));
        order(company, english, OrderStatus.COMPLETED, at(DAY3.plusDays(1), 0, 0), Duration.ofMinutes(1));
    }

    @Test
    void countsByStatusCompletionRateMedianPerPackageAndPerDay() {
        sixOrdersInThePeriod();

        OrderStatistics result = statistics.statistics(Viewer.wholeCompany(company), DAY1, DAY3, UTC);

        OrderStatistics.Figures total = result.total();
        assertThat(total.orders()).isEqualTo(6);
        assertThat(total.byStatus()).containsEntry(OrderStatus.COMPLETED, 3L).containsEntry(OrderStatus.EXPIRED, 1L)
                .containsEntry(OrderStatus.REJECTED, 1L).containsEntry(OrderStatus.IN_PROGRESS, 1L)
                .containsEntry(OrderStatus.RECEIVED, 0L).containsEntry(OrderStatus.INVITED, 0L);
        // completed ÷ decided (completed, expired, rejected): the open order does not count
        assertThat(total.completionRate()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(total.medianTimeToComplete()).isEqualTo(Duration.ofHours(2));

        assertThat(result.packages()).extracting(OrderStatistics.PackageFigures::name).containsExactly("Java", "English");
        OrderStatistics.Figures javaFigures = result.packages().get(0).figures();
        assertThat(result.packages().get(0).packageId()).isEqualTo(java.id());
        assertThat(javaFigures.orders()).isEqualTo(4);
        assertThat(javaFigures.completionRate()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(javaFigures.medianTimeToComplete()).as("between 2 h and 4 h").isEqualTo(Duration.ofHours(3));
        OrderStatistics.Figures englishFigures = result.packages().get(1).figures();
        assertThat(englishFigures.orders()).isEqualTo(2);
        assertThat(englishFigures.completionRate()).isCloseTo(0.5, within(1e-9));
        assertThat(englishFigures.medianTimeToComplete()).isEqualTo(Duration.ofHours(1));

        assertThat(result.days()).extracting(OrderStatistics.DayCount::day)
                .containsExactly(DAY1, DAY1.plusDays(1), DAY3);
        assertThat(result.days()).extracting(OrderStatistics.DayCount::orders).containsExactly(2L, 1L, 3L);
    }

    @Test
    void anotherCompanysOrdersAreNotCounted() {
        sixOrdersInThePeriod();
        CompanyId other = companies.create("Statistics other " + UUID.randomUUID(), "test").id();
        PackageDetails othersPackage = fixture.addPackage(other, "Other", AssessmentType.SKILL_TEST, "Basics");
        order(other, othersPackage, OrderStatus.COMPLETED, at(DAY1, 12, 0), Duration.ofHours(9));

        OrderStatistics mine = statistics.statistics(Viewer.wholeCompany(company), DAY1, DAY3, UTC);
        OrderStatistics theirs = statistics.statistics(Viewer.wholeCompany(other), DAY1, DAY3, UTC);

        assertThat(mine.total().orders()).isEqualTo(6);
        assertThat(mine.total().medianTimeToComplete()).isEqualTo(Duration.ofHours(2));
        assertThat(mine.packages()).extracting(OrderStatistics.PackageFigures::packageId)
                .doesNotContain(othersPackage.id());
        assertThat(theirs.total().orders()).isEqualTo(1);
        assertThat(theirs.packages()).extracting(OrderStatistics.PackageFigures::name).containsExactly("Other");
    }

    @Test
    void ordersOfPackagesTheViewerMayNotSeeAreNotCounted() {
        sixOrdersInThePeriod();

        OrderStatistics result = statistics.statistics(new Viewer(company, Set.of(english.id())), DAY1, DAY3, UTC);

        assertThat(result.total().orders()).isEqualTo(2);
        assertThat(result.total().completionRate()).isCloseTo(0.5, within(1e-9));
        assertThat(result.total().medianTimeToComplete()).isEqualTo(Duration.ofHours(1));
        assertThat(result.packages()).extracting(OrderStatistics.PackageFigures::name).containsExactly("English");
        assertThat(result.days()).extracting(OrderStatistics.DayCount::orders).containsExactly(0L, 0L, 2L);

        OrderStatistics none = statistics.statistics(new Viewer(company, Set.of()), DAY1, DAY3, UTC);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.days()).hasSize(3).allMatch(d -> d.orders() == 0);
    }

    @Test
    void daysAreTheViewersDaysIncludingHalfHourZones() {
        // 18:40 UTC is 00:10 the next day in Kolkata (+05:30), 19:40 in Warsaw (+01:00 in March before the change)
        order(company, java, OrderStatus.INVITED, at(DAY1, 18, 40), null);
        order(company, java, OrderStatus.INVITED, at(DAY1, 18, 20), null);

        OrderStatistics kolkata = statistics.statistics(Viewer.wholeCompany(company), DAY1, DAY3,
                ZoneId.of("Asia/Kolkata"));
        assertThat(kolkata.days()).extracting(OrderStatistics.DayCount::orders).containsExactly(1L, 1L, 0L);
        OrderStatistics warsaw = statistics.statistics(Viewer.wholeCompany(company), DAY1, DAY3,
                ZoneId.of("Europe/Warsaw"));
        assertThat(warsaw.days()).extracting(OrderStatistics.DayCount::orders).containsExactly(2L, 0L, 0L);
        // the period itself follows the zone: in Kolkata the day before DAY1 ends at 18:30 UTC on DAY1 - 1
        assertThat(statistics.statistics(Viewer.wholeCompany(company), DAY1.minusDays(1), DAY1.minusDays(1),
                ZoneId.of("Asia/Kolkata")).total().orders()).isZero();
    }

    @Test
    void aDaylightSavingChangeKeepsEachOrderOnItsLocalDay() {
        LocalDate change = LocalDate.of(2026, 3, 29); // Europe/Warsaw goes from +01:00 to +02:00 at 01:00 UTC
        order(company, java, OrderStatus.INVITED, at(change, 22, 30), null); // 00:30 on the 30th in Warsaw
        order(company, java, OrderStatus.INVITED, at(change.minusDays(1), 22, 30), null); // 23:30 on the 28th

        OrderStatistics result = statistics.statistics(Viewer.wholeCompany(company), change.minusDays(1),
                change.plusDays(1), ZoneId.of("Europe/Warsaw"));

        assertThat(result.days()).extracting(OrderStatistics.DayCount::orders).containsExactly(1L, 0L, 1L);
    }

    @Test
    void aPeriodWithoutDecidedOrCompletedOrdersHasNoRateAndNoMedian() {
        order(company, java, OrderStatus.RECEIVED, at(DAY1, 10, 0), null);

        OrderStatistics.Figures total = statistics.statistics(Viewer.wholeCompany(company), DAY1, DAY3, UTC).total();

        assertThat(total.orders()).isEqualTo(1);
        assertThat(total.completionRate()).isNull();
        assertThat(total.medianTimeToComplete()).isNull();
    }

    @Test
    void aPeriodMustHaveOneToMaxDays() {
        Viewer viewer = Viewer.wholeCompany(company);
        assertThatThrownBy(() -> statistics.statistics(viewer, DAY3, DAY1, UTC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statistics.statistics(viewer, DAY1, DAY1.plusDays(OrderStatisticsService.MAX_DAYS),
                UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThat(statistics.statistics(viewer, DAY1, DAY1.plusDays(OrderStatisticsService.MAX_DAYS - 1), UTC)
                .days()).hasSize(OrderStatisticsService.MAX_DAYS);
    }

    @Test
    void bucketsAreAsWideAsTheZonesOffsetsAllow() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Instant end = Instant.parse("2027-01-01T00:00:00Z");
        assertThat(OrderStatisticsService.bucketSeconds(ZoneId.of("Europe/Warsaw"), start, end)).isEqualTo(3600);
        assertThat(OrderStatisticsService.bucketSeconds(ZoneId.of("Asia/Kolkata"), start, end)).isEqualTo(900);
        assertThat(OrderStatisticsService.bucketSeconds(ZoneId.of("Asia/Kathmandu"), start, end)).isEqualTo(900);
    }

    @Test
    void theMedianOfAHistogramIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(OrderStatisticsService.median(new java.util.TreeMap<>(Map.of(10L, 1L, 20L, 1L, 90L, 1L))))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(OrderStatisticsService.median(new java.util.TreeMap<>(Map.of(10L, 1L, 21L, 1L))))
                .isEqualTo(Duration.ofSeconds(15 * 60 + 30));
        assertThat(OrderStatisticsService.median(new java.util.TreeMap<>(Map.of(5L, 3L, 7L, 1L, 100L, 2L))))
                .isEqualTo(Duration.ofMinutes(6));
        assertThat(OrderStatisticsService.median(new java.util.TreeMap<>(Map.of(5L, 4L, 7L, 1L))))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(OrderStatisticsService.median(new java.util.TreeMap<>())).isNull();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    private void order(CompanyId owner, PackageDetails pkg, OrderStatus status, Instant receivedAt,
                       @Nullable Duration toComplete) {
        new OrderFixture(context).order(owner, pkg.id(), status, receivedAt, toComplete);
    }
}
