package io.skillgate.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.AbstractEntity;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageTerms;
import io.skillgate.catalog.ScoreBand;
import io.skillgate.catalog.PackageAvailability;

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

    /** ISO 3166-1 alpha-2 codes, upper case, sorted, comma-separated; empty means everywhere. */
    @Column(nullable = false, length = 750)
    private String countries = "";

    @Column(name = "remote_offered", nullable = false)
    private boolean remoteOffered = true;

    /** The custom field values as a JSON object {@code {fieldId: value}}. */
    @Column(name = "field_values", nullable = false, length = 4000)
    private String fieldValues = "{}";

    @Column(name = "invitation_days", nullable = false)
    private int invitationDays = PackageTerms.DEFAULT.invitationDays();

    @Column(name = "reminder_hours", nullable = false)
    private int reminderHours = PackageTerms.DEFAULT.reminderHours();

    @Column(name = "max_reminders", nullable = false)
    private int maxReminders = PackageTerms.DEFAULT.maxReminders();

    /** JSON array of {@link ScoreBand}s. */
    @Column(name = "score_bands", nullable = false, length = 2000)
    private String scoreBands = JsonLists.write(PackageTerms.DEFAULT.scoreBands());

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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FIELD_VALUES = new TypeReference<>() {
    };

    public void setAvailability(PackageAvailability availability) {
        this.countries = String.join(",", availability.countries());
        this.remoteOffered = availability.remote();
        try {
            this.fieldValues = JSON.writeValueAsString(availability.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("field values cannot be stored", e);
        }
    }

    public PackageAvailability getAvailability() {
        try {
            return new PackageAvailability(countries.isEmpty() ? Set.of()
                    : Arrays.stream(countries.split(",")).collect(Collectors.toSet()), remoteOffered,
                    JSON.readValue(fieldValues, FIELD_VALUES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored field values of package " + publicId + " are not JSON", e);
        }
    }

    public void setTerms(PackageTerms terms) {
        this.invitationDays = terms.invitationDays();
        this.reminderHours = terms.reminderHours();
        this.maxReminders = terms.maxReminders();
        this.scoreBands = JsonLists.write(terms.scoreBands());
    }

    public PackageTerms getTerms() {
        return new PackageTerms(invitationDays, reminderHours, maxReminders,
                JsonLists.read(scoreBands, JsonLists.BANDS));
    }

    public Assessment addAssessment(String assessmentPublicId, String assessmentName, String assessmentDescription,
                                    AssessmentType assessmentType) {
        Assessment assessment = new Assessment(this, companyId, assessmentPublicId, assessmentName,
                assessmentDescription, assessmentType, assessments.size());
        assessments.add(assessment);
        return assessment;
    }

    /** Renames, re-describes and re-types the package (its public id stays: SR and orders refer to it). */
    public void describe(String newName, String newDescription, AssessmentType newType) {
        this.name = newName;
        this.description = newDescription;
        this.type = newType;
    }

    /** Drops the assessment (and its questions) from the package. */
    public void removeAssessment(Assessment assessment) {
        assessments.remove(assessment);
    }

    /** Puts the assessments in this order: the positions follow the list (which holds exactly the package's ones). */
    public void reorderAssessments(List<Assessment> ordered) {
        if (ordered.size() != assessments.size() || !assessments.containsAll(ordered)) {
            throw new IllegalArgumentException("not a reordering of the package's assessments");
        }
        assessments.clear();
        assessments.addAll(ordered);
        for (int i = 0; i < assessments.size(); i++) {
            assessments.get(i).setPosition(i);
        }
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
