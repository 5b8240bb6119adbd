package io.skillgate.smartrecruiters;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.order.OrderContext;
import io.skillgate.order.OrderDetails;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderService;
import io.skillgate.order.PlaceOrderCommand;
import io.skillgate.sandbox.SandboxReadLog;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** Each order's candidate, job and hiring team, read from SR (the sandbox) with the company's SR credential. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderContextServiceTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private OrderContextService contexts;

    @Autowired
    private OrderService orders;

    @Autowired
    private CompanyService companies;

    @Autowired
    private SandboxReadLog reads;

    @Autowired
    private JdbcTemplate jdbc;

    private String place(CompanyId company, String jobId) {
        PackageDetails pkg = new PartnerFixture(context).addPackage(company, "Context", AssessmentType.SKILL_TEST, "A");
        String srOrderId = UUID.randomUUID().toString();
        return orders.place(new PlaceOrderCommand(company, OrderKind.REGULAR, srOrderId,
                "https://api.smartrecruiters.com/orders/" + srOrderId + "/results", pkg.id(), "cand-" + srOrderId,
                "c@example.com", "C", "D", "en", "u-1", "r@example.com", jobId, null, Map.of())).orderId();
    }

    @Test
    void theCandidateTheJobAndItsHiringTeamAreStoredOnTheOrder() {
        CompanyId company = new PartnerFixture(context).connectThroughSandbox(context, "Context Co");
        String orderId = place(company, "job-ctx-1");

        contexts.enrichDue();

        OrderContext stored = orders.details(company, orderId).context();
        assertThat(stored).isNotNull();
        assertThat(stored.candidate()).isNotNull();
        assertThat(stored.candidate().email()).endsWith("@candidates.sandbox.test");
        assertThat(stored.job()).isNotNull();
        assertThat(stored.job().id()).isEqualTo("job-ctx-1");
        assertThat(stored.job().title()).isNotBlank();
        assertThat(stored.hiringTeam()).isNotEmpty().allSatisfy(member -> assertThat(member.role()).isNotBlank());
    }

    @Test
    void aSecondOrderForTheSameJobReadsTheJobFromTheCache() {
        CompanyId company = new PartnerFixture(context).connectThroughSandbox(context, "Cache Co");
        String first = place(company, "job-ctx-cached");
        contexts.enrichDue();
        int jobReads = reads.count("/jobs/job-ctx-cached");
        String second = place(company, "job-ctx-cached");

        contexts.enrichDue();

        assertThat(orders.details(company, second).context()).isNotNull();
        assertThat(orders.details(company, first).context().job())
                .isEqualTo(orders.details(company, second).context().job());
        assertThat(jobReads).isEqualTo(1);
        assertThat(reads.count("/jobs/job-ctx-cached")).as("the second order's job came from the cache")
                .isEqualTo(jobReads);
    }

    @Test
    void aCredentialThatCannotBeReadHoldsUpOnlyItsOwnOrder() {
        CompanyId broken = new PartnerFixture(context).connectThroughSandbox(context, "Broken key Co");
        jdbc.update("UPDATE sr_connections SET sr_client_secret_enc = 'v1:AAAA' WHERE company_id = ?",
                broken.value());
        String stuck = place(broken, "job-broken");
        CompanyId fine = new PartnerFixture(context).connectThroughSandbox(context, "Fine key Co");
        String served = place(fine, "job-fine");

        contexts.enrichDue();

        assertThat(orders.details(fine, served).context()).as("the other company's order is served").isNotNull();
        assertThat(orders.details(broken, stuck).context()).isNull();
        assertThat(orders.awaitingContext(1000)).as("retried later").noneMatch(r -> r.orderId().equals(stuck));
    }

    @Test
    void withoutAnSrConnectionTheOrderWorksAndTheFetchIsRetriedLater() {
        CompanyId company = companies.create("Unconnected " + UUID.randomUUID(), "test").id();
        String orderId = place(company, "job-x");

        contexts.enrichDue();
        contexts.enrichDue();

        OrderDetails details = orders.details(company, orderId);
        assertThat(details.context()).isNull();
        assertThat(orders.awaitingContext(1000)).as("retried later, not at once")
                .noneMatch(r -> r.orderId().equals(orderId));
    }
}
