package io.skillgate.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Create an assessment package with its assessments, offered where {@code availability} says. */
public record CreatePackageCommand(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(max = 2000) String description,
        @NotNull AssessmentType type,
        @NotNull @Size(max = 50) List<@Valid NewAssessment> assessments,
        @NotNull @Valid PackageAvailability availability,
        @NotNull @Valid PackageTerms terms) {

    /** A package offered everywhere, for remote jobs too, with no custom field values. */
    public CreatePackageCommand(String name, String description, AssessmentType type, List<NewAssessment> assessments) {
        this(name, description, type, assessments, PackageAvailability.EVERYWHERE);
    }

    /** A package with the default terms. */
    public CreatePackageCommand(String name, String description, AssessmentType type, List<NewAssessment> assessments,
                                PackageAvailability availability) {
        this(name, description, type, assessments, availability, PackageTerms.DEFAULT);
    }

    /**
     * @param timeLimitSeconds none: untimed
     * @param questions        the question bank, asked in this order
     */
    public record NewAssessment(@NotBlank @Size(max = 200) String name, @NotNull @Size(max = 2000) String description,
                                @NotNull AssessmentType type,
                                @Nullable @Min(30) @Max(86400) Integer timeLimitSeconds,
                                @NotNull @Size(max = 200) List<@Valid @NotNull NewQuestion> questions) {

        /** An untimed assessment without questions (not yet takeable). */
        public NewAssessment(String name, String description, AssessmentType type) {
            this(name, description, type, null, List.of());
        }
    }
}
