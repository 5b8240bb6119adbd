package io.skillgate.partnerapi.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** RFC 6749 §5.2 error response. */
public record TokenErrorResponse(@JsonProperty("error") String error,
                                 @JsonProperty("error_description") String errorDescription) {
}
