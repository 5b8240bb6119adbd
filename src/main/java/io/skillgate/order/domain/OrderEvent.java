package io.skillgate.order.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.skillgate.base.AbstractEntity;
import io.skillgate.order.OrderStatus;

/** One step of an order's timeline: the status it reached (or kept, e.g. a reminder), when, by whom, why. */
@Entity
@Table(name = "order_events")
public class OrderEvent extends AbstractEntity {

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 500)
    private String note;

    protected OrderEvent() {
        this.status = OrderStatus.RECEIVED;
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.note = "";
    }

    public OrderEvent(AssessmentOrder order, Instant occurredAt, String actor, String note) {
        this.companyId = order.getCompanyId();
        this.orderId = java.util.Objects.requireNonNull(order.getId());
        this.status = order.getStatus();
        this.occurredAt = occurredAt;
        this.actor = actor.length() > 254 ? actor.substring(0, 254) : actor;
        this.note = note.length() > 500 ? note.substring(0, 500) : note;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
