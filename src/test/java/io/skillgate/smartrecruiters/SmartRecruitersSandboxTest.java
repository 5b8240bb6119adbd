package io.skillgate.smartrecruiters;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.skillgate.audit.AuditService;
import io.skillgate.sandbox.SandboxState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The real client against the sandbox served by the same app on a random port, over HTTP, with the MariaDB
 * rate limiter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmartRecruitersSandboxTest {

    @Autowired
    private SmartRecruitersClient client;

    @Autowired
    private PartnerConfigurationService configuration;

    @Autowired
    private SandboxState sandbox;

    @Autowired
    private AuditService audit;

    @BeforeEach
    void configured() {
        assertThat(configuration.configureNow().success()).isTrue();
    }

    private ClientCredential integrated() {
        return client.integrateCompany("sr-co-" + UUID.randomUUID(), "sg_" + UUID.randomUUID(), "secret");
    }

    @Test
    void theConfigurationIsSavedAtSrAndTheAttemptRecordedAndAudited() {
        assertThat(client.getPartnerConfiguration()).contains(configuration.desiredConfiguration());
        ConfigurationAttempt last = configuration.lastAttempt().orElseThrow();
        assertThat(last.success()).isTrue();
        assertThat(last.message()).isNull();
        assertThat(audit.recentByAction("smartrecruiters.configuration", 1).get(0).detail())
                .startsWith("Partner configuration sent");
    }

    @Test
    void aFailedAttemptIsRecordedWithSrsMessageAndDoesNotThrow() {
        sandbox.rejectNext("sandbox-partner", 4); // every one of the 4 attempts (the token is cached)
        ConfigurationAttempt attempt = configuration.configureNow();
        assertThat(attempt.success()).isFalse();
        assertThat(attempt.message()).contains("HTTP 429").contains("Too Many Requests");
        assertThat(configuration.lastAttempt()).contains(attempt);
    }

    @Test
    void integratingTwiceIsAConflict() {
        String company = "sr-co-" + UUID.randomUUID();
        ClientCredential customer = client.integrateCompany(company, "sg_" + UUID.randomUUID(), "secret");
        assertThat(customer.clientId()).startsWith("sbx-");

        SmartRecruitersException repeat = catchThrowableOfType(SmartRecruitersException.class,
                () -> client.integrateCompany(company, "sg_" + UUID.randomUUID(), "secret"));

        assertThat(repeat.status()).isEqualTo(409);
        assertThat(repeat.errors()).extracting(SmartRecruitersException.Error::code)
                .containsExactly("ALREADY_INTEGRATED");
    }

    @Test
    void aPatchedResultArrivesAtTheSandbox() {
        ClientCredential customer = integrated();
        String orderId = UUID.randomUUID().toString();

        client.patchResult(customer, orderId, new AssessmentResult("Skills", "Good", null,
                Instant.parse("2026-11-20T10:00:00Z"), ResultStatus.COMPLETED,
                new AssessmentResult.Score(7, 0, 10), "70%", null, null));
        String url = client.uploadAttachment(customer, orderId, "report.pdf", "application/pdf", new byte[] {1, 2, 3});

        assertThat(sandbox.resultCalls()).filteredOn(c -> c.orderId().equals(orderId))
                .extracting(SandboxState.ResultCall::kind).containsExactly("results", "attachment");
        assertThat(sandbox.resultCalls()).filteredOn(c -> c.orderId().equals(orderId)).first()
                .satisfies(call -> {
                    assertThat(call.clientId()).isEqualTo(customer.clientId());
                    assertThat(call.body()).contains("\"status\":\"COMPLETED\"")
                            .contains("\"score\":{\"raw\":7,\"min\":0,\"max\":10}");
                });
        assertThat(url).endsWith("/" + orderId + "/report.pdf");
    }

    @Test
    void contextReadsAreDeterministic() {
        ClientCredential customer = integrated();
        assertThat(client.getJob(customer, "job-7")).isEqualTo(client.getJob(customer, "job-7"));
        assertThat(client.getCandidate(customer, "cand-7")).isEqualTo(client.getCandidate(customer, "cand-7"));
        assertThat(client.getHiringTeam(customer, "job-7")).isNotEmpty()
                .isEqualTo(client.getHiringTeam(customer, "job-7"));
    }

    @Test
    void a429FromSrIsRetriedAfterABackoffAndTheCallSucceeds() {
        ClientCredential customer = integrated();
        client.getJob(customer, "warm-up"); // token cached
        long forcedBefore = sandbox.forcedRejectionCount();
        sandbox.rejectNext(customer.clientId(), 2);

        long start = System.nanoTime();
        assertThat(client.getJob(customer, "job-429").id()).isEqualTo("job-429");

        assertThat(sandbox.forcedRejectionCount() - forcedBefore).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("Retry-After: 1 was honoured twice")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void manyParallelCallsStayWithinSrsLimitsSoTheSandboxCountsNoneExceeded() throws Exception {
        ClientCredential customer = integrated();
        long exceededBefore = sandbox.exceededCount();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long start = System.nanoTime();
        try {
            List<Future<JobDetails>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String job = "job-" + i;
                calls.add(pool.submit(() -> client.getJob(customer, job)));
            }
            for (Future<JobDetails> call : calls) {
                assertThat(call.get().id()).startsWith("job-");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sandbox.exceededCount() - exceededBefore).as("requests over SR's limits").isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("41 requests at 10/s span at least 4 seconds")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }
}
