package io.skillgate.order;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A completed order's scored result: the package's and each assessment's.
 *
 * @param reportUrl the PDF report's stable, unguessable URL
 */
public record OrderResult(String packageName, Instant startedAt, Instant submittedAt, Score score,
                          @Nullable String scoreLabel, String summary, String reportUrl,
                          List<SectionResult> sections) {

    public OrderResult {
        sections = List.copyOf(sections);
    }

    /** One assessment's result; {@code submittedAt} is when it was submitted or closed (time up, expiry). */
    public record SectionResult(String assessmentId, String assessmentName, @Nullable Instant startedAt,
                                Instant submittedAt, Score score, @Nullable String scoreLabel) {
    }
}
