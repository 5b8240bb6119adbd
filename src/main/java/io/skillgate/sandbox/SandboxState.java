package io.skillgate.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything the sandbox remembers, in memory: credentials and tokens, the partner configuration, integrated
 * companies (with the credential the partner handed over for each), the result calls received (the newest
 * {@link #MAX_CALLS}) and SR's rate-limit counters.
 */
@Component
@Profile("!prod")
public class SandboxState {

    private static final Logger log = LoggerFactory.getLogger(SandboxState.class);
    public static final int REQUESTS_PER_SECOND = 10;
    public static final int CONCURRENT_LIMIT = 8;
    static final int MAX_CALLS = 1000;
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    /** A credential the sandbox accepts at its token endpoint. */
    record Credential(String clientId, String secret, boolean master, @Nullable String companyId) {
    }

    /** A token the sandbox issued. */
    record Token(String clientId, boolean master, @Nullable String companyId, Instant expiresAt) {
    }

    /** A call received at the results endpoints: when, with which credential, for which order, what. */
    public record ResultCall(Instant receivedAt, String clientId, String orderId, String kind, String body) {
    }

    /**
     * An integrated company: SR's company id, the credential the partner handed over for SR to use at the
     * partner's {@code oauthTokenUrl} (client id and secret, kept as SR keeps them), the credential SR issued to
     * the partner, and when.
     */
    public record Integration(String companyId, String partnerClientId, String partnerClientSecret,
                              String srClientId, Instant integratedAt) {

        @Override
        public String toString() {
            return "Integration[" + companyId + ", partner client " + partnerClientId + ", SR client " + srClientId
                    + ", " + integratedAt + "]";
        }
    }

    /** What the rate limiter decided about one request. */
    record Admission(boolean allowed, int remaining, int concurrentRemaining) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, Credential> credentials = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final AtomicReference<@Nullable JsonNode> configuration = new AtomicReference<>();
    private final Map<String, Integration> integrations = new ConcurrentHashMap<>();
    private final Deque<ResultCall> calls = new ArrayDeque<>();
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> forcedRejections = new ConcurrentHashMap<>();
    private final AtomicLong exceeded = new AtomicLong();
    private final AtomicLong forced = new AtomicLong();
    private final Map<String, AtomicLong> accepted = new ConcurrentHashMap<>();
    private final Set<String> ordersWithResults = ConcurrentHashMap.newKeySet();
    /** Every result status each order received (not bounded like the call log; the sandbox is for dev and tests). */
    private final Map<String, Set<String>> statuses = new ConcurrentHashMap<>();
    /** The first status of a result body: the package's own (it comes before the per-assessment results). */
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

    SandboxState(Clock clock, @Value("${skillgate.sandbox.partner-client-id:sandbox-partner}") String partnerId,
                 @Value("${skillgate.sandbox.partner-client-secret:sandbox-partner-secret}") String partnerSecret) {
        this.clock = clock;
        credentials.put(partnerId, new Credential(partnerId, partnerSecret, true, null));
    }

    Optional<Token> issueToken(String clientId, String secret) {
        Credential credential = credentials.get(clientId);
        if (credential == null || !java.security.MessageDigest.isEqual(credential.secret().getBytes(),
                secret.getBytes())) {
            return Optional.empty();
        }
        return Optional.of(new Token(clientId, credential.master(), credential.companyId(),
                clock.instant().plus(TOKEN_LIFETIME)));
    }

    String store(Token token) {
        String value = random();
        tokens.put(value, token);
        return value;
    }

    Optional<Token> token(String value) {
        Token token = tokens.get(value);
        return token != null && clock.instant().isBefore(token.expiresAt()) ? Optional.of(token) : Optional.empty();
    }

    /** The partner configuration last saved (the JSON as the partner sent it), if any. */
    Optional<JsonNode> configuration() {
        return Optional.ofNullable(configuration.get());
    }

    void configure(JsonNode saved) {
        configuration.set(saved);
    }

    /**
     * Integrates a company, keeping the partner's credential for it: null when it already is; otherwise SR's new
     * customer credential.
     */
    synchronized @Nullable Credential integrate(String companyId, String partnerClientId, String partnerClientSecret) {
        if (integrations.containsKey(companyId)) {
            return null;
        }
        Credential credential = new Credential("sbx-" + random().substring(0, 16), random(), false, companyId);
        credentials.put(credential.clientId(), credential);
        integrations.put(companyId, new Integration(companyId, partnerClientId, partnerClientSecret,
                credential.clientId(), clock.instant()));
        return credential;
    }

    boolean partnerClientIdInUse(String partnerClientId) {
        return integrations.values().stream().anyMatch(i -> i.partnerClientId().equals(partnerClientId));
    }

    /** The integrated company with this SR company id, if any. */
    public Optional<Integration> integration(String companyId) {
        return Optional.ofNullable(integrations.get(companyId));
    }

    /** The integrated companies, newest first. */
    public List<Integration> integrations() {
        return integrations.values().stream()
                .sorted(Comparator.comparing(Integration::integratedAt).reversed()
                        .thenComparing(Integration::companyId))
                .toList();
    }

    /** Records a call received at the results endpoints, stamped with the current time. */
    void record(String clientId, String orderId, String kind, String body) {
        ResultCall call = new ResultCall(clock.instant(), clientId, orderId, kind, body);
        accepted.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        if (kind.equals("results")) {
            ordersWithResults.add(orderId);
            Matcher status = STATUS.matcher(body);
            if (status.find()) {
                statuses.computeIfAbsent(orderId, o -> ConcurrentHashMap.newKeySet()).add(status.group(1));
            }
        }
        synchronized (calls) {
            calls.addLast(call);
            while (calls.size() > MAX_CALLS) {
                calls.removeFirst();
            }
        }
    }

    /** The result calls received, oldest first. */
    public List<ResultCall> resultCalls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /**
     * Calls accepted at the results endpoints since start ({@code results} or {@code attachment}), however many
     * {@link #resultCalls()} still holds.
     */
    public long acceptedCount(String kind) {
        AtomicLong count = accepted.get(kind);
        return count == null ? 0 : count.get();
    }

    /** The result statuses an order received since start (however many calls {@link #resultCalls()} still holds). */
    public Set<String> statusesReceived(String orderId) {
        return Set.copyOf(statuses.getOrDefault(orderId, Set.of()));
    }

    /** How many different orders received at least one results PATCH since start. */
    public int ordersWithResults() {
        return ordersWithResults.size();
    }

    /** The result calls received, newest first. */
    public List<ResultCall> resultCallsNewestFirst() {
        synchronized (calls) {
            List<ResultCall> newestFirst = new ArrayList<>(calls);
            Collections.reverse(newestFirst);
            return newestFirst;
        }
    }

    /** Counts a request of a credential against SR's limits; a refused one is counted as exceeded. */
    Admission admit(String clientId) {
        AtomicInteger forcedLeft = forcedRejections.get(clientId);
        if (forcedLeft != null && forcedLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            forced.incrementAndGet();
            return new Admission(false, 0, CONCURRENT_LIMIT);
        }
        long second = clock.instant().toEpochMilli() / 1000;
        long[] window = windows.computeIfAbsent(clientId, id -> new long[] {second, 0});
        int count;
        synchronized (window) {
            if (window[0] != second) {
                window[0] = second;
                window[1] = 0;
            }
            count = (int) ++window[1];
        }
        AtomicInteger running = inFlight.computeIfAbsent(clientId, id -> new AtomicInteger());
        int concurrent = running.incrementAndGet();
        if (count > REQUESTS_PER_SECOND || concurrent > CONCURRENT_LIMIT) {
            running.decrementAndGet();
            exceeded.incrementAndGet();
            log.warn("Sandbox: SR's limits refused a request of client {}: request {} in second {} (limit {}), {} at "
                    + "once (limit {})", clientId, count, second, REQUESTS_PER_SECOND, concurrent, CONCURRENT_LIMIT);
            return new Admission(false, Math.max(0, REQUESTS_PER_SECOND - count),
                    Math.max(0, CONCURRENT_LIMIT - concurrent));
        }
        return new Admission(true, REQUESTS_PER_SECOND - count, CONCURRENT_LIMIT - concurrent);
    }

    void finished(String clientId) {
        AtomicInteger running = inFlight.get(clientId);
        if (running != null) {
            running.decrementAndGet();
        }
    }

    /** The client id a bearer token or a token request speaks for, if known. */
    Optional<String> clientOfToken(String value) {
        return token(value).map(Token::clientId);
    }

    /** Requests refused because a credential went over SR's limits (not counting {@link #rejectNext}). */
    public long exceededCount() {
        return exceeded.get();
    }

    /** Requests refused by {@link #rejectNext}. */
    public long forcedRejectionCount() {
        return forced.get();
    }

    /** For tests: the next {@code count} requests of this credential get a 429, as if SR were busy. */
    public void rejectNext(String clientId, int count) {
        forcedRejections.computeIfAbsent(clientId, id -> new AtomicInteger()).addAndGet(count);
    }

    /** For tests: forgets the partner configuration, the integrations and the recorded calls. */
    public synchronized void reset() {
        configuration.set(null);
        integrations.clear();
        credentials.values().removeIf(c -> !c.master());
        synchronized (calls) {
            calls.clear();
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
