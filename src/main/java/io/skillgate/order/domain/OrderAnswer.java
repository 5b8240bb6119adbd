package io.skillgate.order.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.skillgate.base.AbstractEntity;

/**
 * The candidate's current answer to one question, as text: a choice index ("2"), indexes joined by commas ("0,3"),
 * the words typed, or a number.
 */
@Entity
@Table(name = "order_answers")
public class OrderAnswer extends AbstractEntity {

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "question_id", nullable = false, length = 36)
    private String questionId;

    @Column(nullable = false, length = 2000)
    private String answer;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected OrderAnswer() {
        this.questionId = "";
        this.answer = "";
        this.savedAt = Instant.EPOCH;
    }

    public OrderAnswer(AssessmentOrder order, String questionId, String answer, Instant savedAt) {
        this.companyId = order.getCompanyId();
        this.orderId = java.util.Objects.requireNonNull(order.getId());
        this.questionId = questionId;
        this.answer = answer;
        this.savedAt = savedAt;
    }

    public void change(String newAnswer, Instant at) {
        this.answer = newAnswer;
        this.savedAt = at;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getAnswer() {
        return answer;
    }
}
