package io.skillgate.smartrecruiters.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.connection.ConnectionService;
import io.skillgate.order.AttemptService;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderService;
import io.skillgate.order.OrderStatus;
import io.skillgate.sandbox.SandboxOutage;
import io.skillgate.sandbox.SandboxState;
import io.skillgate.smartrecruiters.DeliveryAttemptSummary;
import io.skillgate.smartrecruiters.DeliveryKind;
import io.skillgate.smartrecruiters.DeliveryState;
import io.skillgate.smartrecruiters.ResultDeliveryProperties;
import io.skillgate.smartrecruiters.ResultDeliveryService;
import io.skillgate.smartrecruiters.ResultStatus;
import io.skillgate.smartrecruiters.SmartRecruitersClient;
import io.skillgate.smartrecruiters.domain.ResultDeliveryRepository;
import io.skillgate.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox and its job against the sandbox playing SR, over HTTP: status changes made through the real
 * services write rows in their own transaction; {@code deliverDue()} sends them in order per SR order; an outage
 * is ridden out with backoff; what cannot be delivered is FAILED and its order flagged; a replay sends again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultDeliveryTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ResultDeliveryService service;

    @Autowired
    private SandboxState sandbox;

    @Autowired
    private SandboxOutage outage;

    @Autowired
    private ObjectMapper json;

    private DeliveryFixture fixture;
    private CompanyId company;
    private PackageDetails regular;
    private PackageDetails inline;

    @BeforeEach
    void connected() {
        fixture = new DeliveryFixture(context);
        company = fixture.connectedCompany();
        regular = fixture.addPackage(company, AssessmentType.SKILL_TEST);
        inline = fixture.addPackage(company, AssessmentType.INLINE_ASSESSMENT);
    }

    @AfterEach
    void srIsUpAgain() {
        outage.end();
    }

    /** The job's work with a clock of the test's own (the app's clock keeps running for everything else). */
    private ResultDeliverer deliverer(MovableClock clock) {
        return new ResultDeliverer(context.getBean(ResultDeliveryRepository.class),
                context.getBean(SmartRecruitersClient.class), context.getBean(ConnectionService.class),
                context.getBean(OrderService.class), json, context.getBean(ResultDeliveryProperties.class),
                context.getBean(PlatformTransactionManager.class), clock);
    }

    private DeliveryFixture.Placed completedRegularOrder() {
        DeliveryFixture.Placed order = fixture.invite(fixture.place(company, regular, OrderKind.REGULAR,
                UUID.randomUUID().toString()));
        fixture.start(order);
        fixture.complete(order);
        return order;
    }

    private List<DeliveryAttemptSummary> rows(DeliveryFixture.Placed order) {
        return service.deliveries(company, order.orderId());
    }

    /** What the sandbox received for an SR order, oldest first: "results:<status>" or "attachment". */
    private List<String> received(DeliveryFixture.Placed order) {
        return sandbox.resultCalls().stream().filter(c -> c.orderId().equals(order.srOrderId()))
                .map(c -> c.kind().equals("results") ? "results:" + read(c.body()).path("status").asText()
                        : c.kind())
                .toList();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRegularOrdersStatusesAreDeliveredInOrderWithTheScoredResultAndItsPdf() {
        DeliveryFixture.Placed order = completedRegularOrder();
        assertThat(rows(order)).extracting(DeliveryAttemptSummary::kind, DeliveryAttemptSummary::status,
                DeliveryAttemptSummary::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DeliveryKind.RESULT, ResultStatus.PENDING, DeliveryState.PENDING),
                org.assertj.core.groups.Tuple.tuple(DeliveryKind.RESULT, ResultStatus.IN_PROGRESS,
                        DeliveryState.PENDING),
                org.assertj.core.groups.Tuple.tuple(DeliveryKind.RESULT, ResultStatus.COMPLETED,
                        DeliveryState.PENDING),
                org.assertj.core.groups.Tuple.tuple(DeliveryKind.ATTACHMENT, ResultStatus.COMPLETED,
                        DeliveryState.PENDING));

        service.deliverDue();

        assertThat(rows(order)).allSatisfy(row -> {
            assertThat(row.state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.deliveredAt()).isNotNull();
        });
        assertThat(received(order)).containsExactly("results:PENDING", "results:IN_PROGRESS", "results:COMPLETED",
                "attachment");
        JsonNode completed = read(sandbox.resultCalls().stream().filter(c -> c.orderId().equals(order.srOrderId())
                && c.body().contains("COMPLETED")).findFirst().orElseThrow().body());
        assertThat(completed.path("score").path("raw").asInt()).isEqualTo(2);
        assertThat(completed.path("score").path("max").asInt()).isEqualTo(4);
        assertThat(completed.path("scoreLabel").asText()).isEqualTo("Good");
        assertThat(completed.path("attachments").get(0).path("type").asText()).isEqualTo("PDF_URL");
        assertThat(completed.path("attachments").get(0).path("url").asText()).contains("/reports/");
        assertThat(completed.path("assessmentResults")).hasSize(2).allSatisfy(item -> {
            assertThat(item.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(item.path("score").path("raw").asInt()).isEqualTo(1);
            assertThat(item.path("assessmentDate").asText()).isNotEmpty();
        });
        assertThat(completed.path("assessmentResults").get(0).path("assessmentName").asText()).isEqualTo("Part 1");
        assertThat(sandbox.resultCalls()).filteredOn(c -> c.orderId().equals(order.srOrderId())
                && c.kind().equals("attachment")).singleElement()
                .satisfies(c -> assertThat(c.body()).startsWith("attachment:assessment-result-"));
        // delivered rows are never sent again
        service.deliverDue();
        assertThat(received(order)).hasSize(4);
        var facts = context.getBean(ConnectionService.class).health(company).orElseThrow().activity();
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.label()).isEqualTo(ResultConnectionActivity.LAST_PUSHED);
            assertThat(f.detail()).contains(order.orderId());
        });
    }

    @Test
    void anInlineOrderPushesItsStatusesButNoAttachment() {
        DeliveryFixture.Placed order = fixture.place(company, inline, OrderKind.INLINE, UUID.randomUUID().toString());
        fixture.complete(order);

        service.deliverDue();

        assertThat(rows(order)).extracting(DeliveryAttemptSummary::kind).containsOnly(DeliveryKind.RESULT);
        assertThat(received(order)).containsExactly("results:IN_PROGRESS", "results:COMPLETED");
    }

    @Test
    void aRolledBackStatusChangeLeavesNoPush() {
        DeliveryFixture.Placed order = fixture.place(company, inline, OrderKind.INLINE, UUID.randomUUID().toString());
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            fixture.start(order);
            assertThat(rows(order)).hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(rows(order)).isEmpty();
        assertThat(context.getBean(AttemptService.class).open(order.token()).status()).isEqualTo(OrderStatus.INVITED);
    }

    @Test
    void anOutageIsRiddenOutWithBackoffAndNothingIsLostOrReordered() {
        DeliveryFixture.Placed first = completedRegularOrder();
        DeliveryFixture.Placed second = completedRegularOrder();
        MovableClock clock = new MovableClock(Instant.now());
        outage.begin(503, 0, Duration.ofMinutes(10), 0);
        try (ResultDeliverer job = deliverer(clock)) {
            job.deliverDue();
            for (DeliveryFixture.Placed order : List.of(first, second)) {
                List<DeliveryAttemptSummary> rows = rows(order);
                assertThat(rows).allMatch(r -> r.state() == DeliveryState.PENDING);
                assertThat(rows.get(0).attempts()).isEqualTo(1);
                assertThat(rows.get(0).lastError()).contains("HTTP 503");
                assertThat(rows.get(0).nextAttemptAt()).isBetween(clock.instant().plusMillis(2_500),
                        clock.instant().plusSeconds(6));
                assertThat(rows.subList(1, 4)).allMatch(r -> r.attempts() == 0); // the later ones wait their turn
            }
            assertThat(job.deliverDue().handled()).as("nothing is due before the backoff passed").isZero();

            clock.advance(Duration.ofSeconds(6));
            job.deliverDue();
            DeliveryAttemptSummary again = rows(first).get(0);
            assertThat(again.attempts()).isEqualTo(2);
            assertThat(again.nextAttemptAt()).as("the wait doubles").isAfter(clock.instant().plusMillis(4_900));
            assertThat(received(first)).isEmpty();

            outage.end();
            clock.advance(Duration.ofMinutes(1));
            job.deliverDue();
        }
        for (DeliveryFixture.Placed order : List.of(first, second)) {
            assertThat(rows(order)).allMatch(r -> r.state() == DeliveryState.DELIVERED);
            assertThat(received(order)).containsExactly("results:PENDING", "results:IN_PROGRESS",
                    "results:COMPLETED", "attachment");
        }
        assertThat(outage.answered(503)).isPositive();
    }

    @Test
    void aRefusalNoRetryFixesFailsAtOnceAndFlagsTheOrder() {
        // SR does not know the order (its id is not even a UUID): 404, however often we ask
        DeliveryFixture.Placed order = fixture.place(company, inline, OrderKind.INLINE, "sr-order-unknown-"
                + System.nanoTime());
        fixture.start(order);

        service.deliverDue();

        DeliveryAttemptSummary row = rows(order).get(0);
        assertThat(row.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).contains("HTTP 404").contains("ORDER_NOT_FOUND");
        assertThat(fixture.attention(order)).contains("could not be delivered").contains("HTTP 404");
        var facts = context.getBean(ConnectionService.class).health(company).orElseThrow().activity();
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.label()).isEqualTo(ResultConnectionActivity.LAST_ERROR);
            assertThat(f.detail()).contains(order.orderId()).contains("given up");
        });
    }

    @Test
    void pastTheHorizonARowIsGivenUpAndFlaggedAndAReplayDeliversIt() {
        DeliveryFixture.Placed order = fixture.place(company, inline, OrderKind.INLINE, UUID.randomUUID().toString());
        fixture.start(order);
        MovableClock clock = new MovableClock(Instant.now().plus(Duration.ofDays(3)).plusSeconds(1));
        try (ResultDeliverer job = deliverer(clock)) {
            assertThat(job.deliverDue().failed()).isPositive();
        }
        DeliveryAttemptSummary failed = rows(order).get(0);
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.attempts()).isZero();
        assertThat(failed.lastError()).contains("not delivered within 72 h");
        assertThat(fixture.attention(order)).contains("IN_PROGRESS").contains("72 h");
        assertThat(received(order)).isEmpty();

        CompanyId other = fixture.connectedCompany();
        assertThat(service.replay(other, failed.id(), "intruder@delivery.test")).isEmpty();
        DeliveryAttemptSummary replay = service.replay(company, failed.id(), "ada@delivery.test").orElseThrow();
        assertThat(replay.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(replay.replayOf()).isEqualTo(failed.id());
        service.deliverDue();

        assertThat(rows(order)).extracting(DeliveryAttemptSummary::state)
                .containsExactly(DeliveryState.FAILED, DeliveryState.DELIVERED);
        assertThat(received(order)).containsExactly("results:IN_PROGRESS");
        assertThat(context.getBean(io.skillgate.audit.AuditService.class).recent(company, 5))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("smartrecruiters.result.replayed"));
    }
}
