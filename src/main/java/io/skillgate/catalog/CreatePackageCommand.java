package io.skillgate.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create an assessment package with its assessments, offered where {@code availability} says. */
public record CreatePackageCommand(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(max = 2000) String description,
        @NotNull AssessmentType type,
        @NotNull @Size(max = 50) List<@Valid NewAssessment> assessments,
        @NotNull @Valid PackageAvailability availability) {

    /** A package offered everywhere, for remote jobs too, with no custom field values. */
    public CreatePackageCommand(String name, String description, AssessmentType type, List<NewAssessment> assessments) {
        this(name, description, type, assessments, PackageAvailability.EVERYWHERE);
    }

    public record NewAssessment(@NotBlank @Size(max = 200) String name, @NotNull @Size(max = 2000) String description,
                                @NotNull AssessmentType type) {
    }
}
