package io.skillgate.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** How often each context read (candidate, job, hiring team) was answered, by path after the API base. */
@Component
@Profile("!prod")
public class SandboxReadLog {

    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

    void read(String path) {
        reads.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    }

    /** Reads answered for e.g. {@code /jobs/job-1} or {@code /candidates/c-1}. */
    public int count(String path) {
        AtomicInteger n = reads.get(path);
        return n == null ? 0 : n.get();
    }
}
