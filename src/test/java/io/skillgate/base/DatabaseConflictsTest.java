package io.skillgate.base;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.skillgate.company.CompanyService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Conflict retries on a real MariaDB: two transactions that lock two rows in opposite order make InnoDB abort one
 * (the same error 1213 Galera answers for a certification conflict); run through {@link DatabaseConflicts#retry},
 * both end up committed.
 */
@SpringBootTest
class DatabaseConflictsTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private CompanyService companies;

    @Test
    void aDeadlockVictimIsRunAgainAndCommits() throws Exception {
        long a = companies.create("Deadlock A " + UUID.randomUUID(), "test").id().value();
        long b = companies.create("Deadlock B " + UUID.randomUUID(), "test").id().value();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());

        Thread one = new Thread(() -> lockInOrder(transaction, a, b, bothHoldTheirFirstRow, attempts, failures));
        Thread two = new Thread(() -> lockInOrder(transaction, b, a, bothHoldTheirFirstRow, attempts, failures));
        one.start();
        two.start();
        one.join(30_000);
        two.join(30_000);

        assertThat(failures).isEmpty();
        assertThat(attempts.get()).as("one of them was aborted and ran again").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM companies WHERE id IN (?, ?) AND name LIKE '% locked'",
                Integer.class, a, b)).isEqualTo(2);
    }

    private void lockInOrder(TransactionTemplate transaction, long first, long second, CountDownLatch bothHold,
                             AtomicInteger attempts, List<Throwable> failures) {
        try {
            DatabaseConflicts.retry("test", () -> transaction.execute(status -> {
                attempts.incrementAndGet();
                jdbc.update("UPDATE companies SET name = CONCAT(name, ' locked') WHERE id = ?", first);
                bothHold.countDown();
                try {
                    bothHold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                jdbc.update("UPDATE companies SET name = name WHERE id = ?", second);
                return null;
            }));
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    @Test
    void onlyConflictsAreRunAgainAndOnlyAFewTimes() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> DatabaseConflicts.retry("test", () -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls.get()).isEqualTo(1);

        calls.set(0);
        assertThatThrownBy(() -> DatabaseConflicts.retry("test", () -> {
            calls.incrementAndGet();
            throw new CannotAcquireLockException("deadlock");
        })).isInstanceOf(CannotAcquireLockException.class);
        assertThat(calls.get()).isEqualTo(DatabaseConflicts.ATTEMPTS);

        calls.set(0);
        assertThat(DatabaseConflicts.retry("test", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("wrapped", new SQLException("Deadlock found", "40001", 1213));
            }
            return "done";
        })).isEqualTo("done");
    }
}
