package io.skillgate.catalog;

import java.util.List;

/**
 * An assessment package as others see it.
 *
 * @param id           the public id (what SmartRecruiters sees as the package id)
 * @param availability where the package is offered (countries, remote jobs, custom field values)
 */
public record PackageDetails(String id, String name, String description, AssessmentType type, boolean active,
                             List<AssessmentDetails> assessments, PackageAvailability availability) {

    public PackageDetails {
        assessments = List.copyOf(assessments);
    }

    /** @param id the public id (SmartRecruiters' {@code assessmentId}) */
    public record AssessmentDetails(String id, String name, String description, AssessmentType type) {
    }
}
