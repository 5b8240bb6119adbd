package io.skillgate.catalog.domain;

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

import io.skillgate.base.AbstractEntity;
import io.skillgate.catalog.AssessmentType;

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
