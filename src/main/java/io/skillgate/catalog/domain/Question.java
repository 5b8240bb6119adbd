package io.skillgate.catalog.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.skillgate.base.AbstractEntity;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.QuestionDetails;
import io.skillgate.catalog.QuestionKind;

/** One question of an assessment's bank, with its answer key. */
@Entity
@Table(name = "questions")
public class Question extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "public_id", nullable = false, unique = true, length = 36)
    private String publicId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private QuestionKind kind;

    @Column(nullable = false, length = 2000)
    private String prompt;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false, length = 4000)
    private String options;

    @Column(name = "correct_options", nullable = false, length = 200)
    private String correctOptions;

    @Column(name = "accepted_answers", nullable = false, length = 2000)
    private String acceptedAnswers;

    @Column(name = "numeric_answer", precision = 30, scale = 10)
    private @Nullable BigDecimal numericAnswer;

    @Column(name = "numeric_tolerance", precision = 30, scale = 10)
    private @Nullable BigDecimal numericTolerance;

    protected Question() {
        this.publicId = "";
        this.kind = QuestionKind.SINGLE_CHOICE;
        this.prompt = "";
        this.options = "[]";
        this.correctOptions = "[]";
        this.acceptedAnswers = "[]";
    }

    Question(Assessment assessment, long companyId, String publicId, int position, NewQuestion question) {
        this.assessment = assessment;
        this.companyId = companyId;
        this.publicId = publicId;
        this.position = position;
        change(question);
    }

    /** Replaces the question and its answer key; the public id stays, so answers already saved still refer to it. */
    public void change(NewQuestion question) {
        this.kind = question.kind();
        this.prompt = question.prompt().strip();
        this.points = question.points();
        this.options = JsonLists.write(question.options().stream().map(String::strip).toList());
        this.correctOptions = JsonLists.write(question.correctOptions());
        this.acceptedAnswers = JsonLists.write(question.acceptedAnswers().stream().map(String::strip).toList());
        this.numericAnswer = question.numericAnswer();
        this.numericTolerance = question.tolerance();
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getPublicId() {
        return publicId;
    }

    public QuestionDetails toDetails() {
        return new QuestionDetails(publicId, kind, prompt, points, JsonLists.read(options, JsonLists.STRINGS),
                JsonLists.read(correctOptions, JsonLists.INTEGERS), JsonLists.read(acceptedAnswers, JsonLists.STRINGS),
                numericAnswer, numericTolerance);
    }
}
