package io.skillgate.smartrecruiters.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.skillgate.smartrecruiters.SmartRecruitersProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-second limit holds for several nodes on one database: two limiters stand for two nodes. */
@SpringBootTest
class DatabaseRateLimiterTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private Clock clock;

    @Autowired
    private SmartRecruitersProperties properties;

    @Test
    void twoNodesTogetherAdmitAtMostTenRequestsPerSecondForOneCredential() throws Exception {
        DatabaseRateLimiter nodeA = new DatabaseRateLimiter(jdbc, transactions, clock, properties);
        DatabaseRateLimiter nodeB = new DatabaseRateLimiter(jdbc, transactions, clock, properties);
        String credential = "client-" + UUID.randomUUID();
        String other = "client-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> granted = new ArrayList<>();
            for (int i = 0; i < 35; i++) {
                DatabaseRateLimiter node = i % 2 == 0 ? nodeA : nodeB;
                granted.add(pool.submit((Callable<Long>) () -> node.acquire(credential)));
            }
            long otherSecond = nodeA.acquire(other);
            List<Long> seconds = new ArrayList<>();
            for (Future<Long> f : granted) {
                seconds.add(f.get());
            }
            Map<Long, Long> perSecond = seconds.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perSecond.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(10));
            assertThat(perSecond).as("35 requests need at least 4 seconds").hasSizeGreaterThanOrEqualTo(4);
            assertThat(otherSecond).as("another credential is not held up")
                    .isLessThanOrEqualTo(seconds.stream().mapToLong(Long::longValue).min().orElseThrow() + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
