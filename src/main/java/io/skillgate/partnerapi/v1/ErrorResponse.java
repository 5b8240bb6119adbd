package io.skillgate.partnerapi.v1;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** SmartRecruiters' error shape: {@code {message, errors:[{code, message}]}}. */
public record ErrorResponse(@JsonProperty("message") String message, @JsonProperty("errors") List<Error> errors) {

    public record Error(@JsonProperty("code") String code, @JsonProperty("message") String message) {
    }

    public static ErrorResponse of(String message, String code, String detail) {
        return new ErrorResponse(message, List.of(new Error(code, detail)));
    }
}
