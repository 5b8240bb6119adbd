package io.skillgate.partnerapi.v1;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code packageOrderUrl} body: {@code {resultCallbackURL, candidate, requester, assessmentPackageId, jobId,
 * job {id}, companyId, fields}}. {@code jobId} is deprecated in favour of {@code job.id}; both are read.
 */
public record OrderRequest(
        @JsonProperty("resultCallbackURL") @NotBlank @Size(max = 1000) @Pattern(regexp = Limits.HTTP_URL) String resultCallbackUrl,
        @JsonProperty("candidate") @NotNull @Valid Candidate candidate,
        @JsonProperty("requester") @Valid Requester requester,
        @JsonProperty("assessmentPackageId") @NotBlank @Size(max = 64) String assessmentPackageId,
        @JsonProperty("jobId") @Size(max = 64) String jobId,
        @JsonProperty("job") @Valid Job job,
        @JsonProperty("companyId") @NotBlank @Size(max = 64) String companyId,
        @JsonProperty("fields") @Size(max = 5) Map<@Size(max = 100) String, @Size(max = 500) String> fields) {

    public record Candidate(
            @JsonProperty("id") @Size(max = 64) String id,
            @JsonProperty("email") @NotBlank @Email @Size(max = 254) String email,
            @JsonProperty("firstName") @NotBlank @Size(max = 300) String firstName,
            @JsonProperty("lastName") @NotBlank @Size(max = 300) String lastName,
            @JsonProperty("applicationLanguage") @Pattern(regexp = Limits.LANGUAGE) String applicationLanguage) {
    }

    public record Requester(
            @JsonProperty("userId") @Size(max = 64) String userId,
            @JsonProperty("email") @Email @Size(max = 254) String email) {
    }

    public record Job(@JsonProperty("id") @Size(max = 64) String id) {
    }
}
