package io.skillgate.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.skillgate.base.AbstractEntity;
import io.skillgate.catalog.AssessmentType;

/** A package a customer company offers SmartRecruiters; {@code publicId} is the id SR sees. */
@Entity
@Table(name = "assessment_packages")
public class AssessmentPackage extends AbstractEntity {

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
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "assessmentPackage", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Assessment> assessments = new ArrayList<>();

    protected AssessmentPackage() {
        this.publicId = "";
        this.name = "";
        this.description = "";
        this.type = AssessmentType.SKILL_TEST;
        this.createdAt = Instant.EPOCH;
    }

    public AssessmentPackage(long companyId, String publicId, String name, String description, AssessmentType type,
                             Instant createdAt) {
        this.companyId = companyId;
        this.publicId = publicId;
        this.name = name;
        this.description = description;
        this.type = type;
        this.active = true;
        this.createdAt = createdAt;
    }

    public Assessment addAssessment(String assessmentPublicId, String assessmentName, String assessmentDescription,
                                    AssessmentType assessmentType) {
        Assessment assessment = new Assessment(this, companyId, assessmentPublicId, assessmentName,
                assessmentDescription, assessmentType, assessments.size());
        assessments.add(assessment);
        return assessment;
    }

    public long getCompanyId() {
        return companyId;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Assessment> getAssessments() {
        return List.copyOf(assessments);
    }
}
