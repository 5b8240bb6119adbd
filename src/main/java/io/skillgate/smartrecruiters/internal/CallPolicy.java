package io.skillgate.smartrecruiters.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.smartrecruiters.SmartRecruitersException;

/**
 * How every call to SR goes out: at most {@code maxConcurrentRequests} at once per credential — a
 * {@link Semaphore} per credential and <b>per node</b> (with N nodes, set it to 8/N to stay within SR's limit
 * overall) — then the per-second {@link RateLimiter} shared by all nodes, then the request. 429 and 5xx are
 * retried with exponential backoff and jitter, honouring {@code Retry-After}; a 401 refreshes the token once.
 * Refusals become {@link SmartRecruitersException}s with SR's error body. Nothing here logs tokens or bodies.
 */
class CallPolicy {

    private static final Logger log = LoggerFactory.getLogger(CallPolicy.class);
    private static final long BASE_BACKOFF_MILLIS = 250;
    private static final long MAX_BACKOFF_MILLIS = 10_000;
    private static final long MAX_RETRY_AFTER_SECONDS = 30;

    private final RateLimiter limiter;
    private final ObjectMapper json;
    private final int maxConcurrent;
    private final int maxAttempts;
    private final Map<String, Semaphore> inFlight = new ConcurrentHashMap<>();

    CallPolicy(RateLimiter limiter, ObjectMapper json, int maxConcurrent, int maxAttempts) {
        this.limiter = limiter;
        this.json = json;
        this.maxConcurrent = maxConcurrent;
        this.maxAttempts = maxAttempts;
    }

    /** A call without a bearer token (the token endpoint itself). */
    <T> T call(String clientId, String what, Supplier<T> request) {
        return call(clientId, what, () -> "", token -> request.get(), () -> { });
    }

    /**
     * A call with a bearer token from {@code token}, fetched before any permit is taken (a token fetch is a call
     * of its own); {@code invalidate} drops a token SR refused with 401.
     */
    <T> T call(String clientId, String what, Supplier<String> token, Function<String, T> request,
               Runnable invalidate) {
        boolean refreshed = false;
        for (int attempt = 1; ; attempt++) {
            String bearer = token.get();
            try {
                return send(clientId, () -> request.apply(bearer));
            } catch (RestClientResponseException e) {
                int status = e.getStatusCode().value();
                if (status == 401 && !refreshed && !bearer.isEmpty()) {
                    refreshed = true;
                    invalidate.run();
                    attempt--;
                    continue;
                }
                boolean retryable = status == 429 || status >= 500;
                if (!retryable || attempt >= maxAttempts) {
                    throw refusal(e, what);
                }
                long wait = backoffMillis(attempt, e.getResponseHeaders());
                log.info("SmartRecruiters answered {} to {}; attempt {} of {}, retrying in {} ms", status, what,
                        attempt, maxAttempts, wait);
                sleep(wait);
            } catch (ResourceAccessException e) {
                throw new SmartRecruitersException(0, "SmartRecruiters could not be reached for " + what + " ("
                        + rootMessage(e) + ")", List.of());
            }
        }
    }

    private <T> T send(String clientId, Supplier<T> request) {
        Semaphore permits = inFlight.computeIfAbsent(clientId, id -> new Semaphore(maxConcurrent, true));
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmartRecruitersException(0, "Interrupted while waiting to call SmartRecruiters", List.of());
        }
        try {
            limiter.acquire(clientId);
            return request.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmartRecruitersException(0, "Interrupted while waiting to call SmartRecruiters", List.of());
        } finally {
            permits.release();
        }
    }

    long backoffMillis(int attempt, @Nullable HttpHeaders headers) {
        long jitter = ThreadLocalRandom.current().nextLong(BASE_BACKOFF_MILLIS);
        String retryAfter = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null && retryAfter.trim().matches("\\d{1,6}")) {
            return Math.min(Long.parseLong(retryAfter.trim()), MAX_RETRY_AFTER_SECONDS) * 1000 + jitter;
        }
        long exponential = BASE_BACKOFF_MILLIS << Math.min(attempt - 1, 10);
        return Math.min(exponential, MAX_BACKOFF_MILLIS) + jitter;
    }

    SmartRecruitersException refusal(RestClientResponseException e, String what) {
        int status = e.getStatusCode().value();
        String message = "SmartRecruiters refused " + what;
        List<SmartRecruitersException.Error> errors = new ArrayList<>();
        try {
            SrErrorResponse body = json.readValue(e.getResponseBodyAsByteArray(), SrErrorResponse.class);
            if (body.message() != null) {
                message = body.message();
            }
            if (body.errors() != null) {
                body.errors().forEach(err -> errors.add(new SmartRecruitersException.Error(
                        err.code() == null ? "" : err.code(), err.message() == null ? "" : err.message())));
            }
        } catch (IOException | RuntimeException notJson) {
            // SR answered something else than its error shape; status and our message must do
        }
        return new SmartRecruitersException(status, message, errors);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmartRecruitersException(0, "Interrupted while backing off", List.of());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
