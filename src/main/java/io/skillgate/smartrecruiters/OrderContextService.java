package io.skillgate.smartrecruiters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.skillgate.connection.ConnectionService;
import io.skillgate.order.OrderContext;
import io.skillgate.order.OrderService;

/**
 * Fetches each new order's context from SR — the candidate, the job and its hiring team — with the company's SR
 * credential, and stores it on the order. A job and its team are cached per credential for
 * {@link #JOB_CACHE_TIME} (many orders share a job). A failed fetch is retried with backoff (1, 2, 4, 8 min) and
 * then given up: the order works without its context. Run by a background job; callable directly in tests.
 */
@Service
public class OrderContextService {

    static final Duration JOB_CACHE_TIME = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(OrderContextService.class);

    private final OrderService orders;
    private final ConnectionService connections;
    private final SmartRecruitersClient client;
    private final Clock clock;
    private final Map<String, CachedJob> jobs = new ConcurrentHashMap<>();

    private record CachedJob(OrderContext.@Nullable Job job, List<OrderContext.TeamMember> team, Instant until) {
    }

    OrderContextService(OrderService orders, ConnectionService connections, SmartRecruitersClient client, Clock clock) {
        this.orders = orders;
        this.connections = connections;
        this.client = client;
        this.clock = clock;
    }

    /** Fetches the context of the orders due (a bounded batch); how many were stored. */
    public int enrichDue() {
        int stored = 0;
        List<OrderContext.Request> batch;
        int rounds = 0;
        do {
            batch = orders.awaitingContext(BATCH);
            stored += enrich(batch);
        } while (batch.size() == BATCH && ++rounds < 20);
        return stored;
    }

    private int enrich(List<OrderContext.Request> batch) {
        int stored = 0;
        for (OrderContext.Request request : batch) {
            try {
                // inside the try: a credential that cannot be read (e.g. a changed key) is this order's problem only
                Optional<ClientCredential> credential = connections.srCredential(request.companyId())
                        .map(ClientCredential::of);
                if (credential.isEmpty()) {
                    throw new SmartRecruitersException(0, "The company is not connected to SmartRecruiters", List.of());
                }
                orders.recordContext(request.companyId(), request.orderId(), fetch(credential.get(), request));
                stored++;
            } catch (RuntimeException e) { // whatever went wrong, this order must not block the others
                int attempt = request.attempts() + 1;
                Instant retryAt = attempt >= MAX_ATTEMPTS ? null
                        : clock.instant().plus(Duration.ofMinutes(1L << (attempt - 1)));
                log.info("SR context of order {} not fetched (attempt {} of {}): {}", request.orderId(), attempt,
                        MAX_ATTEMPTS, e.getMessage());
                orders.contextUnavailable(request.companyId(), request.orderId(), retryAt);
            }
        }
        return stored;
    }

    private OrderContext fetch(ClientCredential credential, OrderContext.Request request) {
        OrderContext.@Nullable Candidate candidate = null;
        if (request.candidateSrId() != null) {
            CandidateDetails c = client.getCandidate(credential, request.candidateSrId());
            candidate = new OrderContext.Candidate(c.firstName(), c.lastName(), c.email());
        }
        CachedJob job = request.jobId() == null ? null : job(credential, request.jobId());
        return new OrderContext(candidate, job == null ? null : job.job(), job == null ? List.of() : job.team(),
                clock.instant());
    }

    private CachedJob job(ClientCredential credential, String jobId) {
        String key = credential.clientId() + "\n" + jobId;
        CachedJob cached = jobs.get(key);
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return cached;
        }
        JobDetails j = client.getJob(credential, jobId);
        List<OrderContext.TeamMember> team = client.getHiringTeam(credential, jobId).stream()
                .map(m -> new OrderContext.TeamMember(m.id(), m.role())).toList();
        CachedJob fresh = new CachedJob(new OrderContext.Job(j.id(), j.title(), j.refNumber(), j.status(),
                j.department(), j.city(), j.countryCode()), team, clock.instant().plus(JOB_CACHE_TIME));
        if (jobs.size() > 10_000) {
            jobs.values().removeIf(entry -> !clock.instant().isBefore(entry.until()));
        }
        jobs.put(key, fresh);
        return fresh;
    }
}
