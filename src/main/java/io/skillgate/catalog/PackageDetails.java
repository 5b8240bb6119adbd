package io.skillgate.catalog;

import java.util.List;

/**
 * An assessment package as others see it.
 *
 * @param id the public id (what SmartRecruiters sees as the package id)
 */
public record PackageDetails(String id, String name, String description, AssessmentType type, boolean active,
                             List<AssessmentDetails> assessments) {

    /** @param id the public id (SmartRecruiters' {@code assessmentId}) */
    public record AssessmentDetails(String id, String name, String description, AssessmentType type) {
    }
}
