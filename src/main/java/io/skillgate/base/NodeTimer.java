package io.skillgate.base;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work every node does for itself at a fixed delay, on one daemon thread of its own, from the context's start to its
 * stop: what this JVM holds (its sessions, its screens), unlike db-scheduler's jobs, which run on one node of all.
 * A run that fails is logged as {@code event=<event>} and the next one runs on time.
 */
public class NodeTimer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeTimer.class);

    private final String name;
    private final Duration initialDelay;
    private final Duration every;
    private final Runnable work;
    private volatile @Nullable ScheduledExecutorService thread;

    /** {@code every} zero or negative: never runs. */
    public NodeTimer(String name, Duration initialDelay, Duration every, Runnable work) {
        this.name = name;
        this.initialDelay = initialDelay;
        this.every = every;
        this.work = work;
    }

    @Override
    public void start() {
        if (every.isZero() || every.isNegative()) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread named = new Thread(runnable, name);
            named.setDaemon(true);
            return named;
        });
        started.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("event={}.failed reason=\"{}\"", name, e.toString());
            }
        }, initialDelay.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        thread = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = thread;
        if (running != null) {
            running.shutdownNow();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
