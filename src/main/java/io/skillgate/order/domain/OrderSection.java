package io.skillgate.order.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.AbstractEntity;
import io.skillgate.order.Score;

/** One assessment of the package as the candidate takes it: started, its deadline, submitted with a score. */
@Entity
@Table(name = "order_sections")
public class OrderSection extends AbstractEntity {

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "assessment_id", nullable = false, length = 36)
    private String assessmentId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private @Nullable Instant deadlineAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "score_raw")
    private @Nullable Integer scoreRaw;

    @Column(name = "score_min")
    private @Nullable Integer scoreMin;

    @Column(name = "score_max")
    private @Nullable Integer scoreMax;

    @Column(name = "score_label", length = 100)
    private @Nullable String scoreLabel;

    protected OrderSection() {
        this.assessmentId = "";
        this.startedAt = Instant.EPOCH;
    }

    public OrderSection(AssessmentOrder order, String assessmentId, Instant startedAt, @Nullable Instant deadlineAt) {
        this.companyId = order.getCompanyId();
        this.orderId = java.util.Objects.requireNonNull(order.getId());
        this.assessmentId = assessmentId;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
    }

    /** Whether answers may still be saved at {@code now}: not submitted, deadline (if any) not passed. */
    public boolean isOpen(Instant now) {
        return submittedAt == null && (deadlineAt == null || now.isBefore(deadlineAt));
    }

    public void submit(Instant at, int raw, int min, int max, @Nullable String label) {
        this.submittedAt = at;
        this.scoreRaw = raw;
        this.scoreMin = min;
        this.scoreMax = max;
        this.scoreLabel = label;
    }

    public String getAssessmentId() {
        return assessmentId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getDeadlineAt() {
        return deadlineAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** The score once scored; none before. */
    public @Nullable Score getScore() {
        return scoreRaw == null || scoreMin == null || scoreMax == null ? null
                : new Score(scoreRaw, scoreMin, scoreMax);
    }

    public @Nullable String getScoreLabel() {
        return scoreLabel;
    }
}
