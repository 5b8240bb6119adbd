package io.skillgate.smartrecruiters.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.CompanyId;
import io.skillgate.connection.ConnectionService;
import io.skillgate.order.OrderService;
import io.skillgate.smartrecruiters.ClientCredential;
import io.skillgate.smartrecruiters.DeliveryKind;
import io.skillgate.smartrecruiters.DeliveryRound;
import io.skillgate.smartrecruiters.DeliveryState;
import io.skillgate.smartrecruiters.ResultDeliveryProperties;
import io.skillgate.smartrecruiters.SmartRecruitersClient;
import io.skillgate.smartrecruiters.SmartRecruitersException;
import io.skillgate.smartrecruiters.domain.ResultDelivery;
import io.skillgate.smartrecruiters.domain.ResultDeliveryRepository;

/**
 * One run of the delivery job: the due pending rows (oldest first, at most a batch) are grouped by SR order; the
 * orders are delivered in parallel on a bounded pool, each order's rows one after the other in id order. An order
 * stops at its first row that is not due or fails again, so a later status never overtakes an earlier one. A
 * failed attempt waits (exponential backoff with jitter); SR's refusal a retry cannot fix (a 4xx other than 408
 * and 429), a disconnected company or a row past its horizon is FAILED, and its order flagged for a human. SR is
 * called outside any transaction; each outcome is written in a short one of its own. A node that dies mid-run
 * leaves its rows pending: the next run sends them again (SR's PATCH is a merge-patch, an attachment with the same
 * name replaces itself).
 */
@Component
public class ResultDeliverer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ResultDeliverer.class);

    private enum Outcome { DELIVERED, RETRYING, FAILED, NOT_DUE }

    private record SrOrder(long companyId, String srOrderId) {
    }

    private final ResultDeliveryRepository deliveries;
    private final ConnectionService connections;
    private final OrderService orders;
    private final ResultSender sender;
    private final ResultDeliveryProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService pool;

    ResultDeliverer(ResultDeliveryRepository deliveries, SmartRecruitersClient client, ConnectionService connections,
                    OrderService orders, ObjectMapper json, ResultDeliveryProperties properties,
                    PlatformTransactionManager transactions, Clock clock) {
        this.deliveries = deliveries;
        this.connections = connections;
        this.orders = orders;
        this.sender = new ResultSender(client, orders, json);
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(properties.threads(), task -> {
            Thread thread = new Thread(task, "sr-delivery-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Delivers what is due now; returns what happened. */
    public DeliveryRound deliverDue() {
        Instant now = clock.instant();
        Set<SrOrder> due = new LinkedHashSet<>();
        deliveries.findDue(now, Limit.of(properties.batchSize()))
                .forEach(row -> due.add(new SrOrder(row.getCompanyId(), row.getSrOrderId())));
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger retrying = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (SrOrder order : due) {
            runs.add(CompletableFuture.runAsync(() -> deliver(order, now, outcome -> {
                switch (outcome) {
                    case DELIVERED -> delivered.incrementAndGet();
                    case RETRYING -> retrying.incrementAndGet();
                    case FAILED -> failed.incrementAndGet();
                    case NOT_DUE -> { }
                }
            }), pool).exceptionally(e -> {
                log.warn("Result delivery of SR order {} stopped: {}", order.srOrderId(), e.toString());
                return null;
            }));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        return new DeliveryRound(delivered.get(), retrying.get(), failed.get());
    }

    private void deliver(SrOrder order, Instant now, Consumer<Outcome> counter) {
        List<ResultDelivery> pending = deliveries.findByCompanyIdAndSrOrderIdAndStateOrderByIdAsc(order.companyId(),
                order.srOrderId(), DeliveryState.PENDING);
        ClientCredential credential = null;
        boolean looked = false;
        for (ResultDelivery row : pending) {
            if (row.getNextAttemptAt().isAfter(now)) {
                return; // an earlier status waits for its next attempt: nothing later may overtake it
            }
            if (!looked) {
                looked = true;
                credential = credential(order.companyId());
            }
            Outcome outcome = attempt(row, credential, now);
            counter.accept(outcome);
            if (outcome == Outcome.RETRYING) {
                return;
            }
        }
    }

    /** The company's SR credential; none when not connected or unreadable (e.g. stored under another key). */
    private @Nullable ClientCredential credential(long companyId) {
        try {
            return connections.srCredential(new CompanyId(companyId))
                    .map(ClientCredential::of).orElse(null);
        } catch (RuntimeException unreadable) {
            log.warn("The SR credential of company {} cannot be used: {}", companyId, unreadable.getMessage());
            return null;
        }
    }

    private Outcome attempt(ResultDelivery row, @Nullable ClientCredential credential, Instant now) {
        if (!now.isBefore(row.getCreatedAt().plus(properties.horizon()))) {
            String reason = "not delivered within " + properties.horizon().toHours() + " h"
                    + (row.getLastError() == null ? "" : "; last error: " + row.getLastError());
            return giveUp(row, reason, false);
        }
        if (credential == null) {
            return giveUp(row, "the company has no active SmartRecruiters connection", false);
        }
        try {
            sender.send(row, credential);
        } catch (ResultSender.Unsendable e) {
            return giveUp(row, e.getMessage(), true);
        } catch (SmartRecruitersException e) {
            return retryable(e.status()) ? retry(row, e.describe(), e.status())
                    : giveUp(row, e.describe(), true);
        } catch (RuntimeException e) {
            return retry(row, e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
        }
        Instant at = clock.instant();
        update(row, r -> r.delivered(at), null);
        log.debug("Result push {} {} of order {} delivered", row.getKind(), row.getSrStatus(), row.getOrderId());
        return Outcome.DELIVERED;
    }

    /** A refusal a later attempt may get past: no answer, a timeout, SR over its limits or down. */
    static boolean retryable(int status) {
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }

    private Outcome retry(ResultDelivery row, String error, int status) {
        int attempt = row.getAttempts() + 1;
        Instant at = clock.instant();
        Instant next = at.plus(backoff(attempt, properties.backoffBase(), properties.backoffCap()));
        log.info("Result push {} {} of order {} (SR order {}) failed, attempt {}, status {}: {}; next try at {}",
                row.getKind(), row.getSrStatus(), row.getOrderId(), row.getSrOrderId(), attempt, status, error, next);
        update(row, r -> r.retryAt(at, next, error), null);
        return Outcome.RETRYING;
    }

    private Outcome giveUp(ResultDelivery row, String error, boolean attempted) {
        log.warn("Result push {} {} of order {} (SR order {}) given up after {} attempt(s): {}", row.getKind(),
                row.getSrStatus(), row.getOrderId(), row.getSrOrderId(), row.getAttempts() + (attempted ? 1 : 0),
                error);
        Instant at = clock.instant();
        update(row, r -> r.failed(at, error, attempted), "The " + row.getSrStatus() + " result"
                + (row.getKind() == DeliveryKind.ATTACHMENT ? "'s PDF" : "")
                + " could not be delivered to SmartRecruiters: " + error);
        return Outcome.FAILED;
    }

    /** Writes an outcome, and flags the order in the same transaction; a row another run handled is left alone. */
    private void update(ResultDelivery row, Consumer<ResultDelivery> change, @Nullable String flag) {
        try {
            transactions.executeWithoutResult(status -> deliveries.findById(row.requireId())
                    .filter(fresh -> fresh.getState() == DeliveryState.PENDING).ifPresent(fresh -> {
                        change.accept(fresh);
                        if (flag != null) {
                            orders.flagForAttention(new CompanyId(fresh.getCompanyId()), fresh.getOrderId(), flag);
                        }
                    }));
        } catch (OptimisticLockingFailureException e) {
            log.debug("Result delivery {} was handled by another run", row.getId());
        }
    }

    /** Exponential from {@code base}, at most {@code cap}, with jitter: between half and all of it. */
    static Duration backoff(int attempt, Duration base, Duration cap) {
        long exponential = Math.min(cap.toMillis(), base.toMillis() << Math.min(Math.max(attempt - 1, 0), 30));
        long half = exponential / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exponential - half + 1));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
