package io.skillgate.partnerapi.v1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code inlineAssessmentPackageOrderUrl} body: {@code {resultCallbackURL, candidate, assessmentPackageId, jobId,
 * job {id}, companyId, completedAssessmentCallbackUrl}}.
 */
public record InlineOrderRequest(
        @JsonProperty("resultCallbackURL") @NotBlank @Size(max = 1000) @Pattern(regexp = Limits.HTTP_URL) String resultCallbackUrl,
        @JsonProperty("candidate") @NotNull @Valid OrderRequest.Candidate candidate,
        @JsonProperty("assessmentPackageId") @NotBlank @Size(max = 64) String assessmentPackageId,
        @JsonProperty("jobId") @Size(max = 64) String jobId,
        @JsonProperty("job") @Valid OrderRequest.Job job,
        @JsonProperty("companyId") @NotBlank @Size(max = 64) String companyId,
        @JsonProperty("completedAssessmentCallbackUrl") @NotBlank @Size(max = 1000) @Pattern(regexp = Limits.HTTP_URL)
        String completedAssessmentCallbackUrl) {
}
