package io.skillgate.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A package as an admin edits it, answer keys included: what the package editor loads and saves. An assessment or
 * question with an id is one the package already has (it keeps its id, so orders that refer to it keep working);
 * one without an id is new. Every assessment gets the package's type.
 */
public record PackageDraft(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(max = 2000) String description,
        @NotNull AssessmentType type,
        @NotNull @Valid PackageTerms terms,
        @NotNull @Size(max = 50) List<@Valid @NotNull AssessmentDraft> assessments) {

    public PackageDraft {
        assessments = List.copyOf(assessments);
    }

    /**
     * @param id               the public id; none for a new assessment
     * @param timeLimitSeconds none: untimed
     */
    public record AssessmentDraft(@Nullable String id, @NotBlank @Size(max = 200) String name,
                                  @NotNull @Size(max = 2000) String description,
                                  @Nullable @Min(30) @Max(86400) Integer timeLimitSeconds,
                                  @NotNull @Size(max = 200) List<@Valid @NotNull QuestionDraft> questions) {

        public AssessmentDraft {
            questions = List.copyOf(questions);
        }
    }

    /** @param id the public id; none for a new question */
    public record QuestionDraft(@Nullable String id, @NotNull @Valid NewQuestion question) {
    }

    public int questionCount() {
        return assessments.stream().mapToInt(a -> a.questions().size()).sum();
    }
}
