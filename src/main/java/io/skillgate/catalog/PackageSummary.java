package io.skillgate.catalog;

/**
 * A row of the admins' package list.
 *
 * @param id     the public id
 * @param active false once archived
 */
public record PackageSummary(String id, String name, AssessmentType type, boolean active, long assessmentCount,
                             long questionCount) {
}
