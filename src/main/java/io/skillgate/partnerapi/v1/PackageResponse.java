package io.skillgate.partnerapi.v1;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One assessment package as SR lists it: {@code {id, name, description, type, assessments:[…]}}. */
public record PackageResponse(@JsonProperty("id") String id,
                              @JsonProperty("name") String name,
                              @JsonProperty("description") String description,
                              @JsonProperty("type") String type,
                              @JsonProperty("assessments") List<AssessmentResponse> assessments) {

    public record AssessmentResponse(@JsonProperty("id") String id,
                                     @JsonProperty("name") String name,
                                     @JsonProperty("description") String description,
                                     @JsonProperty("type") String type) {
    }
}
