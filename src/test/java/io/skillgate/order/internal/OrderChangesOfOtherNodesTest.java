package io.skillgate.order.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.order.InvitationService;
import io.skillgate.order.OrderStatus;
import io.skillgate.support.OrderFixture;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates across nodes on one MariaDB: this context is node 1; node 2 is a second broadcaster with its own
 * reader on the same database. A screen on node 2 hears of node 1's new orders and status changes once, and node 1's
 * own reader does not tell node 1's screens twice.
 */
@SpringBootTest
class OrderChangesOfOtherNodesTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private CompanyService companies;
    @Autowired
    private InvitationService invitations;
    @Autowired
    private OrderBroadcaster node1;
    @Autowired
    private OrderChangesOfOtherNodes node1Reader;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aScreenOnTheOtherNodeHearsOfNewOrdersAndStatusChangesOnce() {
        CompanyId company = companies.create("Two nodes " + UUID.randomUUID(), "test").id();
        PackageDetails pack = new PartnerFixture(context).addPackage(company, "Java", AssessmentType.SKILL_TEST, "Basics");
        OrderBroadcaster node2 = new OrderBroadcaster();
        OrderChangesOfOtherNodes node2Reader = new OrderChangesOfOtherNodes(jdbc, node2);
        List<OrderBroadcaster.OrderChange> onNode1 = new CopyOnWriteArrayList<>();
        List<OrderBroadcaster.OrderChange> onNode2 = new CopyOnWriteArrayList<>();
        node1.register(company, onNode1::add);
        node2.register(company, onNode2::add);
        node1Reader.poll();
        node2Reader.poll(); // both readers start: what exists now is history

        String orderId = new OrderFixture(context).order(company, pack.id(), OrderStatus.RECEIVED, Instant.now(), null);
        invitations.reject(company, orderId, "test", "no longer needed");
        node1Reader.poll();
        node2Reader.poll();
        node2Reader.poll(); // a second look tells nothing again

        assertThat(onNode2).containsExactly(new OrderBroadcaster.OrderChange(company, orderId, null),
                new OrderBroadcaster.OrderChange(company, orderId, OrderStatus.REJECTED));
        assertThat(onNode1).as("told as it committed, not again by its own reader")
                .containsExactly(new OrderBroadcaster.OrderChange(company, orderId, null),
                        new OrderBroadcaster.OrderChange(company, orderId, OrderStatus.REJECTED));
    }

    @Test
    void aReaderStartingLateTellsNoHistory() {
        CompanyId company = companies.create("Late node " + UUID.randomUUID(), "test").id();
        PackageDetails pack = new PartnerFixture(context).addPackage(company, "Java", AssessmentType.SKILL_TEST, "Basics");
        new OrderFixture(context).order(company, pack.id(), OrderStatus.RECEIVED, Instant.now(), null);
        OrderBroadcaster late = new OrderBroadcaster();
        List<OrderBroadcaster.OrderChange> heard = new CopyOnWriteArrayList<>();
        late.register(company, heard::add);
        OrderChangesOfOtherNodes reader = new OrderChangesOfOtherNodes(jdbc, late);

        reader.poll();
        reader.poll();

        assertThat(heard).isEmpty();
    }
}
