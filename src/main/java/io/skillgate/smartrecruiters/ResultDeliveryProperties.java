package io.skillgate.smartrecruiters;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The result delivery job (the outbox of result pushes to SR).
 *
 * @param interval    pause between two runs of the job (fixed delay; one node runs it at a time)
 * @param batchSize   due rows taken per run, oldest first
 * @param threads     SR orders delivered at once per run (the client still keeps each credential within SR's
 *                    limits of 10 requests/s and 8 at once)
 * @param backoffBase wait after a first failed attempt; doubled per attempt, with jitter
 * @param backoffCap  the longest wait between two attempts
 * @param horizon     a row still undelivered this long after it was written is given up (and the order flagged)
 */
@ConfigurationProperties("skillgate.smartrecruiters.delivery")
public record ResultDeliveryProperties(
        @DefaultValue("1s") Duration interval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("8") int threads,
        @DefaultValue("5s") Duration backoffBase,
        @DefaultValue("10m") Duration backoffCap,
        @DefaultValue("3d") Duration horizon) {

    public ResultDeliveryProperties {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("skillgate.smartrecruiters.delivery.interval must be positive");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("skillgate.smartrecruiters.delivery.batch-size must be 1 to 10000");
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("skillgate.smartrecruiters.delivery.threads must be 1 to 64");
        }
        if (backoffBase.isNegative() || backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("skillgate.smartrecruiters.delivery.backoff-base must be at least 0 "
                    + "and at most backoff-cap");
        }
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("skillgate.smartrecruiters.delivery.horizon must be positive");
        }
    }
}
