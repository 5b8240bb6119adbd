package io.skillgate.smartrecruiters.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.skillgate.base.AbstractEntity;
import io.skillgate.smartrecruiters.DeliveryKind;
import io.skillgate.smartrecruiters.DeliveryState;
import io.skillgate.smartrecruiters.ResultStatus;

/**
 * One push of an order's result to SR (the outbox row): written with the status change, delivered by the job,
 * kept afterwards as the order's delivery history.
 */
@Entity
@Table(name = "result_deliveries")
public class ResultDelivery extends AbstractEntity {

    /** MEDIUMTEXT: a package with many assessments makes a long body. */
    public static final int MAX_PAYLOAD = 16_777_215;
    private static final int MAX_ERROR = 500;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "order_id", nullable = false, length = 36)
    private String orderId;

    @Column(name = "sr_order_id", nullable = false, length = 36)
    private String srOrderId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private DeliveryKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sr_status", nullable = false, length = 16)
    private ResultStatus srStatus;

    /** The JSON of the PATCH body ({@code AssessmentResult}); none for an attachment (the PDF is made when sent). */
    @Column(length = MAX_PAYLOAD)
    private @Nullable String payload;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private @Nullable Instant lastAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    @Column(name = "replay_of")
    private @Nullable Long replayOf;

    protected ResultDelivery() {
        this.orderId = "";
        this.srOrderId = "";
        this.kind = DeliveryKind.RESULT;
        this.srStatus = ResultStatus.PENDING;
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public ResultDelivery(long companyId, String orderId, String srOrderId, DeliveryKind kind, ResultStatus srStatus,
                          @Nullable String payload, Instant createdAt) {
        this.companyId = companyId;
        this.orderId = orderId;
        this.srOrderId = srOrderId;
        this.kind = kind;
        this.srStatus = srStatus;
        this.payload = payload;
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = createdAt;
        this.createdAt = createdAt;
    }

    /** A new pending row sending the same as this one again. */
    public ResultDelivery replay(Instant now) {
        ResultDelivery again = new ResultDelivery(companyId, orderId, srOrderId, kind, srStatus, payload, now);
        again.replayOf = requireId();
        return again;
    }

    public void delivered(Instant at) {
        this.attempts++;
        this.lastAttemptAt = at;
        this.state = DeliveryState.DELIVERED;
        this.deliveredAt = at;
    }

    /** A failed attempt (at {@code at}): tried again from {@code nextAttemptAt}. */
    public void retryAt(Instant at, Instant nextAttemptAt, String error) {
        this.attempts++;
        this.lastAttemptAt = at;
        this.nextAttemptAt = nextAttemptAt;
        this.lastError = truncate(error);
    }

    /** Given up at {@code at}; {@code attempted} says whether SR was called this time. */
    public void failed(Instant at, String error, boolean attempted) {
        if (attempted) {
            this.attempts++;
        }
        this.lastAttemptAt = at;
        this.state = DeliveryState.FAILED;
        this.lastError = truncate(error);
    }

    private static String truncate(String error) {
        return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getSrOrderId() {
        return srOrderId;
    }

    public DeliveryKind getKind() {
        return kind;
    }

    public ResultStatus getSrStatus() {
        return srStatus;
    }

    public @Nullable String getPayload() {
        return payload;
    }

    public DeliveryState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /** When it was last tried, or given up. */
    public @Nullable Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getDeliveredAt() {
        return deliveredAt;
    }

    public @Nullable Long getReplayOf() {
        return replayOf;
    }
}
