package io.skillgate.catalog.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.skillgate.base.AbstractEntity;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.NewQuestion;

/** One assessment of a package; {@code publicId} is SR's {@code assessmentId}. */
@Entity
@Table(name = "assessments")
public class Assessment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id", nullable = false)
    private AssessmentPackage assessmentPackage;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "public_id", nullable = false, unique = true, length = 36)
    private String publicId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private AssessmentType type;

    @Column(nullable = false)
    private int position;

    @Column(name = "time_limit_seconds")
    private @Nullable Integer timeLimitSeconds;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Assessment() {
        this.publicId = "";
        this.name = "";
        this.description = "";
        this.type = AssessmentType.SKILL_TEST;
    }

    Assessment(AssessmentPackage assessmentPackage, long companyId, String publicId, String name, String description,
               AssessmentType type, int position) {
        this.assessmentPackage = assessmentPackage;
        this.companyId = companyId;
        this.publicId = publicId;
        this.name = name;
        this.description = description;
        this.type = type;
        this.position = position;
    }

    public void describe(String newName, String newDescription, AssessmentType newType) {
        this.name = newName;
        this.description = newDescription;
        this.type = newType;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public void removeQuestion(Question question) {
        questions.remove(question);
    }

    /** Puts the questions in this order: the positions follow the list (which holds exactly this bank's ones). */
    public void reorderQuestions(List<Question> ordered) {
        if (ordered.size() != questions.size() || !questions.containsAll(ordered)) {
            throw new IllegalArgumentException("not a reordering of the assessment's questions");
        }
        questions.clear();
        questions.addAll(ordered);
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).setPosition(i);
        }
    }

    public void setTimeLimitSeconds(@Nullable Integer timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    public @Nullable Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public Question addQuestion(String questionPublicId, NewQuestion question) {
        Question added = new Question(this, companyId, questionPublicId, questions.size(), question);
        questions.add(added);
        return added;
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }

    public String getPublicId() {
        return publicId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public AssessmentType getType() {
        return type;
    }

    public int getPosition() {
        return position;
    }
}
